import { useEffect } from 'react';
import { api } from '../../api/client';
import { lockState } from '../auth/lock-state';
import { activityEvents } from './use-idle-lock';

/**
 * Keeps the server's idle lock in step with the person at the PC. The server counts calls, not
 * keystrokes, so someone typing a long note without a call in between would be locked while present:
 * activity here sends a cheap call, at most every half idle time (and every minute). And when the
 * server has locked the session anyway (the PC slept, another tab), the first refused call shows the
 * lock screen, whose PIN resumes the session with the form still filled in.
 */
export function useServerLock(minutes: number, enabled: boolean): void {
  useEffect(() => api.onLocked(() => lockState.lock()), []);

  useEffect(() => {
    if (!enabled) return;
    const everyMs = Math.min(60_000, minutes * 30_000);
    let last = Date.now();
    const touched = () => {
      if (Date.now() - last < everyMs) return;
      last = Date.now();
      // Refused when locked already: `onLocked` above has shown the lock screen by then.
      api.call('auth.me', {}).catch(() => undefined);
    };
    for (const name of activityEvents) window.addEventListener(name, touched, { capture: true, passive: true });
    return () => {
      for (const name of activityEvents) window.removeEventListener(name, touched, { capture: true });
    };
  }, [minutes, enabled]);
}
