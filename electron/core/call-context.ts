import type { UiLanguage } from '#shared/contract/common';
import type { StaffRow } from '#db/queries/staff';

/**
 * What a transport knows about the caller. The session handle is the transport's: HTTP keeps the token
 * in a cookie, IPC per window; the dispatcher and services never see which.
 */
export interface SessionHandle {
  readonly staff: StaffRow | null;
  begin(staffId: number): void;
  end(): void;
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
