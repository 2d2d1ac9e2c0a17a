import { useSyncExternalStore } from 'react';

/**
 * Whether the shared PC's screen is locked. Module state rather than React state: the idle timer, the
 * header button and the lock screen all reach it, and the app under the lock must stay mounted (that
 * is what keeps a half-filled form) while only this flag changes.
 */
let locked = false;
const listeners = new Set<() => void>();

function set(value: boolean): void {
  if (locked === value) return;
  locked = value;
  for (const listener of listeners) listener();
}

export const lockState = {
  lock: () => set(true),
  unlock: () => set(false),
  isLocked: () => locked,
};

export function useLocked(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => locked,
  );
}
