import type { UiLanguage } from '#shared/contract/common';
import type { StaffRow } from '#db/queries/staff';
import type { SessionStore } from './session-store';

/**
 * What a transport knows about the caller. The session handle is the transport's: HTTP keeps the token
 * in a cookie, IPC per window; the dispatcher and services never see which.
 */
export interface SessionHandle {
  /** The logged-in staff member; null when nobody is, or while the session is locked. */
  readonly staff: StaffRow | null;
  /** True while a session exists but is locked (the shared PC's lock screen). */
  readonly locked: boolean;
  begin(staffId: number): void;
  end(): void;
  lock(): void;
  /** Unlocks the caller's own locked session if it is `staffId`'s; false otherwise. */
  resume(staffId: number): boolean;
}

export interface CallContext {
  session: SessionHandle;
  /** The caller's UI language, used for the messages of errors. */
  language: UiLanguage;
  /** Identifies the caller's machine for login throttling (an address, or 'ipc'). */
  origin: string;
}

export interface HandlerCall extends CallContext {
  method: string;
  /** The logged-in staff member; handlers of non-public methods may rely on it. */
  actor(): StaffRow;
}

/**
 * A session handle over a token some transport keeps (a cookie, a per-window map, a test's variable).
 * `onBegin`/`onEnd` let the transport store or drop the token (set a cookie, say).
 */
export function tokenSession(
  store: SessionStore,
  token: { get(): string | undefined; set(value: string | undefined): void },
): SessionHandle {
  // Built once per call by every transport, so this is where the call counts as the session's activity.
  let resolved = store.arrive(token.get());
  return {
    get staff() {
      return resolved && !resolved.locked ? resolved.staff : null;
    },
    get locked() {
      return resolved?.locked === true;
    },
    begin(staffId) {
      store.end(token.get());
      token.set(store.begin(staffId));
      resolved = store.inspect(token.get());
    },
    end() {
      store.end(token.get());
      token.set(undefined);
      resolved = null;
    },
    lock() {
      store.lock(token.get());
      resolved = store.inspect(token.get());
    },
    resume(staffId) {
      const resumed = store.resume(token.get(), staffId);
      resolved = store.inspect(token.get());
      return resumed;
    },
  };
}

/**
 * A session that stays as given: for seeding, benches and scripts that call the dispatcher as a known
 * staff member (or nobody) with no transport to keep a token in.
 */
export function fixedSession(staff: StaffRow | null): SessionHandle {
  return { staff, locked: false, begin() {}, end() {}, lock() {}, resume: () => false };
}
