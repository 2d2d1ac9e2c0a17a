import { useEffect, type KeyboardEvent } from 'react';

export interface BoardKeyHandlers {
  move(step: number): void;
  primary(): void;
  absence(): void;
  quickMeal(): void;
  toFilter(text?: string): void;
}

/**
 * Keys on a focused row of the board: ↑/↓ move, Enter checks in or out, A opens the absence reasons,
 * M toggles lunch (or the centre's first meal, see `quickMeal`), Escape goes back to the search, and any other letter continues the search, so
 * reception never has to reach for the mouse.
 */
export function rowKeyDown(event: KeyboardEvent<HTMLElement>, handlers: BoardKeyHandlers): void {
  if (event.target !== event.currentTarget || event.ctrlKey || event.metaKey || event.altKey) return;
  const key = event.key;
  const handled = (() => {
    if (key === 'ArrowDown') handlers.move(1);
    else if (key === 'ArrowUp') handlers.move(-1);
    else if (key === 'Enter') handlers.primary();
    else if (key === 'a' || key === 'A') handlers.absence();
    else if (key === 'm' || key === 'M') handlers.quickMeal();
    else if (key === 'Escape') handlers.toFilter();
    else if (key.length === 1 && /\S/u.test(key)) handlers.toFilter(key);
    else return false;
    return true;
  })();
  if (handled) event.preventDefault();
}

/** Ctrl+Z (⌘Z) undoes the last board action, unless the focus is in a text field with its own undo. */
export function useUndoShortcut(enabled: boolean, undo: () => void): void {
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      const inField = event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement;
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z' && !inField) {
        event.preventDefault();
        undo();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [enabled, undo]);
}
