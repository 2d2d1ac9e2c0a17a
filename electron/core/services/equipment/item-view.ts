import type { EquipmentItemRow } from '#db/queries/equipment-items';
import type { EquipmentItem } from '#shared/contract/equipment';

export function itemView(row: EquipmentItemRow): EquipmentItem {
  const { createdAt: _c, updatedAt: _u, ...view } = row;
  return view;
}

/** Empty form text → null for storage. */
export function nullIfEmpty(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}
