import type { Core } from '../core';
import { createCore, type CoreOptions } from '../core';
import { tokenSession, type CallContext, type SessionHandle } from '../call-context';
import type { UiLanguage } from '#shared/contract/common';

/** A session handle that behaves like a transport's: begin/end move a token held in memory. */
export function memorySession(core: Core): SessionHandle & { token: string | undefined } {
  // Resolved afresh on every access, like a transport does per call, so tests can reuse one context.
  const handle = () => tokenSession(core.sessions, { get: () => holder.token, set: (t) => (holder.token = t) });
  const holder = {
    token: undefined as string | undefined,
    get staff() {
      return handle().staff;
    },
    get locked() {
      return handle().locked;
    },
    begin: (staffId: number) => handle().begin(staffId),
    end: () => handle().end(),
    lock: () => handle().lock(),
    resume: (staffId: number) => handle().resume(staffId),
  };
  return holder;
}

export function callContext(core: Core, language: UiLanguage = 'en'): CallContext & { session: ReturnType<typeof memorySession> } {
  return { session: memorySession(core), language, origin: 'test' };
}

export const validSetup = {
  centre: { name: 'Pļaviņu dienas centrs', country: 'LV', municipality: 'LV-aizkraukle', language: 'lv' },
  admin: { username: 'anna.admin', fullName: 'Anna Bērziņa', password: 'pareiza-parole-1' },
} as const;

/** A real core on an in-memory database with the real migrations, set up and logged in as the admin. */
export async function loggedInCore(options: CoreOptions = {}): Promise<{ core: Core; ctx: ReturnType<typeof callContext> }> {
  const core = createCore(options);
  const ctx = callContext(core);
  const setup = await core.dispatch('setup.initialise', validSetup, ctx);
  if (!setup.ok) throw new Error(`setup failed: ${setup.error.code}`);
  const login = await core.dispatch('auth.login', { username: validSetup.admin.username, password: validSetup.admin.password }, ctx);
  if (!login.ok) throw new Error(`login failed: ${login.error.code}`);
  return { core, ctx };
}
