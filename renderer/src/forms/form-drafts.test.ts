import { describe, expect, it } from 'vitest';
import { changedFields, draftKey, draftMaxAgeMs, draftTimeLabel, purgeExpiredDrafts, readDraft, writeDraft, type DraftStorage } from './form-drafts';

/** localStorage's behaviour over a Map: insertion-ordered keys, strings only. */
function memoryStorage(entries: Record<string, string> = {}): DraftStorage & { keys(): string[] } {
  const map = new Map(Object.entries(entries));
  return {
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, String(v)),
    removeItem: (k) => void map.delete(k),
    keys: () => [...map.keys()],
  };
}

const now = Date.UTC(2026, 2, 10, 12, 32);

describe('draft keys', () => {
  it('carry the staff member, the form and the record, so one user is never offered another’s draft', () => {
    expect(draftKey(3, 'client-edit', 41)).toBe('caredesk.draft.3.client-edit.41');
    expect(draftKey(3, 'client-new')).toBe('caredesk.draft.3.client-new');
    expect(draftKey(4, 'client-edit', 41)).not.toBe(draftKey(3, 'client-edit', 41));
    expect(draftKey(3, 'decision-new', 41)).not.toBe(draftKey(3, 'decision-edit', 41));
  });
});

describe('what a draft holds', () => {
  it('only the fields changed since the form opened, compared by value', () => {
    const initial = { firstName: 'Jānis', weekdays: ['1', '3'], barthel: { feeding: '' }, wanderingRisk: false };
    expect(changedFields(initial, { ...initial, weekdays: ['1', '3'] })).toEqual({});
    expect(changedFields(initial, { ...initial, firstName: 'Jāni', barthel: { feeding: '2' } })).toEqual({ firstName: 'Jāni', barthel: { feeding: '2' } });
  });

  it('is written and read back; no changes remove it; an unreadable one is dropped', () => {
    const storage = memoryStorage({ 'caredesk.draft.1.client-new': '{not json' });
    const key = draftKey(3, 'client-edit', 41);
    writeDraft(storage, key, { phone: '+371 20000000' }, now);
    expect(readDraft(storage, key)).toEqual({ savedAt: now, changes: { phone: '+371 20000000' } });
    writeDraft(storage, key, {}, now + 1000);
    expect(readDraft(storage, key)).toBeNull();
    expect(readDraft(storage, 'caredesk.draft.1.client-new')).toBeNull();
    expect(storage.keys()).toEqual([]);
  });
});

describe('expiry on start', () => {
  it('removes drafts older than 7 days of every user and nothing else in storage', () => {
    const storage = memoryStorage({ 'caredesk.language': 'lt' });
    writeDraft(storage, draftKey(3, 'client-edit', 41), { phone: '1' }, now - draftMaxAgeMs - 1);
    writeDraft(storage, draftKey(4, 'decision-new', 41), { decisionNumber: 'SD-1' }, now - draftMaxAgeMs + 60_000);
    writeDraft(storage, draftKey(5, 'client-new'), { firstName: 'Anna' }, now - 8 * 24 * 3600 * 1000);
    storage.setItem('caredesk.draft.6.assessment-new.2', '"garbage"');
    expect(purgeExpiredDrafts(storage, now).sort()).toEqual(['caredesk.draft.3.client-edit.41', 'caredesk.draft.5.client-new', 'caredesk.draft.6.assessment-new.2']);
    expect(storage.keys()).toEqual(['caredesk.language', 'caredesk.draft.4.decision-new.41']);
  });
});

describe('the time the offer names', () => {
  it('is the time alone for a draft of today, with the date for an older one', () => {
    const local = (d: number, h: number, m: number) => new Date(2026, 2, d, h, m).getTime();
    expect(draftTimeLabel(local(10, 14, 32), local(10, 16, 0), 'lv')).toBe('14:32');
    expect(draftTimeLabel(local(9, 14, 32), local(10, 16, 0), 'lv')).toMatch(/09\.03\.26.*14:32/);
  });
});
