import type { APIRequestContext } from '@playwright/test';
import type { PdfCaller, PlatformPort } from '#core/platform';
import type { MonthlyPack } from '#shared/contract/municipal-reports';
import { browserHostFixture } from '../fixtures/browser-host';
import { packCentreMunicipality, packClients, packMonth, packPayers, seedPackCentre } from '../fixtures/pack-centre';
import { defineScenario } from '../scenario';

const manager = { username: 'bench.pack', password: 'bench-parole-2026', fullName: 'Bench Vadītāja' };
const sheetRoute = `/print/attendance/${packMonth}?service=day-care&lang=lv`;
/** Every PDF the pack must hold: a statement per payer and the attendance sheet of each service. */
const expectedPdfs = [
  ...packPayers.map((payer) => `statement-${payer}-${packMonth}.pdf`),
  `attendance-day-care-${packMonth}.pdf`,
  `attendance-dementia-day-centre-${packMonth}.pdf`,
];

interface State {
  request: APIRequestContext;
  pdfRenderer: NonNullable<PlatformPort['pdfRenderer']>;
  caller: PdfCaller;
  confirmed: string[];
}

type Answer = { ok: true; data: MonthlyPack } | { ok: false; error: { code: string } };

async function pack(state: State): Promise<MonthlyPack> {
  const response = await state.request.post('/api/exports.monthlyPack', {
    data: { month: packMonth, language: 'lv', confirmed: state.confirmed },
    headers: { 'x-caredesk-language': 'lv' },
    timeout: 120_000,
  });
  const answer = (await response.json()) as Answer;
  if (!answer.ok) throw new Error(`exports.monthlyPack failed: ${answer.error.code}`);
  const names = answer.data.files.map((f) => f.name);
  const missing = expectedPdfs.filter((name) => !names.includes(name));
  if (missing.length > 0) throw new Error(`the pack has no ${missing.join(', ')}: was it rendered without Chromium?`);
  if (answer.data.files.some((f) => f.name.endsWith('.pdf') && f.bytes < 5_000)) throw new Error('the pack holds an empty PDF');
  return answer.data;
}

/**
 * The whole monthly pack (issue 17, point 7, "≤ 5 s for 200 clients and 3 payers") as the browser host
 * makes it: the manager's `POST /api/exports.monthlyPack` to the real host, whose core renders the three
 * statement PDFs and the two attendance sheet PDFs in headless Chromium (`chromiumPdf`, as
 * electron/core/host/cli.ts wires it: one browser per pack, the print routes opened as the manager) besides
 * the XLSX, CSV, e-invoices, summary and zip. Against the day-care month sheet PDF alone through the same
 * renderer (its own Chromium started, one print route rendered, closed). Each call takes seconds: few iterations.
 */
export default defineScenario<State>({
  id: 'monthly-pack-pdf',
  name: `monthly pack with PDFs: POST /api/exports.monthlyPack, Chromium renderer, ${packClients} clients, ${packPayers.length} payers`,
  baselineName: 'the day-care month sheet PDF alone: the same pdfRenderer (launch, render, close)',
  maxP95Ms: 5000,
  warmup: 1,
  iterations: 6,
  async setup(env) {
    const host = await browserHostFixture(env, {
      key: 'pack-centre-pdf',
      centreName: 'Bench dienas centrs',
      municipality: packCentreMunicipality,
      manager,
      pdf: true,
      seed: seedPackCentre,
    });
    if (!host.pdfRenderer) throw new Error('the pack host has no PDF renderer');
    const request = host.context.request;
    // The manager confirms the month's reconciliation warnings first, as on the export page.
    const reconcile = (await (await request.post('/api/billing.reconcile', { data: { month: packMonth } })).json()) as
      | { ok: true; data: { warnings: { key: string }[] } }
      | { ok: false; error: { code: string } };
    if (!reconcile.ok) throw new Error(`billing.reconcile failed: ${reconcile.error.code}`);
    const staff = host.core.db.$client.prepare('SELECT id FROM staff WHERE username = ?').get(manager.username) as { id: number };
    const state: State = { request, pdfRenderer: host.pdfRenderer, caller: { staffId: staff.id, language: 'lv' }, confirmed: reconcile.data.warnings.map((w) => w.key) };
    const first = await pack(state);
    const pdfs = first.files.filter((f) => f.name.endsWith('.pdf'));
    console.log(`\nmonthly pack with PDFs ${packMonth}: ${first.files.length} files (${pdfs.length} PDFs, ${pdfs.reduce((s, f) => s + f.bytes, 0)} bytes), ${first.files.reduce((s, f) => s + f.bytes, 0)} bytes in all\n`);
    return state;
  },
  async baseline(state) {
    const renderer = await state.pdfRenderer(state.caller);
    try {
      const pdf = await renderer.renderPdf({ route: sheetRoute, title: `attendance-day-care-${packMonth}` });
      if (pdf.length < 5_000) throw new Error('Chromium produced an empty month sheet PDF');
    } finally {
      await renderer.close();
    }
  },
  async subject(state) {
    await pack(state);
  },
});
