import type Database from 'better-sqlite3';
import type { CallContext } from '#core/call-context';
import type { Core } from '#core/core';
import { insertClient, insertDecision } from '#core/testing/board-fixtures';
import { addDays } from '#shared/domain/local-date';
import { centreFixture } from '../fixtures/centre';
import { defineScenario } from '../scenario';

const groupSize = 15;
const iterations = 200;
const warmup = 20;

interface SaveState {
  core: Core;
  ctx: CallContext;
  /** Per prepared day: its session and the participants' ids (client, session participant). */
  subjectDays: { sessionId: number; clients: number[] }[];
  baselineDays: { sessionId: number; date: string; participants: { id: number; clientId: number }[] }[];
  insertBare: (day: SaveState['baselineDays'][number], staffId: number) => void;
  staffId: number;
  n: number;
  m: number;
}

const row = (clientId: number, i: number) => ({ clientId, mood: 1 + (i % 5), engagement: 1 + (i % 4), appetite: 1 + ((i + 1) % 4), sleepiness: 1 + (i % 3), behaviours: i % 7 === 0 ? ['agitation' as const] : [], helped: '', note: i % 3 === 0 ? 'Mierīga, labprāt dziedāja.' : '' });

/** A group of 15 meeting every day, and `days` group sessions made through the service, from `first` on. */
async function groupDays(core: Core, ctx: CallContext, name: string, first: string, days: number) {
  const db = core.db;
  const clients = db.transaction(() =>
    Array.from({ length: groupSize }, (_, i) => {
      const id = insertClient(db, { firstName: `${name}${i}`, lastName: 'Demence' });
      insertDecision(db, { clientId: id, service: 'dementia-day-centre', validFrom: '2018-01-01', plannedWeekdays: [1, 2, 3, 4, 5, 6, 7] });
      return id;
    }),
  );
  const call = async <T>(method: string, input: unknown): Promise<T> => {
    const result = await core.dispatch(method, input, ctx);
    if (!result.ok) throw new Error(`${method}: ${result.error.code}`);
    return result.data as T;
  };
  const { group } = await call<{ group: { id: number } }>('dementia.groups.create', { name, capacity: 20, weekdays: [1, 2, 3, 4, 5, 6, 7], opensAt: '08:30', closesAt: '16:00' });
  await call('dementia.groups.setMembers', { groupId: group.id, clientIds: clients });
  const items = (await call<{ items: { id: number }[] }>('dementia.catalogue.list', {})).items;
  const out: { sessionId: number; date: string; clients: number[] }[] = [];
  for (let d = 0; d < days; d++) {
    const date = addDays(first, d);
    const day = await call<{ sessionId: number }>('dementia.programme.set', { groupId: group.id, date, staffIds: [], slots: [{ startTime: '09:00', endTime: '10:00', itemId: items[0]!.id }] });
    out.push({ sessionId: day.sessionId, date, clients });
  }
  return out;
}

interface SaveScenario {
  id: string;
  baselineName: string;
  budget?: number;
  /** The baseline also writes the 15 audit rows the save writes. */
  audited: boolean;
}

function saveScenario({ id, baselineName, budget, audited }: SaveScenario) {
  return defineScenario<SaveState>({
    id,
    name: "a group of 15's day of observations: core.dispatch('dementia.observations.save')",
    baselineName,
    budget,
    iterations,
    warmup,
    async setup(env) {
      const fixture = await centreFixture(env);
      const ctx = fixture.directContext(fixture.admin);
      const subject = await groupDays(fixture.core, ctx, 'Mērķa', '2024-01-01', iterations + warmup);
      const baseline = await groupDays(fixture.core, ctx, 'Bāzes', '2022-01-01', iterations + warmup);
      const sqlite = fixture.core.db.$client;
      const participants = sqlite.prepare('SELECT id, client_id AS clientId FROM session_participants WHERE session_id = ? ORDER BY id');
      return {
        core: fixture.core,
        ctx,
        subjectDays: subject.map((d) => ({ sessionId: d.sessionId, clients: d.clients })),
        baselineDays: baseline.map((d) => ({ sessionId: d.sessionId, date: d.date, participants: participants.all(d.sessionId) as { id: number; clientId: number }[] })),
        insertBare: bareWriter(sqlite, audited),
        staffId: fixture.admin.id,
        n: 0,
        m: 0,
      };
    },
    baseline(state) {
      const day = state.baselineDays[state.m++ % state.baselineDays.length]!;
      state.insertBare(day, state.staffId);
    },
    async subject(state) {
      const day = state.subjectDays[state.n++ % state.subjectDays.length]!;
      const result = await state.core.dispatch('dementia.observations.save', { sessionId: day.sessionId, rows: day.clients.map(row) }, state.ctx);
      if (!result.ok) throw new Error(`dementia.observations.save failed: ${result.error.code}`);
    },
  });
}

/**
 * Issue 14, speed: a full day's observations of a group of 15 saved in one call (checks, 15 upserts and
 * their 15 audit rows in one transaction), against the same 15 observation rows inserted bare in one
 * prepared transaction on the same database. Budget: 2×.
 */
