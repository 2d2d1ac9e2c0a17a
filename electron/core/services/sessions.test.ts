import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../core';
import { callContext, loggedInCore } from '../testing/test-core';
import { insertClient, insertStaffOfRole } from '../testing/board-fixtures';
import { databaseSnapshot } from '../testing/database-snapshot';

let core: Core;
let ctx: ReturnType<typeof callContext>;
const clock = new Date(2026, 2, 9, 9, 0);

beforeEach(async () => {
  ({ core, ctx } = await loggedInCore({ now: () => clock }));
});
afterEach(() => core.close());

const ok = async <T = Record<string, unknown>>(method: string, input: unknown, context = ctx): Promise<T> => {
  const result = await core.dispatch(method, input, context);
  if (!result.ok) throw new Error(`${method} failed: ${result.error.code}`);
  return result.data as T;
};
type Activity = { id: number; code: string | null; nameLv: string; nameLt: string; nameRu: string; active: boolean };
const artTherapy = async () => (await ok<{ activities: Activity[] }>('activities.list', {})).activities.find((a) => a.code === 'art-therapy')!;
type Detail = { session: { id: number; participants: number; present: number; capacity: number | null }; participants: { clientId: number; status: string }[] };

describe('activities', () => {
  it('starts with the default catalogue, named in Latvian, Lithuanian and Russian', async () => {
    const { activities } = await ok<{ activities: Activity[] }>('activities.list', {});
    expect(activities.map((a) => a.code)).toEqual([
      'art-therapy', 'hydrotherapy', 'canistherapy', 'kinesthetics', 'music', 'handicraft', 'physical-exercise', 'socialisation-event',
    ]);
    expect(activities[0]).toMatchObject({ nameLv: 'Mākslas terapija', nameLt: 'Dailės terapija', nameRu: 'Арт-терапия', active: true });
  });

  it('adds the centre’s own activity and renames or retires it, audited', async () => {
    const created = await ok<Activity>('activities.create', { nameLv: 'Dārzkopība', nameLt: 'Sodininkystė', nameRu: 'Садоводство' });
    expect(created).toMatchObject({ code: null, active: true });
    expect(await ok('activities.update', { id: created.id, nameLv: 'Dārza darbi', nameLt: 'Sodininkystė', nameRu: 'Садоводство', active: false })).toMatchObject({ nameLv: 'Dārza darbi', active: false });
    const audit = core.db.$client.prepare("SELECT method FROM audit_log WHERE entity = 'activity'").pluck().all();
    expect(audit).toEqual(['activities.create', 'activities.update']);
  });
});

