import { useEffect } from 'react';

const activityEvents = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart', 'scroll'] as const;
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
    const timer = window.setInterval(() => {
      if (Date.now() - lastActivity >= minutes * 60_000) onIdle();
    }, checkEveryMs);
    return () => {
      window.clearInterval(timer);
      for (const name of activityEvents) window.removeEventListener(name, touched, { capture: true });
    };
  }, [minutes, enabled, onIdle]);
}