export const dementiaSave = saveScenario({ id: 'dementia-observations-save', baselineName: 'the same 15 observation rows as bare inserts in one transaction', budget: 2, audited: false });

/**
 * The same save against a baseline that also writes the 15 audit rows bare (as the check-in's baseline
 * does): what remains is the service's own work (zod, the session and participant checks, the audit diff).
 * Informational: it shows how much of the first row's ratio is the audit trail itself.
 */
export const dementiaSaveAudited = saveScenario({ id: 'dementia-observations-save-audited', baselineName: 'the same 15 observation rows and their 15 audit rows, bare, in one transaction', audited: true });

/** The 15 observation rows, and with `audited` also the 15 audit rows a save writes (same JSON shape), in one transaction. */
function bareWriter(sqlite: Database.Database, audited = false) {
  const audit = sqlite.prepare('INSERT INTO audit_log (at, staff_id, method, entity, entity_id, changes) VALUES (?, ?, ?, ?, ?, ?)');
  const insert = sqlite.prepare(
    `INSERT INTO dementia_observation (participant_id, session_id, client_id, date, mood, engagement, appetite, sleepiness, behaviours, helped, note, recorded_by, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (participant_id) DO UPDATE SET mood = excluded.mood, engagement = excluded.engagement, updated_at = excluded.updated_at`,
  );
  const begin = sqlite.prepare('BEGIN');
  const commit = sqlite.prepare('COMMIT');
  return (day: SaveState['baselineDays'][number], staffId: number) => {
    const at = new Date(0).toISOString();
    begin.run();
    day.participants.forEach((p, i) => {
      const r = row(p.clientId, i);
      const stored = insert.run(p.id, day.sessionId, p.clientId, day.date, r.mood, r.engagement, r.appetite, r.sleepiness, JSON.stringify(r.behaviours), null, r.note || null, staffId, at);
      if (audited) {
        const after = { clientId: p.clientId, date: day.date, mood: r.mood, engagement: r.engagement, appetite: r.appetite, sleepiness: r.sleepiness, behaviours: JSON.stringify(r.behaviours), helped: null, note: r.note || null };
        audit.run(at, staffId, 'dementia.observations.save', 'dementia_observation', String(stored.lastInsertRowid), JSON.stringify({ before: null, after }));
      }
    });
    commit.run();
  };
}

interface HistoryState {
  core: Core;
  ctx: CallContext;
  clientId: number;
  select: Database.Statement;
}

const historyDays = 1200;

/**
 * Issue 14, speed: a participant's five-year history (1,200 observed days) for the chart, through the
 * audited read, against a bare prepared SELECT of the same rows. Informational: the browser's drawing
 * of the chart is measured by the e2e (e2e/dementia-day.spec.ts, annotation chart-draw-ms).
 */
export const dementiaHistory = defineScenario<HistoryState>({
  id: 'dementia-observations-history',
  name: "5-year observation history (1,200 days): core.dispatch('dementia.observations.history')",
  baselineName: 'bare prepared SELECT of the same 1,200 rows',
  iterations: 200,
  async setup(env) {
    const fixture = await centreFixture(env);
    const ctx = fixture.directContext(fixture.admin);
    const sqlite = fixture.core.db.$client;
    const clientId = insertClient(fixture.core.db, { firstName: 'Vēsture', lastName: 'Piecgadīga' });
    const at = '2026-01-01T08:00:00.000Z';
    const session = sqlite.prepare("INSERT INTO sessions (kind, date, start_time, end_time, created_at, updated_at) VALUES ('dementia-group', ?, '08:30', '16:00', ?, ?)");
    const participant = sqlite.prepare("INSERT INTO session_participants (session_id, client_id, status, updated_at) VALUES (?, ?, 'present', ?)");
    const observation = sqlite.prepare(
      'INSERT INTO dementia_observation (participant_id, session_id, client_id, date, mood, engagement, appetite, sleepiness, behaviours, helped, note, recorded_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    sqlite.transaction(() => {
      for (let i = 0; i < historyDays; i++) {
        // Weekdays over five years: about 1,200 days.
        const date = addDays('2021-03-15', Math.floor(i * 7 / 4.6));
        const s = Number(session.run(date, at, at).lastInsertRowid);
        const p = Number(participant.run(s, clientId, at).lastInsertRowid);
        const r = row(clientId, i);
        observation.run(p, s, clientId, date, r.mood, r.engagement, r.appetite, r.sleepiness, JSON.stringify(r.behaviours), null, r.note || null, fixture.admin.id, at);
      }
    })();
    return { core: fixture.core, ctx, clientId, select: sqlite.prepare('SELECT * FROM dementia_observation WHERE client_id = ? AND date BETWEEN ? AND ? ORDER BY date') };
  },
  baseline(state) {
    state.select.all(state.clientId, '2021-03-14', '2026-03-14');
  },
  async subject(state) {
    const result = await state.core.dispatch('dementia.observations.history', { clientId: state.clientId, from: '2021-03-14', to: '2026-03-14' }, state.ctx);
    if (!result.ok) throw new Error(`dementia.observations.history failed: ${result.error.code}`);
  },
});
