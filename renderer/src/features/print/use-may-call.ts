import type { MethodName } from '#shared/contract/index';
import { canCall } from '#shared/contract/access';
import { useMe } from '../auth/use-session';

/**
 * Whether the signed-in role may read a print page's data at all. Only for addresses too malformed to
 * ask the core about: a carer who may not open the monthly sheet learns that, not how to spell a month.
 */
export function useMayCall(method: MethodName): boolean {
  const role = useMe().data?.staff.role;
  return role === undefined || canCall(role, method);
}
