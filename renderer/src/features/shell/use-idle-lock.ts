import { useEffect } from 'react';

export const activityEvents = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart', 'scroll'] as const;
const checkEveryMs = 1000;

/**
 * Calls `onIdle` once nobody has touched keyboard, mouse or screen for `minutes`. It compares clock
 * times instead of arming one long timeout, because browsers throttle and suspend timers in background
 * tabs and while the PC sleeps: after a night asleep, the first check locks at once.
 */
export function useIdleLock(minutes: number, enabled: boolean, onIdle: () => void): void {
  useEffect(() => {
    if (!enabled) return;
    let lastActivity = Date.now();
    const touched = () => {
      lastActivity = Date.now();
    };
    for (const name of activityEvents) window.addEventListener(name, touched, { capture: true, passive: true });
    // A chain of timeouts rather than an interval, stopped by a flag: locking re-renders synchronously
    // from inside the tick, and an interval cleared from within its own callback is not reliably gone
    // everywhere (Playwright's fake clock re-arms it).
    let stopped = false;
    let timer = 0;
    const tick = () => {
      if (stopped) return;
      if (Date.now() - lastActivity >= minutes * 60_000) {
        stopped = true;
        onIdle();
        return;
      }
      timer = window.setTimeout(tick, checkEveryMs);
    };
    timer = window.setTimeout(tick, checkEveryMs);
    return () => {
      stopped = true;
      window.clearTimeout(timer);
      for (const name of activityEvents) window.removeEventListener(name, touched, { capture: true });
    };
  }, [minutes, enabled, onIdle]);
}
