import ExcelJS from 'exceljs';
import { createCore, type Core } from '#core/core';
import { callContext } from '#core/testing/test-core';
import { addClient, addDay, addDecision } from '#core/testing/billing-fixtures';
import { isoWeekday, monthDates } from '#shared/domain/month';
import type { MonthlyPack, YearlyStatistics } from '#shared/contract/municipal-reports';
import { benchClock } from '../fixtures/bench-clock';
import { packCentreMunicipality, packMonth, packPayers, seedPackCentre } from '../fixtures/pack-centre';
import { defineScenario } from '../scenario';

interface State {
  core: Core;
  ctx: ReturnType<typeof callContext>;
  /** The rows the subject's workbook holds, as plain values, for the exceljs-alone baseline. */
  rows: (string | number)[][];
}

async function benchCore(): Promise<{ core: Core; ctx: ReturnType<typeof callContext> }> {
  const core = createCore({ now: benchClock });
  const ctx = callContext(core, 'lv');
  const setup = await core.dispatch(
    'setup.initialise',
    { centre: { name: 'Bench', country: 'LV', municipality: packCentreMunicipality, language: 'lv' }, admin: { username: 'bench', fullName: 'Bench Admin', password: 'bench-parole-2026' } },
    ctx,
  );
  if (!setup.ok) throw new Error(setup.error.code);
  const login = await core.dispatch('auth.login', { username: 'bench', password: 'bench-parole-2026' }, ctx);
  if (!login.ok) throw new Error(login.error.code);
  return { core, ctx };
}

const year = 2025;

/**
 * The yearly statistics (issue 17, point 5) of a 600-client centre with 10 years of records (decisions
 * that start, end and renew, about 90 present days per client a year): `exports.yearlyStatistics` as
 * XLSX through the dispatcher, against exceljs writing the same figure and client rows alone. Budget: 1 s.
 */
export const yearlyStatistics = defineScenario<State>({
  id: 'yearly-statistics',
  name: "yearly statistics: core.dispatch('exports.yearlyStatistics', xlsx), 600 clients × 10 years",
  baselineName: 'the same rows written with exceljs alone',
  maxP95Ms: 1000,
  warmup: 2,
  iterations: 20,
  async setup() {
    const { core, ctx } = await benchCore();
    const db = core.db;
    const sexes = ['male', 'female', null] as const;
    db.$client.transaction(() => {
      for (let i = 0; i < 600; i++) {
        const client = addClient(db, `Vārds${i}`, `Uzvārds${i}`);
        db.$client.prepare('UPDATE clients SET sex = ?, birth_date = ? WHERE id = ?').run(sexes[i % 3], `${1930 + (i % 60)}-0${1 + (i % 9)}-15`, client);
        const start = 2016 + (i % 10);
        addDecision(db, client, { from: `${start}-0${1 + (i % 9)}-01`, to: i % 4 === 0 ? `${Math.min(start + 2, 2026)}-06-30` : null, service: i % 5 === 1 ? 'dementia-day-centre' : 'day-care', number: `SD-${i}-a` });
        if (i % 4 === 0) addDecision(db, client, { from: `${Math.min(start + 2, 2026)}-07-01`, to: null, number: `SD-${i}-b` });
        for (let y = start; y <= 2025; y++) {
          for (let m = 1; m <= 12; m += 1) {
            const month = `${y}-${String(m).padStart(2, '0')}`;
            for (const [k, date] of monthDates(month).entries()) {
              if (isoWeekday(date) > 5 || (i + k) % 3 !== 0) continue;
              addDay(db, client, date, { status: 'present', meals: ['lunch'] });
            }
          }
        }
      }
    })();
    const first = await core.dispatch('exports.yearlyStatistics', { year, language: 'lv', format: 'xlsx' }, ctx);
    if (!first.ok) throw new Error(first.error.code);
    const stats = (first.data as { statistics: YearlyStatistics }).statistics;
    const days = db.$client.prepare('SELECT count(*) AS n FROM attendance').get() as { n: number };
    console.log(`\nyearly statistics ${year}: ${stats.figures.served.count} clients served, ${stats.figures.clientDays.count} client-days, ${days.n} attendance rows in the database\n`);
    const rows: (string | number)[][] = [
      ...Object.entries(stats.figures).map(([key, f]) => [key, f.count]),
      ...Object.entries(stats.figures).flatMap(([key, f]) => f.clientIds.map((id) => [key, stats.clients.find((c) => c.id === id)?.name ?? '', id])),
    ];
    return { core, ctx, rows };
  },
  async baseline(state) {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Statistika');
    for (const row of state.rows) sheet.addRow(row);
    await book.xlsx.writeBuffer();
  },
  async subject(state) {
    const result = await state.core.dispatch('exports.yearlyStatistics', { year, language: 'lv', format: 'xlsx' }, state.ctx);
    if (!result.ok) throw new Error(`exports.yearlyStatistics failed: ${result.error.code}`);
  },
  teardown: (state) => state.core.close(),
});

const month = packMonth;
const payers = packPayers;

/**
 * The whole monthly pack (issue 17, point 7) for 200 clients and 3 paying municipalities in the browser
 * host's form (no platform PDF renderer: statements as XLSX and CSV, three e-invoices, the summary, the
 * zip), against exceljs writing the statements' rows alone. Budget: 5 s. The same pack with its PDFs,
 * rendered in Chromium as the browser host does, is `monthly-pack-pdf` (municipal-pack-pdf.ts).
 */
export const monthlyPack = defineScenario<State & { confirmed: string[] }>({
  id: 'monthly-pack',
  name: "monthly pack: core.dispatch('exports.monthlyPack'), 200 clients, 3 payers",
  baselineName: 'the statements’ rows written with exceljs alone',
  maxP95Ms: 5000,
  warmup: 1,
  iterations: 10,
  async setup() {
    const { core, ctx } = await benchCore();
    const db = core.db;
    seedPackCentre(core);
    // The manager confirms the month's reconciliation warnings first, as on the export page.
    const reconcile = await core.dispatch('billing.reconcile', { month }, ctx);
    if (!reconcile.ok) throw new Error(reconcile.error.code);
    const confirmed = (reconcile.data as { warnings: { key: string }[] }).warnings.map((w) => w.key);
    const first = await core.dispatch('exports.monthlyPack', { month, language: 'lv', confirmed }, ctx);
    if (!first.ok) throw new Error(first.error.code);
    const pack = first.data as MonthlyPack;
    console.log(`\nmonthly pack ${month}: ${pack.files.length} files, ${pack.files.reduce((s, f) => s + f.bytes, 0)} bytes\n`);
    const rows = db.$client
      .prepare("SELECT c.last_name || ' ' || c.first_name AS name, a.date, a.status FROM attendance a JOIN clients c ON c.id = a.client_id WHERE a.date LIKE ?")
      .all(`${month}-%`)
      .map((r) => Object.values(r as Record<string, string>));
    return { core, ctx, rows, confirmed };
  },
  async baseline(state) {
    for (const payer of payers) {
      const book = new ExcelJS.Workbook();
      const sheet = book.addWorksheet(payer);
      for (const row of state.rows) sheet.addRow(row);
      await book.xlsx.writeBuffer();
    }
  },
  async subject(state) {
    const result = await state.core.dispatch('exports.monthlyPack', { month, language: 'lv', confirmed: state.confirmed }, state.ctx);
    if (!result.ok) throw new Error(`exports.monthlyPack failed: ${result.error.code}`);
  },
  teardown: (state) => state.core.close(),
});
