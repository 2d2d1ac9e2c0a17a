import { createEnv } from './scenario';
import { sheetHostFixture, sheetBenchMonth } from './fixtures/sheet-host';
const env = createEnv();
const host = await sheetHostFixture(env);
const page = host.page;
await page.goto(`${host.baseUrl}/#/home`);
await page.getByRole('navigation').first().waitFor();
type W = { location: { hash: string } };
async function open() {
  await page.evaluate(() => ((globalThis as unknown as W).location.hash = '#/home'));
  await page.locator('section.print-sheet').first().waitFor({ state: 'detached' });
  const t = performance.now();
  await page.evaluate((hash) => ((globalThis as unknown as W).location.hash = hash), `#/print/attendance/${sheetBenchMonth}?service=day-care&lang=lv`);
  await page.locator('section.print-sheet').nth(9).waitFor();
  return performance.now() - t;
}
async function pdf() { const t = performance.now(); const b = await page.pdf({ format: 'A4', landscape: true, printBackground: true, preferCSSPageSize: true }); return [performance.now() - t, b.length]; }
const variants: Record<string, string> = {
  none: '',
  overflowNameOnly: '.print-grid th, .print-grid td { overflow: visible !important; } .print-grid td.print-name, .print-grid td.print-code { overflow: hidden !important; }',
  noOverflow: '.print-grid th, .print-grid td { overflow: visible !important; }',
  noOverflowNoShade: '.print-grid th, .print-grid td { overflow: visible !important; } .print-grid .shaded { background: none !important; }',
  noOverflowNoBorder: '.print-grid th, .print-grid td { overflow: visible !important; border: none !important; }',
};
const res: Record<string, number[]> = {}; const opens: number[] = [];
for (let i = 0; i < 6; i++) for (const [k, css] of Object.entries(variants)) {
  opens.push(await open());
  const tag = css ? await page.addStyleTag({ content: css }) : null;
  const [ms, size] = await pdf(); (res[k] ??= []).push(ms as number);
  if (i === 0) console.log(k, 'size', size);
  if (tag) await tag.evaluate((e) => (e as unknown as { remove(): void }).remove());
}
const med = (a: number[]) => [...a].sort((x, y) => x - y)[a.length >> 1]!.toFixed(0);
console.log('open median', med(opens));
for (const [k, v] of Object.entries(res)) console.log(k.padEnd(20), 'median', med(v), v.map((x) => x.toFixed(0)).join(' '));
await env.close();
