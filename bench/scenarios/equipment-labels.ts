import type { Page } from '@playwright/test';
import { insertItem } from '#db/queries/equipment-items';
import { browserHostFixture } from '../fixtures/browser-host';
import { defineScenario, type BenchEnv } from '../scenario';

/** The one part of the page's global the bench touches (the bench has no DOM types). */
type BrowserWindow = { location: { hash: string } };

const labelCount = 400;
const projectItems = 300;
const projectCode = 'BENCH-EU-001';

interface State {
  page: Page;
  plain: Page;
  route: string;
  /** Waits until the subject's document is laid out. */
  ready: (page: Page) => Promise<unknown>;
  landscape: boolean;
}

/** A centre with 400 items, 300 of them from one EU project, open in Chromium on the manager's PC. */
async function equipmentHost(env: BenchEnv) {
  const host = await browserHostFixture(env, {
    key: 'equipment-centre',
    centreName: 'Bench sociālās aprūpes centrs',
    manager: { username: 'bench.equipment', password: 'bench-parole-2026', fullName: 'Bench Vadītāja' },
    seed: (core) =>
      core.db.transaction((tx) => {
        const at = '2026-01-05T08:00:00.000Z';
        for (let i = 1; i <= labelCount; i += 1) {
          const project = i <= projectItems;
          insertItem(tx, {
            inventoryNumber: `PSAC-2021/${String(i).padStart(4, '0')}`,
            category: ['shower-chair', 'wheelchair', 'walker', 'washing-machine', 'hospital-bed'][i % 5]!,
            name: `Inventārs Nr. ${i} ar garāku nosaukumu`,
            location: `Telpa ${(i % 12) + 1}`,
            status: i % 17 === 0 ? 'in-storage' : 'in-use',
            purchaseDate: '2021-06-14',
            priceCents: 10_000 + i * 37,
            fundingSource: project ? 'eu-project' : 'own-budget',
            projectCode: project ? projectCode : null,
            projectName: project ? 'Care Closer 2 Home' : null,
            durabilityUntil: project ? '2026-11-30' : null,
            createdAt: at,
            updatedAt: at,
          });
        }
      }),
  });
  const page = await host.context.newPage();
  await page.goto(`${host.baseUrl}/#/equipment`);
  await page.getByRole('navigation').first().waitFor();
  return { host, page, plain: await host.context.newPage() };
}

/** A plain HTML table of `rows` × `columns` cells: what Chromium's `page.pdf()` costs without the app. */
async function plainTable(page: Page, rows: number, columns: number): Promise<void> {
  const cell = (r: number, c: number) => `<td>${c === 0 ? `PSAC-2021/${r}` : `Inventārs ${r}.${c}`}</td>`;
  const body = Array.from({ length: rows }, (_, r) => `<tr>${Array.from({ length: columns }, (_, c) => cell(r, c)).join('')}</tr>`).join('');
  await page.setContent(`<html><body><table border="1" style="border-collapse:collapse;font:8pt sans-serif">${body}</table></body></html>`);
}

function pdfScenario(kind: 'labels' | 'durability') {
  const labels = kind === 'labels';
  return defineScenario<State>({
    id: labels ? 'equipment-labels' : 'equipment-durability',
    name: labels
      ? `equipment QR labels, ${labelCount} on A4 3×8 sheets: print route + page.pdf (Chromium)`
      : `EU-project durability report, ${projectItems} items: print route + page.pdf (Chromium)`,
    baselineName: labels ? `page.pdf() of a plain table of ${labelCount} rows × 3 cells` : `page.pdf() of a plain table of ${projectItems} rows × 12 cells`,
    maxP95Ms: labels ? 1500 : 1000,
    warmup: 1,
    iterations: 8,
    async setup(env) {
      const { page, plain } = await env.shared(`equipment-host`, () => equipmentHost(env));
      await plainTable(plain, labels ? labelCount : projectItems, labels ? 3 : 12);
      const ids = Array.from({ length: labelCount }, (_, i) => i + 1).join(',');
      return {
        page,
        plain,
        route: labels ? `#/print/equipment-labels?ids=${ids}&layout=3x8&start=1&lang=lv` : `#/print/equipment-durability/${projectCode}?lang=lv`,
        ready: labels
          ? (p) => p.locator('section.label-sheet').nth(Math.ceil(labelCount / 24) - 1).locator('svg').first().waitFor()
          : (p) => p.locator('.print-document section.print-sheet').last().waitFor(),
        landscape: !labels,
      };
    },
    async baseline(state) {
      await state.plain.pdf({ format: 'A4', landscape: state.landscape, printBackground: true });
    },
    async beforeSubject(state) {
      await state.page.evaluate(() => ((globalThis as unknown as BrowserWindow).location.hash = '#/equipment'));
      await state.page.locator(labels ? 'section.label-sheet' : 'section.print-sheet').first().waitFor({ state: 'detached' });
    },
    async subject(state) {
      await state.page.evaluate((hash) => ((globalThis as unknown as BrowserWindow).location.hash = hash), state.route);
      await state.ready(state.page);
      const pdf = await state.page.pdf({ format: 'A4', landscape: state.landscape, printBackground: true, preferCSSPageSize: true });
      if (pdf.length < 10_000) throw new Error('Chromium produced an empty PDF');
    },
  });
}

export const equipmentLabels = pdfScenario('labels');
export const equipmentDurability = pdfScenario('durability');
export default equipmentLabels;
