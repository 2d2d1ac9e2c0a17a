import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../core';
import type { callContext} from '../../testing/test-core';
import { loggedInCore } from '../../testing/test-core';
import { insertClient, insertDecision } from '../../testing/board-fixtures';
import { createStaff, loggedInAs } from '../../testing/staff-fixtures';
import { databaseSnapshot } from '../../testing/database-snapshot';
import { groupsOfClientOn } from '#db/queries/dementia-groups';

let core: Core;
let ctx: ReturnType<typeof callContext>;
// Monday 9 March 2026.
const clock = new Date(2026, 2, 9, 9, 0);
const monday = '2026-03-09';

beforeEach(async () => {
  ({ core, ctx } = await loggedInCore({ now: () => clock, loginThrottle: { baseMs: 0 } }));
});
afterEach(() => core.close());

const ok = async <T = Record<string, unknown>>(method: string, input: unknown, context = ctx): Promise<T> => {
  const result = await core.dispatch(method, input, context);
  if (!result.ok) throw new Error(`${method} failed: ${result.error.code} ${JSON.stringify(result.error.issues ?? '')}`);
  return result.data as T;
};
const auditCount = (method: string) => core.db.$client.prepare('SELECT count(*) FROM audit_log WHERE method = ?').pluck().get(method) as number;

function dementiaClient(firstName: string, validFrom = '2026-01-01') {
  const id = insertClient(core.db, { firstName, lastName: 'Tests', wanderingRisk: firstName === 'Anna', diet: firstName === 'Anna' ? 'bez cukura' : null });
  insertDecision(core.db, { clientId: id, service: 'dementia-day-centre', validFrom, plannedWeekdays: [1, 2, 3] });
  return id;
}

type Day = { sessionId: number | null; programme: { itemId: number; startTime: string }[]; participants: { clientId: number; wanderingRisk: boolean; diet: string | null }[] };
const groupInput = { name: 'Pirmdiena–trešdiena', room: 'Zaļā istaba', capacity: 12, weekdays: [1, 2, 3], opensAt: '08:30', closesAt: '16:00' };

async function groupWithMembers() {
  const members = ['Anna', 'Jānis', 'Olga'].map((n) => dementiaClient(n));
  const { group } = await ok<{ group: { id: number; collectAlarmDelayMinutes: number } }>('dementia.groups.create', groupInput);
  await ok('dementia.groups.setMembers', { groupId: group.id, clientIds: members });
  const { items } = await ok<{ items: { id: number; code: string }[] }>('dementia.catalogue.list', {});
  const item = (code: string) => items.find((i) => i.code === code)!.id;
  await ok('dementia.template.set', {
    groupId: group.id,
    weekday: 1,
    slots: [
      { startTime: '09:00', endTime: '10:00', itemId: item('reminiscence') },
      { startTime: '10:30', endTime: '11:30', itemId: item('walk') },
    ],
  });
  const day = await ok<Day>('dementia.programme.fromTemplate', { groupId: group.id, date: monday });
  return { group, members, day, item };
}

const row = (clientId: number, extra: Record<string, unknown> = {}) => ({ clientId, mood: 4, engagement: 3, appetite: 4, sleepiness: 1, behaviours: [], ...extra });

