import type { MethodName } from '#shared/contract/index';
import type { Role } from '#shared/contract/define';
import { canCall } from '#shared/contract/access';

export interface NavItem {
  path: string;
  key: string;
  /** The method the page cannot work without; the item shows only to roles that may call it. */
  method?: MethodName;
}

/** What a role sees in the menu follows the contract's access lists, never a role written here. */
export function visibleNavItems(items: readonly NavItem[], role: Role): NavItem[] {
  return items.filter((item) => !item.method || canCall(role, item.method));
}
