import ExcelJS from 'exceljs';
import { createCore, type Core } from '#core/core';
import { callContext } from '#core/testing/test-core';
import { addClient, addDay, addDecision, addExemption, addPrice } from '#core/testing/billing-fixtures';
import { monthDates, isoWeekday } from '#shared/domain/month';
import { benchClock } from '../fixtures/bench-clock';
import { defineScenario } from '../scenario';

interface State {
  core: Core;
  ctx: ReturnType<typeof callContext>;
  confirmed: string[];
  /** The statement's rows as plain values, for the baseline. */
  rows: (string | number | Date)[][];
}

const month = '2026-10';
const payer = 'LV-aizkraukle';

/**
 * The monthly statement of a 200-client month as XLSX through `core.dispatch('exports.statement')`
 * (reconciliation, every billable unit priced, the audit row, the workbook with a summary and a sheet per
 * unit) against writing the same rows with exceljs alone. The budget: p95 at most 300 ms.
 */
export default defineScenario<State>({
  id: 'statement-xlsx',
  name: "statement: core.dispatch('exports.statement', xlsx), 200 clients × a month",
  baselineName: 'the same rows written with exceljs alone',
  maxP95Ms: 300,
  warmup: 5,
  iterations: 200,
  async setup() {
    const core = createCore({ now: benchClock });
    const ctx = callContext(core, 'lv');
    const setup = await core.dispatch(
      'setup.initialise',
      { centre: { name: 'Bench', country: 'LV', municipality: 'LV-aizkraukle', language: 'lv' }, admin: { username: 'bench', fullName: 'Bench Admin', password: 'bench-parole-2026' } },
      ctx,
    );
    if (!setup.ok) throw new Error(setup.error.code);
    const login = await core.dispatch('auth.login', { username: 'bench', password: 'bench-parole-2026' }, ctx);
    if (!login.ok) throw new Error(login.error.code);
    const db = core.db;
    addPrice(db, { unit: 'care-day-8h', cents: 1450 });
    addPrice(db, { unit: 'dementia-day', cents: 2100 });
    addPrice(db, { unit: 'meal-lunch', cents: 320 });
    const days = monthDates(month).filter((d) => isoWeekday(d) <= 5);
    db.$client.transaction(() => {
      for (let i = 0; i < 200; i++) {
        const client = addClient(db, `Vārds${i}`, `Uzvārds${i}`);
        addDecision(db, client, { from: '2026-01-01', service: i % 4 === 1 ? 'dementia-day-centre' : 'day-care', copayPercent: i % 3 === 0 ? 25 : null, unitsPerMonth: 23 });
        if (i % 7 === 3) addExemption(db, client, `${month}-10`, '2027-03-31');
        for (const [k, date] of days.entries()) {
          if ((i + k) % 9 === 0) addDay(db, client, date, { status: 'absent', reason: (i + k) % 2 ? 'sick' : 'unexcused' });
          else addDay(db, client, date, { status: 'present', meals: ['lunch'] });
        }
      }
    })();
    const warnings = await core.dispatch('billing.reconcile', { month }, ctx);
    if (!warnings.ok) throw new Error(warnings.error.code);
    const confirmed = (warnings.data as { warnings: { key: string }[] }).warnings.map((w) => w.key);
    const first = await core.dispatch('exports.statement', { month, payer, format: 'xlsx', language: 'lv', confirmed }, ctx);
    if (!first.ok) throw new Error(first.error.code);
    const lines = (first.data as { statement: { lines: { client: string; personalCode: string | null; decisionNumber: string; service: string; unitName: string; from: string; to: string; units: number; unitPriceCents: number; amountCents: number; vatRateBp: number; vatCents: number; grossCents: number; clientShareCents: number; municipalityShareCents: number }[] } }).statement.lines;
    console.log(`\nstatement of ${month}: ${lines.length} lines\n`);
    const rows = lines.map((l, i) => [
      i + 1, l.client, l.personalCode ?? '', l.decisionNumber, l.service, l.unitName, new Date(`${l.from}T00:00:00Z`), new Date(`${l.to}T00:00:00Z`),
      l.units, l.unitPriceCents / 100, l.amountCents / 100, l.vatRateBp / 100, l.vatCents / 100, l.grossCents / 100, l.clientShareCents / 100, l.municipalityShareCents / 100, '',
    ]);
    return { core, ctx, confirmed, rows };
  },
  async baseline(state) {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Lines');
    for (const row of state.rows) sheet.addRow(row);
    await book.xlsx.writeBuffer();
  },
  async subject(state) {
    const result = await state.core.dispatch('exports.statement', { month, payer, format: 'xlsx', language: 'lv', confirmed: state.confirmed }, state.ctx);
    if (!result.ok) throw new Error(`exports.statement failed: ${result.error.code}`);
  },
  teardown(state) {
    state.core.close();
  },
});
