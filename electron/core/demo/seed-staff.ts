import type { Core } from '../core';
import { tokenSession, type CallContext } from '../call-context';

/** Colleagues of the demo administrator, so the switch-user screen has tiles to try (PINs printed with the login). */
export const demoStaff = [
  { username: 'ieva', fullName: 'Ieva Kalniņa', role: 'reception', language: 'lv', pin: '1234' },
  { username: 'olga', fullName: 'Ольга Петрова', role: 'carer', language: 'ru', pin: '5678' },
  { username: 'vita', fullName: 'Vita Ozola', role: 'manager', language: 'lv', pin: null },
] as const;

/** Each colleague's password, printed with the demo logins. */
export const demoStaffPassword = (username: string): string => `${username}-demo-2026`;

/** Adds them through the dispatcher as the demo administrator, so rules and the audit trail apply. */
export async function seedDemoStaff(core: Core, admin: { username: string; password: string }): Promise<void> {
  let token: string | undefined;
  const ctx: CallContext = { session: tokenSession(core.sessions, { get: () => token, set: (t) => (token = t) }), language: 'lv', origin: 'demo' };
  const login = await core.dispatch('auth.login', { username: admin.username, password: admin.password }, ctx);
  if (!login.ok) throw new Error(`demo login failed: ${login.error.code}`);
  for (const person of demoStaff) {
    const result = await core.dispatch('staff.create', { ...person, password: demoStaffPassword(person.username) }, ctx);
    if (!result.ok) throw new Error(`demo staff failed: ${result.error.code}`);
  }
  await core.dispatch('auth.logout', {}, ctx);
}