describe('dementia groups', () => {
  it('creates a group with the default alarm delay, takes only clients with a decision, and finds a client’s groups on a date', async () => {
    const { group, members, day } = await groupWithMembers();
    expect(group.collectAlarmDelayMinutes).toBe(30);
    const outsider = insertClient(core.db, { firstName: 'Pēteris', lastName: 'Bez lēmuma' });
    const refused = await core.dispatch('dementia.groups.setMembers', { groupId: group.id, clientIds: [...members, outsider] }, ctx);
    expect(refused).toMatchObject({ ok: false, error: { kind: 'conflict', code: 'dementia.noDecision' } });
    expect(day.programme.map((p) => p.startTime)).toEqual(['09:00', '10:30']);
    expect(day.participants).toHaveLength(3);
    expect(day.participants.find((p) => p.clientId === members[0])).toMatchObject({ wanderingRisk: true, diet: 'bez cukura' });
    expect(groupsOfClientOn(core.db, members[0]!, monday)).toEqual([expect.objectContaining({ id: group.id, closesAt: '16:00', collectAlarmDelayMinutes: 30 })]);
    // Thursday: the group does not meet.
    expect(groupsOfClientOn(core.db, members[0]!, '2026-03-12')).toEqual([]);
    const thursday = await core.dispatch('dementia.programme.fromTemplate', { groupId: group.id, date: '2026-03-12' }, ctx);
    expect(thursday).toMatchObject({ ok: false, error: { code: 'dementia.groupDoesNotMeet' } });
  });

  it('lets staff adjust the day, refusing overlapping slots', async () => {
    const { group, item } = await groupWithMembers();
    const overlapping = await core.dispatch(
      'dementia.programme.set',
      { groupId: group.id, date: monday, staffIds: [], slots: [{ startTime: '09:00', endTime: '10:00', itemId: item('music') }, { startTime: '09:30', endTime: '10:30', itemId: item('rest') }] },
      ctx,
    );
    expect(overlapping).toMatchObject({ ok: false, error: { code: 'dementia.slotsOverlap' } });
    const day = await ok<Day>('dementia.programme.set', { groupId: group.id, date: monday, staffIds: [1], slots: [{ startTime: '09:00', endTime: '10:00', itemId: item('music') }] });
    expect(day.programme).toEqual([expect.objectContaining({ itemId: item('music') })]);
  });

  it('refuses more members than the capacity, and a capacity below the members, writing nothing', async () => {
    const { group, members } = await groupWithMembers();
    const extra = dementiaClient('Pēteris');
    await ok('dementia.groups.update', { ...groupInput, id: group.id, capacity: 3, staffIds: [], active: true });
    const before = databaseSnapshot(core.db);
    const over = await core.dispatch('dementia.groups.setMembers', { groupId: group.id, clientIds: [...members, extra] }, ctx);
    expect(over).toMatchObject({ ok: false, error: { kind: 'conflict', code: 'dementia.overCapacity', params: { capacity: 3, count: 4 } } });
    const shrink = await core.dispatch('dementia.groups.update', { ...groupInput, id: group.id, capacity: 2, staffIds: [], active: true }, ctx);
    expect(shrink).toMatchObject({ ok: false, error: { kind: 'conflict', code: 'dementia.capacityBelowMembers', params: { capacity: 2, count: 3 } } });
    expect(databaseSnapshot(core.db)).toEqual(before);
    // A repeated id counts once.
    expect(await core.dispatch('dementia.groups.setMembers', { groupId: group.id, clientIds: [...members, members[0]!] }, ctx)).toMatchObject({ ok: true });
  });

  it('adds the centre’s own programme item, renames it and takes it out of use, audited; refuses an unknown item or a short name', async () => {
    const created = await ok<{ id: number; code: string | null; active: boolean }>('dementia.catalogue.create', { nameLv: 'Dārzkopība', nameLt: 'Sodininkystė', nameRu: 'Садоводство' });
    expect(created).toMatchObject({ code: null, active: true });
    const renamed = await ok('dementia.catalogue.update', { id: created.id, nameLv: 'Dārza darbi', nameLt: 'Sodo darbai', nameRu: 'Работа в саду', active: false });
    expect(renamed).toMatchObject({ id: created.id, nameLv: 'Dārza darbi', active: false });
    const { items } = await ok<{ items: { id: number; active: boolean }[] }>('dementia.catalogue.list', {});
    expect(items.find((i) => i.id === created.id)).toMatchObject({ active: false });
    expect(auditCount('dementia.catalogue.update')).toBe(1);
    const before = databaseSnapshot(core.db);
    expect(await core.dispatch('dementia.catalogue.update', { id: 9999, nameLv: 'Xx', nameLt: 'Xx', nameRu: 'Xx', active: true }, ctx)).toMatchObject({ ok: false, error: { kind: 'not-found', code: 'dementia.itemNotFound' } });
    expect(await core.dispatch('dementia.catalogue.update', { id: created.id, nameLv: 'X', nameLt: 'Xx', nameRu: 'Xx', active: true }, ctx)).toMatchObject({ ok: false, error: { kind: 'validation', issues: [{ path: ['nameLv'] }] } });
    expect(databaseSnapshot(core.db)).toEqual(before);
  });

  it('leaves the group’s day sessions out of the activity sessions list', async () => {
    const { day } = await groupWithMembers();
    expect(day.sessionId).toEqual(expect.any(Number));
    const { sessions } = await ok<{ sessions: unknown[] }>('sessions.list', { from: monday, to: monday });
    expect(sessions).toEqual([]);
  });
});

