import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SessionParticipantsSheet } from '#shared/contract/sheets';
import type { UiLanguage } from '#shared/contract/common';
import type { Core } from '../core';
import { callContext, loggedInCore, validSetup } from '../testing/test-core';
import { insertClient } from '../testing/board-fixtures';
import { loginAs } from '../testing/sheet-fixtures';
import { databaseSnapshot } from '../testing/database-snapshot';

let core: Core;
let ctx: ReturnType<typeof callContext>;
const clock = new Date('2026-03-09T14:30:00.000Z');

beforeEach(async () => {
  ({ core, ctx } = await loggedInCore({ now: () => clock }));
});
afterEach(() => core.close());

async function ok<T>(method: string, input: unknown, context = ctx): Promise<T> {
  const result = await core.dispatch(method, input, context);
  if (!result.ok) throw new Error(`${method} failed: ${result.error.code}`);
  return result.data as T;
}

/** An art-therapy session on the clock's day with these people (last names), the first present, the second absent. */
async function sessionWith(lastNames: string[]): Promise<number> {
  const { activities } = await ok<{ activities: { id: number; code: string | null }[] }>('activities.list', {});
  const activityId = activities.find((a) => a.code === 'art-therapy')!.id;
  const { session } = await ok<{ session: { id: number } }>('sessions.create', { activityId, date: '2026-03-09', startTime: '10:00', endTime: '11:30', leader: 'Inese Kalna', room: 'Mākslas telpa' });
  const ids = lastNames.map((lastName, i) => insertClient(core.db, { firstName: `Vārds${i}`, lastName }));
  for (const clientId of ids) await ok('sessions.addParticipant', { sessionId: session.id, clientId });
  if (ids[0]) await ok('sessions.markParticipant', { sessionId: session.id, clientId: ids[0], status: 'present' });
  if (ids[1]) await ok('sessions.markParticipant', { sessionId: session.id, clientId: ids[1], status: 'absent' });
  return session.id;
}

const list = (sessionId: number, language: UiLanguage, context = ctx) => ok<SessionParticipantsSheet>('sheets.sessionParticipants', { sessionId, language }, context);
const lastNames = (sheet: SessionParticipantsSheet) => sheet.participants.map((p) => p.name.split(' ')[0]);

