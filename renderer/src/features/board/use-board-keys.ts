import { useEffect, type KeyboardEvent } from 'react';

export interface BoardKeyHandlers {
  move(step: number): void;
  primary(): void;
  absence(): void;
  quickMeal(): void;
  toFilter(text?: string): void;
}

/**
 * Shortcuts go by the physical key (`KeyboardEvent.code`), not by the letter it types: on a Russian
 * layout the A key types "ф" and on a Lithuanian one the 1 key types "ą", and reception must not have
 * to switch layouts to use the board.
 */
export const boardKeyCodes = { absence: 'KeyA', quickMeal: 'KeyM', undo: 'KeyZ' } as const;

/** The absence reason of a number key (top row or keypad), 1-based, or null. */
export function reasonNumber(code: string): number | null {
  const match = /^(?:Digit|Numpad)([1-9])$/.exec(code);
  return match ? Number(match[1]) : null;
}

/**
 * Keys on a focused row of the board: ↑/↓ move, Enter checks in or out, A opens the absence reasons,
 * M toggles lunch (or the centre's first meal, see `quickMeal`), Escape goes back to the search, and any
 * other printable key continues the search with the character it typed.
 */
export function rowKeyDown(event: KeyboardEvent<HTMLElement>, handlers: BoardKeyHandlers): void {
  if (event.target !== event.currentTarget || event.ctrlKey || event.metaKey || event.altKey) return;
  const { key, code } = event;
  const handled = (() => {
    if (key === 'ArrowDown') handlers.move(1);
    else if (key === 'ArrowUp') handlers.move(-1);
    else if (key === 'Enter') handlers.primary();
    else if (code === boardKeyCodes.absence) handlers.absence();
    else if (code === boardKeyCodes.quickMeal) handlers.quickMeal();
    else if (key === 'Escape') handlers.toFilter();
    // '/' is the app's search shortcut (use-search-shortcut.ts), not a letter of a name.
    else if (code === 'Slash') return false;
    else if (key.length === 1 && /\S/u.test(key)) handlers.toFilter(key);
    else return false;
    return true;
  })();
  if (handled) event.preventDefault();
}

/**
 * Ctrl+Z (⌘Z) undoes the last board action while its toast offers Undo, wherever the focus is: after
 * "type a name, Enter" the cursor is still in the filter, and the check-in is what reception means to
 * undo, not the letters.
 */
export function useUndoShortcut(enabled: boolean, undo: () => void): void {
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.code === boardKeyCodes.undo) {
        event.preventDefault();
        undo();
      }
    };
    // Capture, so a text field's own undo never sees the key first.
    document.addEventListener('keydown', onKeyDown, true);
    return () => document.removeEventListener('keydown', onKeyDown, true);
  }, [enabled, undo]);
}
