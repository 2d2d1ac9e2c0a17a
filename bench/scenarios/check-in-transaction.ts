import type Database from 'better-sqlite3';
import type { CallContext } from '#core/call-context';
import type { Core } from '#core/core';
import { insertDayClient } from '#core/testing/board-fixtures';
import { benchDay } from '../fixtures/bench-clock';
import { centreFixture } from '../fixtures/centre';
import { workingDaysBack } from '../fixtures/working-days';
import { contract } from '#shared/contract/index';
import { saveAttendance } from '#db/queries/attendance';
import { writeWithAudit } from '#db/write';
import { defineScenario, type BenchEnv } from '../scenario';

interface State {
  core: Core;
  ctx: CallContext;
  /** The same two rows a check-in writes, as one bare prepared transaction. */
  writeSameRows: (clientId: number, date: string, n: number) => void;
  subjectClients: number[];
  baselineClients: number[];
  days: string[];
  n: number;
  m: number;
}

const clientCount = 400;

/**
 * Issue 13: the check-in re-stated fairly. The baseline writes exactly what a check-in writes (its
 * attendance row and its audit row) as one prepared transaction on the same database, so the same
 * tables, indexes, triggers and pragmas, and one commit each. What remains is the dispatcher: access,
 * zod, the closed-month and closed-day rules, the reads, drizzle and the output parse.
 */
export default defineScenario<State>({
  id: 'check-in-transaction',
  name: "check-in with audit record: core.dispatch('attendance.checkIn')",
  baselineName: 'bare prepared transaction writing the same attendance and audit rows',
  budget: 1.25,
  iterations: 600,
  setup: (env) => twoClientSets(env, 'Pieteikts', 'Darījums'),
  baseline: writeBaselineRows,
  async subject(state) {
    const n = state.n++;
    const clientId = state.subjectClients[n % clientCount] as number;
    const result = await state.core.dispatch('attendance.checkIn', { clientId, date: pick(state.days, n), time: '08:30' }, state.ctx);
    if (!result.ok) throw new Error(`attendance.checkIn failed: ${result.error.code}`);
  },
});

/**
 * What the re-stated budget leaves room for: the check-in's contract parse (input and output) and the
 * shared audited write (writeWithAudit: the same attendance row and audit row, with the audit diff),
 * without any rule or read of the handler. Informational: if this floor is already over 1.25×, the
 * budget cannot be met by a check-in that validates and audits through the shared paths.
 */
export const checkInFloor = defineScenario<State>({
  id: 'check-in-floor',
  name: 'contract parse + writeWithAudit of the same rows (no rules, no reads)',
  baselineName: 'bare prepared transaction writing the same attendance and audit rows',
  iterations: 600,
  setup: (env) => twoClientSets(env, 'Grīda', 'Grīda'),
  baseline: writeBaselineRows,
  subject(state) {
    const n = state.n++;
    const def = contract['attendance.checkIn'];
    const input = def.input.parse({ clientId: state.subjectClients[n % clientCount], date: pick(state.days, n), time: '08:30' });
    const db = state.core.db;
    const row = writeWithAudit(db, { staffId: 1, method: 'attendance.checkIn' }, (_tx, audit) => {
      const stored = saveAttendance(db, { clientId: input.clientId, date: input.date!, status: 'present', arrivedAt: input.time!, leftAt: null, absenceReason: null, note: null, meals: [], transportTo: false, transportFrom: false, updatedAt: new Date().toISOString() });
      audit({ entity: 'attendance', entityId: stored.id, before: null, after: stored });
      return stored;
    });
    const { id: _id, updatedAt: _updatedAt, ...record } = row;
    def.output.parse(record);
  },
});

/** A centre with two sets of 400 day clients, one for the subject and one for the baseline, and ten working days. */
async function twoClientSets(env: BenchEnv, subjectPrefix: string, lastName: string): Promise<State> {
  const fixture = await centreFixture(env);
  const db = fixture.core.db;
  const make = (prefix: string) =>
    db.transaction(() => Array.from({ length: clientCount }, (_, i) => insertDayClient(db, { firstName: `${prefix}${i}`, lastName }, [1, 2, 3, 4, 5])));
  const subjectClients = make(subjectPrefix);
  const baselineClients = make('Bāzes');
  const ctx = fixture.directContext(fixture.admin);
  return { core: fixture.core, ctx, writeSameRows: sameRowsWriter(db.$client, fixture.admin.id), subjectClients, baselineClients, days: await workingDaysBack(fixture.core, ctx, benchDay, 10), n: 0, m: 0 };
}

/** The baseline of both rows: the same attendance and audit rows as one bare prepared transaction. */
function writeBaselineRows(state: State): void {
  const m = state.m++;
  state.writeSameRows(state.baselineClients[m % clientCount] as number, pick(state.days, m), m);
}

function pick(days: string[], n: number): string {
  const date = days[Math.floor(n / clientCount)];
  if (!date) throw new Error('check-in-transaction ran out of working days: give it more');
  return date;
}

/** The attendance row and the audit row of a check-in, with the values the core would store. */
function sameRowsWriter(sqlite: Database.Database, staffId: number) {
  const attendance = sqlite.prepare(
    `INSERT INTO attendance (client_id, date, status, arrived_at, left_at, absence_reason, note, meals, transport_to, transport_from, updated_at)
     VALUES (?, ?, 'present', '08:30', NULL, NULL, NULL, '[]', 0, 0, ?)`,
  );
  const audit = sqlite.prepare('INSERT INTO audit_log (at, staff_id, method, entity, entity_id, changes) VALUES (?, ?, ?, ?, ?, ?)');
  return sqlite.transaction((clientId: number, date: string, n: number) => {
    const at = new Date().toISOString();
    const row = attendance.run(clientId, date, at);
    const after = { clientId, date, status: 'present', arrivedAt: '08:30', leftAt: null, meals: [], transportTo: false, transportFrom: false, n };
    audit.run(at, staffId, 'attendance.checkIn', 'attendance', String(row.lastInsertRowid), JSON.stringify({ before: null, after }));
  });
}
