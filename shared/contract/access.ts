import type { Role } from './define';
import { contract, type MethodName } from './index';

/**
 * Whether a role may call a method, read from the contract's own access list. The UI derives what it
 * shows from this (menus, buttons, routes), so a method's access list is the one place a permission lives.
 */
export function canCall(role: Role | null | undefined, method: MethodName): boolean {
  const access = contract[method].access;
  if (access === 'public') return true;
  return role != null && access.includes(role);
}