describe('sheets.sessionParticipants', () => {
  it('gives the header in the print language: the activity’s own name, time, room, leader, who prepared it and when', async () => {
    const sessionId = await sessionWith(['Bērziņš', 'Kalniņa', 'Ozols']);
    const lv = await list(sessionId, 'lv');
    expect(lv).toMatchObject({
      centre: { name: validSetup.centre.name, country: 'LV' },
      language: 'lv',
      generatedAt: clock.toISOString(),
      preparedBy: validSetup.admin.fullName,
      session: { id: sessionId, kind: 'activity', activity: 'Mākslas terapija', date: '2026-03-09', startTime: '10:00', endTime: '11:30', room: 'Mākslas telpa', leader: 'Inese Kalna' },
      totals: { participants: 3, present: 1, absent: 1 },
    });
    expect(lv.participants.map(({ name, status }) => [name, status])).toEqual([
      ['Bērziņš Vārds0', 'present'],
      ['Kalniņa Vārds1', 'absent'],
      ['Ozols Vārds2', 'planned'],
    ]);
    expect((await list(sessionId, 'lt')).session.activity).toBe('Dailės terapija');
    expect((await list(sessionId, 'ru')).session.activity).toBe('Арт-терапия');
    // The catalogue has no English names: English prints the centre's Latvian one.
    expect((await list(sessionId, 'en')).session.activity).toBe('Mākslas terapija');
  });

  it('sorts the participants by the centre’s alphabet in every print language, not by SQLite', async () => {
    const sessionId = await sessionWith(['Šapovalovs', 'Иванов', 'Čakste', 'Yla', 'Ābols', 'Saulītis', 'Cirulis', 'Ivanovs', 'Abele']);
    const latvian = ['Abele', 'Ābols', 'Cirulis', 'Čakste', 'Ivanovs', 'Yla', 'Saulītis', 'Šapovalovs', 'Иванов'];
    for (const language of ['lv', 'lt', 'ru', 'en'] as const) expect(lastNames(await list(sessionId, language))).toEqual(latvian);
    // A Lithuanian centre: Y sorts with I, before it, in every language.
    core.db.$client.prepare("UPDATE centre SET country = 'LT'").run();
    const lithuanian = ['Abele', 'Ābols', 'Cirulis', 'Čakste', 'Yla', 'Ivanovs', 'Saulītis', 'Šapovalovs', 'Иванов'];
    for (const language of ['lv', 'lt', 'ru', 'en'] as const) expect(lastNames(await list(sessionId, language))).toEqual(lithuanian);
  });

  it('prints an empty list for a session nobody joined yet', async () => {
    const sessionId = await sessionWith([]);
    expect(await list(sessionId, 'lv')).toMatchObject({ participants: [], totals: { participants: 0, present: 0, absent: 0 } });
  });

  it('answers not-found for an unknown session and a validation error for a bad id or language', async () => {
    const call = (input: unknown) => core.dispatch('sheets.sessionParticipants', input, ctx);
    expect(await call({ sessionId: 999, language: 'lv' })).toMatchObject({ ok: false, error: { kind: 'not-found', code: 'sessions.notFound' } });
    for (const input of [{ sessionId: 0, language: 'lv' }, { sessionId: 'abc', language: 'lv' }, { sessionId: 1, language: 'de' }, { sessionId: 1, language: 'lv', extra: 1 }]) {
      expect(await call(input)).toMatchObject({ ok: false, error: { kind: 'validation' } });
    }
  });

  it('is for every staff member who may see sessions, and for nobody who is not logged in', async () => {
    const sessionId = await sessionWith(['Bērziņš']);
    expect(await core.dispatch('sheets.sessionParticipants', { sessionId, language: 'lv' }, callContext(core))).toMatchObject({ ok: false, error: { kind: 'unauthenticated' } });
    const carer = await loginAs(core, 'carer', 'Kārlis Kopējs');
    expect(await list(sessionId, 'ru', carer)).toMatchObject({ preparedBy: 'Kārlis Kopējs', participants: [{ name: 'Bērziņš Vārds0' }] });
    const reception = await loginAs(core, 'reception', 'Rita Reģistre');
    expect((await list(sessionId, 'lt', reception)).preparedBy).toBe('Rita Reģistre');
  });
});

describe('printing a session’s list', () => {
  const printAudit = () =>
    core.db.$client.prepare("SELECT method, entity_id, changes FROM audit_log WHERE entity = 'print' ORDER BY id").all() as { method: string; entity_id: string; changes: string }[];

  it('lets a carer print the list of a session (audited) but not the day list or the monthly sheet', async () => {
    const sessionId = await sessionWith(['Bērziņš']);
    const carer = await loginAs(core, 'carer', 'Kārlis Kopējs');
    const job = { document: 'session-participants', sessionId, language: 'ru' } as const;
    expect(await core.dispatch('print.document', job, carer)).toEqual({ ok: true, data: { outcome: 'not-available' } });
    expect(await core.dispatch('sheets.recordPrint', job, carer)).toEqual({ ok: true, data: {} });
    const [row] = printAudit();
    expect(row).toMatchObject({ method: 'sheets.recordPrint', entity_id: `session-participants:${sessionId}` });
    expect(JSON.parse(row!.changes)).toEqual({ before: null, after: { ...job, action: 'browser-print-dialog', fileName: null } });

    expect(await core.dispatch('sheets.recordPrint', { document: 'day-list', date: '2026-03-09', language: 'lv' }, carer)).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    expect(await core.dispatch('sheets.recordPrint', { document: 'attendance-sheet', month: '2026-03', service: 'day-care', language: 'lv' }, carer)).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    expect(printAudit()).toHaveLength(1);
  });

  it('refuses to record a print of a session that does not exist, writing nothing', async () => {
    const before = databaseSnapshot(core.db);
    const job = { document: 'session-participants', sessionId: 404, language: 'lv' };
    expect(await core.dispatch('sheets.recordPrint', job, ctx)).toMatchObject({ ok: false, error: { kind: 'not-found', code: 'sessions.notFound' } });
    expect(await core.dispatch('print.savePdf', job, ctx)).toMatchObject({ ok: false, error: { kind: 'not-found' } });
    expect(databaseSnapshot(core.db)).toBe(before);
  });
});
