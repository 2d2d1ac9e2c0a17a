import type { CallContext } from '#core/call-context';
import type { Core } from '#core/core';
import { insertDayClient } from '#core/testing/board-fixtures';
import { benchDay } from '../fixtures/bench-clock';
import { centreFixture } from '../fixtures/centre';
import { workingDaysBack } from '../fixtures/working-days';
import { assertSamePragmas, rawSqliteFixture, type RawSqlite } from '../fixtures/raw-sqlite';
import { defineScenario } from '../scenario';

interface State {
  core: Core;
  ctx: CallContext;
  raw: RawSqlite;
  clientIds: number[];
  /** Working days, newest first: each round of clients checks in on the next one back. */
  days: string[];
  n: number;
}

const clientCount = 500;

/**
 * Reception's keystroke: `attendance.checkIn` through the dispatcher (client and day read, one row
 * inserted, its audit row, one transaction committed to disk) against one bare prepared INSERT with the
 * same pragmas. Each call checks a new client/day pair in, walking back a day per round of clients.
 * Where the time goes (measured 2026-11): the dispatch itself costs about 0.05 ms (in memory); the rest is
 * the commit, one fsync plus a WAL frame per page changed: 8.2 frames for a check-in (attendance and its
 * two indexes, the audit row and its three indexes, sqlite_sequence) against 1 for the baseline.
 */
export default defineScenario<State>({
  id: 'check-in',
  name: "check-in with audit record: core.dispatch('attendance.checkIn')",
  baselineName: 'bare prepared single-row INSERT (autocommit)',
  budget: 1.5,
  iterations: 600,
  async setup(env) {
    const fixture = await centreFixture(env);
    const raw = await rawSqliteFixture(env);
    assertSamePragmas(fixture.core.db.$client, raw.db);
    const clientIds = fixture.core.db.transaction(() =>
      Array.from({ length: clientCount }, (_, i) => insertDayClient(fixture.core.db, { firstName: `Ātrais${i}`, lastName: 'Klients' }, [1, 2, 3, 4, 5])),
    );
    const ctx = fixture.directContext(fixture.admin);
    return { core: fixture.core, ctx, raw, clientIds, days: await workingDaysBack(fixture.core, ctx, benchDay, 10), n: 0 };
  },
  baseline({ raw }) {
    raw.insert();
  },
  async subject(state) {
    const n = state.n++;
    const clientId = state.clientIds[n % clientCount] as number;
    const date = state.days[Math.floor(n / clientCount)];
    if (!date) throw new Error('check-in ran out of working days: give it more');
    const result = await state.core.dispatch('attendance.checkIn', { clientId, date, time: '08:30' }, state.ctx);
    if (!result.ok) throw new Error(`attendance.checkIn failed: ${result.error.code}`);
  },
});