describe('dementia observations', () => {
  it('saves a day’s rows in one call, audited per row, and reads the history audited', async () => {
    const { members, day } = await groupWithMembers();
    await ok('dementia.observations.save', { sessionId: day.sessionId, rows: members.map((id) => row(id, { behaviours: ['agitation'], note: 'Mierīga pēc pastaigas' })) });
    expect(auditCount('dementia.observations.save')).toBe(3);
    // Saving again replaces, it does not add.
    await ok('dementia.observations.save', { sessionId: day.sessionId, rows: [row(members[0]!, { mood: 2 })] });
    // Each audit row names the observation it is about, the first save's insert and the second's update alike.
    const rows = core.db.$client.prepare('SELECT id, client_id AS clientId FROM dementia_observation WHERE session_id = ?').all(day.sessionId) as { id: number; clientId: number }[];
    const trail = core.db.$client.prepare("SELECT entity_id AS entityId, changes FROM audit_log WHERE method = 'dementia.observations.save' ORDER BY id").all() as { entityId: string; changes: string }[];
    const first = rows.find((r) => r.clientId === members[0])!;
    expect(trail.map((a) => a.entityId)).toEqual([...members.map((id) => String(rows.find((r) => r.clientId === id)!.id)), String(first.id)]);
    // The update's row names the client and day in `after`, so the client's own trail (access request, erasure) finds it.
    expect(JSON.parse(trail[3]!.changes)).toEqual({
      before: { clientId: null, date: null, mood: 4, behaviours: '["agitation"]', note: 'Mierīga pēc pastaigas' },
      after: { clientId: members[0], date: '2026-03-09', mood: 2, behaviours: '[]', note: null },
    });
    const history = await ok<{ observations: { mood: number; behaviours: string[] }[] }>('dementia.observations.history', { clientId: members[0], from: '2021-03-09', to: '2026-03-09' });
    expect(history.observations).toEqual([expect.objectContaining({ mood: 2, behaviours: [] })]);
    expect(auditCount('dementia.observations.history')).toBe(1);
    await ok('dementia.observations.get', { sessionId: day.sessionId });
    expect(auditCount('dementia.observations.get')).toBe(1);
  });

  it('refuses the whole save for someone not in the session or a value out of range, writing nothing', async () => {
    const { members, day } = await groupWithMembers();
    const stranger = insertClient(core.db, { firstName: 'Svešais', lastName: 'Cilvēks' });
    const before = databaseSnapshot(core.db);
    const notIn = await core.dispatch('dementia.observations.save', { sessionId: day.sessionId, rows: [row(members[0]!), row(stranger)] }, { ...ctx, language: 'lv' as const });
    expect(notIn).toMatchObject({ ok: false, error: { kind: 'conflict', code: 'dementia.notInSession' } });
    expect(!notIn.ok && notIn.error.message).toContain('Svešais Cilvēks');
    const outOfRange = await core.dispatch('dementia.observations.save', { sessionId: day.sessionId, rows: [row(members[0]!), row(members[1]!, { mood: 6 })] }, ctx);
    expect(outOfRange).toMatchObject({ ok: false, error: { kind: 'validation', issues: [expect.objectContaining({ path: ['rows', 1, 'mood'] })] } });
    expect(databaseSnapshot(core.db)).toBe(before);
  });

  it('bounds the history to five years and a day', async () => {
    const id = dementiaClient('Anna');
    expect(await core.dispatch('dementia.observations.history', { clientId: id, from: '2021-03-09', to: '2026-03-09' }, ctx)).toMatchObject({ ok: true });
    expect(await core.dispatch('dementia.observations.history', { clientId: id, from: '2021-03-09', to: '2026-03-10' }, ctx)).toMatchObject({ ok: false, error: { kind: 'validation' } });
  });

  it('lets carers and managers read observations but not reception, who still sees the groups and the day', async () => {
    const { group, day } = await groupWithMembers();
    for (const role of ['carer', 'manager', 'reception'] as const) await createStaff(core, ctx, { username: `d.${role}`, role });
    const reception = await loggedInAs(core, 'd.reception');
    expect(await core.dispatch('dementia.observations.get', { sessionId: day.sessionId }, reception)).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    expect(await core.dispatch('dementia.observations.history', { clientId: 1, from: '2026-01-01', to: '2026-03-09' }, reception)).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    expect(await core.dispatch('dementia.day', { groupId: group.id, date: monday }, reception)).toMatchObject({ ok: true });
    expect(await core.dispatch('dementia.groups.list', {}, reception)).toMatchObject({ ok: true });
    for (const role of ['carer', 'manager']) {
      expect(await core.dispatch('dementia.observations.get', { sessionId: day.sessionId }, await loggedInAs(core, `d.${role}`))).toMatchObject({ ok: true });
    }
  });
});

describe('client photos', () => {
  it('stores a small JPEG, refuses a file that is not one, audited without the picture', async () => {
    const id = dementiaClient('Anna');
    const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(200, 1)]).toString('base64');
    const saved = await ok<{ photo: { mime: string; base64: string } }>('clientPhoto.set', { clientId: id, mime: 'image/jpeg', chunks: [jpeg], width: 300, height: 400 });
    expect(saved.photo).toMatchObject({ mime: 'image/jpeg', base64: jpeg });
    const png = Buffer.from('\x89PNG\r\n\x1a\n0000000000', 'binary').toString('base64');
    expect(await core.dispatch('clientPhoto.set', { clientId: id, mime: 'image/jpeg', chunks: [png], width: 300, height: 400 }, ctx)).toMatchObject({ ok: false, error: { code: 'dementia.photoNotAnImage' } });
    expect(await core.dispatch('clientPhoto.set', { clientId: id, mime: 'image/jpeg', chunks: [jpeg], width: 800, height: 400 }, ctx)).toMatchObject({ ok: false, error: { kind: 'validation' } });
    const trail = core.db.$client.prepare("SELECT changes FROM audit_log WHERE entity = 'client_photo'").pluck().all() as string[];
    expect(trail).toHaveLength(1);
    expect(trail[0]).not.toContain(jpeg.slice(0, 20));
  });
});
