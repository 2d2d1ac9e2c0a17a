import path from 'node:path';
import type { Statement } from 'better-sqlite3';
import { createCore, type Core } from '#core/core';
import { callContext, validSetup } from '#core/testing/test-core';
import { nextDueDate } from '#shared/domain/equipment-due';
import { addDays } from '#shared/domain/local-date';
import { addMonths } from '#shared/domain/equipment-due';
import { defineScenario } from '../scenario';

interface State {
  core: Core;
  ctx: ReturnType<typeof callContext>;
  bare: Statement;
  days: string[];
  turn: number;
}

const items = 5_000;
/** Each item's three schedules, as centres have them: a yearly inspection, yearly maintenance, a two-yearly safety inspection. */
const intervals = [12, 12, 24];
const historyYears = 10;
const today = '2026-12-07';

/** 5,000 items bought ten years ago, each schedule done on time for ten years (≈350,000 records). */
function seed(core: Core): number {
  const sqlite = core.db.$client;
  const at = `${today}T08:00:00.000Z`;
  const insertItem = sqlite.prepare("INSERT INTO equipment_item (inventory_number, category, name, status, purchase_date, created_at, updated_at) VALUES (?, 'other', ?, 'in-use', ?, ?, ?)");
  const insertSchedule = sqlite.prepare(
    "INSERT INTO equipment_schedule (item_id, title, kind, interval_unit, interval_value, starts_on, responsible_kind, supplier_name, blocks_use, last_done_on, next_due_on, created_at, updated_at) VALUES (?, ?, 'inspection', 'months', ?, ?, 'supplier', 'Serviss SIA', ?, ?, ?, ?, ?)",
  );
  const insertRecord = sqlite.prepare("INSERT INTO equipment_maintenance (item_id, schedule_id, done_on, performed_by, work, result, created_at) VALUES (?, ?, ?, 'Meistars', 'Pārbaude', 'ok', ?)");
  let records = 0;
  sqlite.transaction(() => {
    for (let i = 0; i < items; i++) {
      // Purchases spread over a year, so due dates spread over the year too.
      const purchased = addDays(`${2026 - historyYears}-01-01`, i % 365);
      const itemId = Number(insertItem.run(`INV-${String(i + 1).padStart(5, '0')}`, `Prece ${i + 1}`, purchased, at, at).lastInsertRowid);
      intervals.forEach((months, n) => {
        const dates: string[] = [];
        for (let done = addMonths(purchased, months); done <= today; done = addMonths(done, months)) dates.push(done);
        const last = dates.at(-1) ?? null;
        const rule = { intervalUnit: 'months' as const, intervalValue: months, startsOn: purchased };
        const scheduleId = Number(insertSchedule.run(itemId, `Grafiks ${n + 1}`, months, purchased, n === 2 ? 1 : 0, last, nextDueDate(rule, last), at, at).lastInsertRowid);
        for (const done of dates) insertRecord.run(itemId, scheduleId, done, at);
        records += dates.length;
      });
    }
  })();
  sqlite.exec('ANALYZE');
  return records;
}

/**
 * The due list over a large register: `equipment.due` through the dispatcher (one range read of the
 * schedules' kept due dates over a partial index, joined to the items, classified, zod on the way out)
 * against a bare indexed SELECT of the same schedules' due dates. The budget: p95 ≤ 20 ms.
 */
export default defineScenario<State>({
  id: 'equipment-due',
  name: "equipment.due: 5,000 items × 3 schedules, 10 years of maintenance",
  baselineName: 'bare indexed SELECT of the schedules due in the same window',
  maxP95Ms: 20,
  warmup: 20,
  iterations: 300,
  async setup(env) {
    const core = createCore({ dataDir: path.join(env.dir, 'equipment-due'), now: () => new Date(`${today}T10:00:00`), backupSchedule: false, loginThrottle: { baseMs: 0 } });
    env.onClose(() => core.close());
    const ctx = callContext(core, 'lv');
    const setup = await core.dispatch('setup.initialise', validSetup, ctx);
    if (!setup.ok) throw new Error(`setup failed: ${setup.error.code}`);
    const login = await core.dispatch('auth.login', { username: validSetup.admin.username, password: validSetup.admin.password }, ctx);
    if (!login.ok) throw new Error(`login failed: ${login.error.code}`);
    const records = seed(core);
    // The list as a centre opens it: on each of the coming 30 days, its records kept up to date until today.
    const days = Array.from({ length: 30 }, (_, n) => addDays(today, n));
    const bare = core.db.$client.prepare(
      'SELECT id, item_id, next_due_on FROM equipment_schedule WHERE active = 1 AND next_due_on IS NOT NULL AND next_due_on <= ? ORDER BY next_due_on',
    );
    const result = await core.dispatch('equipment.due', { asOf: today }, ctx);
    if (!result.ok) throw new Error(`equipment.due failed: ${result.error.code}`);
    const { totals } = result.data as { totals: Record<string, number> };
    console.log(`\nequipment.due on ${items.toLocaleString('en')} items, ${records.toLocaleString('en')} maintenance records; on ${today}: ${JSON.stringify(totals)}\n`);
    return { core, ctx, bare, days, turn: 0 };
  },
  baseline(state) {
    state.bare.all(addDays(state.days[state.turn++ % state.days.length]!, 90));
  },
  async subject(state) {
    const asOf = state.days[state.turn++ % state.days.length]!;
    const result = await state.core.dispatch('equipment.due', { asOf }, state.ctx);
    if (!result.ok) throw new Error(`equipment.due failed: ${result.error.code}`);
  },
});
