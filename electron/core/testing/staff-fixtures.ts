import type { Role } from '#shared/contract/define';
import type { Core } from '../core';
import { callContext } from './test-core';

export const staffPassword = 'kopīga-parole-2026';

/** Creates an account through `staff.create` as the given administrator context. */
export async function createStaff(
  core: Core,
  adminCtx: ReturnType<typeof callContext>,
  fields: { username: string; role: Role; fullName?: string; pin?: string | null },
): Promise<number> {
  const result = await core.dispatch(
    'staff.create',
    { fullName: fields.fullName ?? `Tests ${fields.username}`, language: 'lv', password: staffPassword, pin: null, ...fields },
    adminCtx,
  );
  if (!result.ok) throw new Error(`staff.create failed: ${result.error.code}`);
  return (result.data as { staff: { id: number } }).staff.id;
}

/** A fresh call context logged in as `username` with the shared test password. */
export async function loggedInAs(core: Core, username: string, language: 'lv' | 'lt' | 'ru' | 'en' = 'en') {
  const ctx = callContext(core, language);
  const result = await core.dispatch('auth.login', { username, password: staffPassword }, ctx);
  if (!result.ok) throw new Error(`login as ${username} failed: ${result.error.code}`);
  return ctx;
}
