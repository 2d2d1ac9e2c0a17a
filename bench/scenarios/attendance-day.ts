import { daySql } from '#db/queries/attendance';
import type { Statement } from 'better-sqlite3';
import { bigCentreFixture, type BigCentre } from '../fixtures/big-centre';
import { defineScenario } from '../scenario';

interface State {
  centre: BigCentre;
  bareDay: Statement;
  turn: number;
}

/**
 * The day board on ten years of data: `attendance.day` through the dispatcher (the decisions of the date,
 * the day's attendance rows by the date index, the clients' cards, zod on the way out) against a bare
 * prepared read of that day's attendance rows. The budget is the issue's: p95 at most 20 ms.
 */
export default defineScenario<State>({
  id: 'attendance-day',
  name: "day board: core.dispatch('attendance.day'), 600 clients, ≈2M rows",
  baselineName: 'bare prepared SELECT of the day’s attendance rows',
  maxP95Ms: 20,
  warmup: 20,
  iterations: 300,
  async setup(env) {
    const centre = await bigCentreFixture(env);
    const sqlite = centre.core.db.$client;
    const plan = sqlite.prepare(`EXPLAIN QUERY PLAN ${daySql}`).all({ date: '2024-05-14', weekday: '2' }) as { id: number; parent: number; detail: string }[];
    const depth = new Map<number, number>([[0, 0]]);
    const lines = plan.map((step) => {
      const level = (depth.get(step.parent) ?? 0) + 1;
      depth.set(step.id, level);
      return `  ${'  '.repeat(level)}${step.detail}`;
    });
    console.log(`\nattendance.day on ${centre.rows.toLocaleString('en')} attendance rows; query plan:\n${lines.join('\n')}\n`);
    return { centre, bareDay: sqlite.prepare('SELECT * FROM attendance WHERE date = ?'), turn: 0 };
  },
  baseline(state) {
    state.bareDay.all(state.centre.dates[state.turn++ % state.centre.dates.length]);
  },
  async subject(state) {
    const date = state.centre.dates[state.turn++ % state.centre.dates.length];
    const result = await state.centre.core.dispatch('attendance.day', { date }, state.centre.ctx);
    if (!result.ok) throw new Error(`attendance.day failed: ${result.error.code}`);
  },
});
