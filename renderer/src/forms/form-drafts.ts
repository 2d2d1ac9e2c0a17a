/**
 * Autosaved drafts of half-filled forms, kept in the browser's localStorage so a crash, a reload or an
 * accidental close loses nothing. The reception PC is shared: every key carries the staff member's id,
 * so one user's draft (personal data of a client) is never offered to another, and drafts older than
 * a week are dropped on start rather than kept indefinitely.
 */

export const draftPrefix = 'caredesk.draft.';
export const draftMaxAgeMs = 7 * 24 * 60 * 60 * 1000;

/** The part of `Storage` drafts need (localStorage in the app, a map in tests). */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

export interface Draft {
  /** Epoch milliseconds of the last autosave. */
  savedAt: number;
  /** The fields that differ from what the form opened with: restoring puts them over the current record. */
  changes: Record<string, unknown>;
}

/** `caredesk.draft.<staffId>.<form>` or `….<form>.<recordId>`, e.g. `caredesk.draft.3.client-edit.41`. */
export function draftKey(staffId: number, form: string, recordId?: number): string {
  return `${draftPrefix}${staffId}.${form}${recordId === undefined ? '' : `.${recordId}`}`;
}

/** The top-level fields whose values differ from the initial ones (compared as JSON: arrays, nested objects). */
export function changedFields<V extends object>(initial: V, values: V): Partial<V> {
  const changed: Partial<V> = {};
  for (const key of Object.keys(values) as (keyof V)[]) {
    if (JSON.stringify(values[key]) !== JSON.stringify(initial[key])) changed[key] = values[key];
  }
  return changed;
}

/** A stored draft, or null when there is none or it cannot be read (then it is removed). */
export function readDraft(storage: DraftStorage, key: string): Draft | null {
  const raw = storage.getItem(key);
  if (raw === null) return null;
  try {
    const draft = JSON.parse(raw) as Partial<Draft>;
    if (typeof draft.savedAt === 'number' && draft.changes && typeof draft.changes === 'object') return { savedAt: draft.savedAt, changes: draft.changes };
  } catch {
    // A draft written by an older build or cut short: unreadable, so of no use to anyone.
  }
  storage.removeItem(key);
  return null;
}

/** Saves the changes, or removes the draft when nothing differs from the form's initial values. */
export function writeDraft(storage: DraftStorage, key: string, changes: Record<string, unknown>, now: number): void {
  if (Object.keys(changes).length === 0) {
    storage.removeItem(key);
    return;
  }
  try {
    storage.setItem(key, JSON.stringify({ savedAt: now, changes } satisfies Draft));
  } catch {
    // Storage full or disabled: the form still works, only without the safety net.
  }
}

/** When a draft was saved, as the offer names it: the time alone today, with the date before that. */
export function draftTimeLabel(savedAt: number, now: number, language: string): string {
  const saved = new Date(savedAt);
  const sameDay = saved.toDateString() === new Date(now).toDateString();
  const format = sameDay ? { hour: '2-digit', minute: '2-digit' } as const : { dateStyle: 'short', timeStyle: 'short' } as const;
  return new Intl.DateTimeFormat(language, format).format(saved);
}

/** Removes drafts older than `maxAgeMs` (or unreadable) of every user; returns the keys removed. */
export function purgeExpiredDrafts(storage: DraftStorage, now: number, maxAgeMs = draftMaxAgeMs): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(draftPrefix)) keys.push(key);
  }
  return keys.filter((key) => {
    const draft = readDraft(storage, key);
    if (draft && now - draft.savedAt <= maxAgeMs) return false;
    storage.removeItem(key);
    return true;
  });
}