describe('sessions', () => {
  it('creates a session, adds participants up to capacity, marks presence, and lists a client’s sessions', async () => {
    const activity = await artTherapy();
    const [anna, janis, olga] = ['Anna', 'Jānis', 'Olga'].map((n) => insertClient(core.db, { firstName: n, lastName: 'Test' })) as [number, number, number];
    const { session } = await ok<Detail>('sessions.create', { activityId: activity.id, date: '2026-03-09', startTime: '10:00', endTime: '11:00', leader: 'Inese', room: 'Zāle', capacity: 2 });
    await ok('sessions.addParticipant', { sessionId: session.id, clientId: anna });
    await ok('sessions.addParticipant', { sessionId: session.id, clientId: janis });
    const full = await core.dispatch('sessions.addParticipant', { sessionId: session.id, clientId: olga }, ctx);
    expect(full).toMatchObject({ ok: false, error: { kind: 'conflict', code: 'sessions.full' } });
    // The message names the capacity the core sends.
    expect(!full.ok && full.error.message).toMatch(/\b2\b/);
    expect(await core.dispatch('sessions.addParticipant', { sessionId: session.id, clientId: anna }, ctx)).toMatchObject({ ok: false, error: { code: 'sessions.alreadyParticipant' } });
    await ok('sessions.markParticipant', { sessionId: session.id, clientId: anna, status: 'present' });
    const detail = await ok<Detail>('sessions.markParticipant', { sessionId: session.id, clientId: janis, status: 'absent' });
    expect(detail.session).toMatchObject({ participants: 2, present: 1 });
    expect(detail.participants).toEqual(expect.arrayContaining([expect.objectContaining({ clientId: anna, status: 'present' })]));
    await ok('sessions.removeParticipant', { sessionId: session.id, clientId: janis });

    const { sessions } = await ok<{ sessions: { sessionId: number; status: string; activity: Activity }[] }>('sessions.forClient', { clientId: anna });
    expect(sessions).toHaveLength(1);
    expect(sessions[0]).toMatchObject({ sessionId: session.id, status: 'present', date: '2026-03-09', activity: { code: 'art-therapy' } });
  });

  it('creates sessions from a repeating plan: every Tuesday 10:00 between two dates', async () => {
    const activity = await artTherapy();
    const result = await ok<{ seriesId: number; sessionIds: number[] }>('sessions.createSeries', {
      activityId: activity.id, from: '2026-03-01', to: '2026-03-31', weekdays: [2], startTime: '10:00', endTime: '11:30',
    });
    expect(result.sessionIds).toHaveLength(5);
    const { sessions } = await ok<{ sessions: { date: string; startTime: string }[] }>('sessions.list', { from: '2026-03-01', to: '2026-03-31' });
    expect(sessions.map((s) => s.date)).toEqual(['2026-03-03', '2026-03-10', '2026-03-17', '2026-03-24', '2026-03-31']);
  });

  it('refuses bad plans, presence before the session and unknown sessions, writing nothing', async () => {
    const activity = await artTherapy();
    const before = databaseSnapshot(core.db);
    const endBeforeStart = await core.dispatch('sessions.create', { activityId: activity.id, date: '2026-03-09', startTime: '11:00', endTime: '10:00' }, ctx);
    expect(endBeforeStart).toMatchObject({ ok: false, error: { kind: 'validation', issues: [{ path: ['endTime'], code: 'field.endBeforeStart' }] } });
    expect(await core.dispatch('sessions.createSeries', { activityId: activity.id, from: '2026-03-02', to: '2026-03-02', weekdays: [2], startTime: '10:00', endTime: '11:00' }, ctx)).toMatchObject({ ok: false, error: { code: 'sessions.seriesEmpty' } });
    expect(await core.dispatch('sessions.createSeries', { activityId: activity.id, from: '2026-01-01', to: '2027-06-01', weekdays: [2], startTime: '10:00', endTime: '11:00' }, ctx)).toMatchObject({ ok: false, error: { kind: 'validation', issues: [{ path: ['to'], code: 'field.rangeTooLong', params: { count: 12 } }] } });
    expect(await core.dispatch('sessions.get', { id: 999 }, ctx)).toMatchObject({ ok: false, error: { kind: 'not-found', code: 'sessions.notFound' } });
    expect(databaseSnapshot(core.db)).toBe(before);

    const client = insertClient(core.db, { firstName: 'Anna', lastName: 'Test' });
    const { session } = await ok<Detail>('sessions.create', { activityId: activity.id, date: '2026-03-12', startTime: '10:00', endTime: '11:00' });
    await ok('sessions.addParticipant', { sessionId: session.id, clientId: client });
    expect(await core.dispatch('sessions.markParticipant', { sessionId: session.id, clientId: client, status: 'present' }, ctx)).toMatchObject({ ok: false, error: { code: 'sessions.notYetHeld' } });
  });

  it('lets carers run sessions and reception only look', async () => {
    const activity = await artTherapy();
    const carer = callContext(core);
    carer.session.begin(insertStaffOfRole(core.db, 'carer'));
    const reception = callContext(core);
    reception.session.begin(insertStaffOfRole(core.db, 'reception'));
    const input = { activityId: activity.id, date: '2026-03-09', startTime: '10:00', endTime: '11:00' };
    expect((await core.dispatch('sessions.create', input, carer)).ok).toBe(true);
    expect(await core.dispatch('sessions.create', input, reception)).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    expect((await core.dispatch('sessions.list', { from: '2026-03-09', to: '2026-03-09' }, reception)).ok).toBe(true);
  });
});
