import { inventoryNumberSchema } from '#shared/contract/equipment';

/**
 * Whether the text could be an inventory number at all: in the number's format and with a digit in it
 * (every scheme numbers its items; a client's name has none). Only such text costs a look-up on Enter.
 */
export function mayBeInventoryNumber(value: string): boolean {
  return /\p{N}/u.test(value) && inventoryNumberSchema.safeParse(value).success;
}
