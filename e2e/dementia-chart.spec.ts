import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import { test as base, expect, projectRoot } from './fixtures';
import { tr } from './locales';
import { DementiaPage } from './pages/dementia-page';
import { admin, centre, logIn } from './steps';

/**
 * Issue 14, the participant's chart: a client with about five years of observations (1,200 group days,
 * seeded through the services before the host starts). In lv, lt and ru the participant's page switches to
 * five years; the time from the click to the chart's last point drawn is measured in the page (the bench
 * reports the figure: bench/scenarios/dementia-chart.ts), and a screenshot of the chart is checked by its
 * pixels: both lines' colours plotted across the chart, behaviour marks present, the axis labels not blank.
 */
const today = '2026-03-09';
let seeded: { dir: string; clientId: number } | undefined;

const test = base.extend<{ dataDir: string }>({
  dataDir: [
    async ({ dataDir }, use) => {
      // Seeding 1,200 days takes a while: once per worker, then a copy of the data folder for each test.
      if (!seeded) {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'caredesk-chart-seed-'));
        const out = execFileSync(path.join(projectRoot, 'node_modules', '.bin', 'tsx'), ['e2e/dementia-chart-seed.cli.ts', dir, JSON.stringify({ centreName: centre.name, admin }), today], { cwd: projectRoot, encoding: 'utf8' });
        seeded = { dir, clientId: Number(out.trim()) };
      }
      fs.cpSync(seeded.dir, dataDir, { recursive: true });
      await use(dataDir);
    },
    { scope: 'test', timeout: 240_000 },
  ],
});

// The whole test, its fixtures (the seed above) included.
test.describe.configure({ timeout: 360_000 });
test.use({ testToday: today });

type ChartWindow = { chartDrawnAt?: number; chartClickAt?: number };

for (const language of ['lv', 'lt', 'ru'] as const) {
  test(`${language}: a participant's five years of observations as a chart, drawn fast and visible in a screenshot`, async ({ page }, testInfo) => {
    const shell = await logIn(page);
    if (language !== 'lv') await shell.switchLanguage(language);
    const d = new DementiaPage(page, language);
    await page.goto(`/#/dementia/clients/${seeded!.clientId}`);
    await expect(d.chart.locator('svg .recharts-line')).toHaveCount(3);

    // From the click on "5 years" to the last point of the mood line drawn: the history loads (one call)
    // and the chart draws its weekly points. The page records both moments itself.
    await page.evaluate(() => {
      const w = window as unknown as ChartWindow;
      delete w.chartDrawnAt;
      document.addEventListener('click', () => (w.chartClickAt = performance.now()), { capture: true, once: true });
      const observer = new MutationObserver(() => {
        // The mood line of five years holds over 200 points (weekly means); 90 days hold at most 90.
        const line = document.querySelector('[data-testid="observation-chart-region"] .recharts-line-curve');
        const segments = (line?.getAttribute('d') ?? '').split('L').length;
        if (w.chartClickAt !== undefined && segments > 200) {
          w.chartDrawnAt = performance.now();
          observer.disconnect();
        }
      });
      observer.observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    await page.getByText(tr(language, 'dementia:chart.years5'), { exact: true }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as ChartWindow).chartDrawnAt !== undefined), { timeout: 30_000 }).toBe(true);
    const drawnMs = await page.evaluate(() => {
      const w = window as unknown as ChartWindow;
      return w.chartDrawnAt! - w.chartClickAt!;
    });
    testInfo.annotations.push({ type: 'chart-5-years-ms', description: drawnMs.toFixed(1) });
    // The weekly means of 1,200 days: about 240 points, the behaviour weeks kept as marks.
    expect(await d.chart.locator('svg circle.behaviour-mark').count()).toBeGreaterThan(20);

    // The screenshot of the chart region, checked by its pixels and attached to the report.
    await page.mouse.move(0, 0);
    const shot = await d.chart.screenshot({ animations: 'disabled' });
    await testInfo.attach(`chart-5-years-${language}.png`, { body: shot, contentType: 'image/png' });
    const png = PNG.sync.read(shot);
    const colours = await page.evaluate(() => {
      const probe = document.createElement('div');
      document.body.appendChild(probe);
      const rgb = (name: string) => {
        probe.style.color = `var(${name})`;
        return getComputedStyle(probe).color.match(/\d+/g)!.slice(0, 3).map(Number);
      };
      const result = { mood: rgb('--mantine-color-teal-7'), engagement: rgb('--mantine-color-blue-7'), behaviour: rgb('--mantine-color-red-7') };
      probe.remove();
      return result;
    });
    const near = (x: number, y: number, [r, g, b]: number[]) => {
      const i = (y * png.width + x) * 4;
      return Math.abs(png.data[i]! - r!) + Math.abs(png.data[i + 1]! - g!) + Math.abs(png.data[i + 2]! - b!) < 60;
    };
    const count = (colour: number[], x0 = 0, x1 = png.width) => {
      let n = 0;
      for (let y = 0; y < png.height; y++) for (let x = x0; x < x1; x++) if (near(x, y, colour)) n++;
      return n;
    };
    // Each line is plotted, across the whole width (its left and right thirds both hold its colour).
    for (const [series, colour] of Object.entries(colours)) {
      expect.soft(count(colour), `${series} pixels`).toBeGreaterThan(series === 'behaviour' ? 100 : 400);
    }
    for (const colour of [colours.mood, colours.engagement]) {
      expect.soft(count(colour, 0, Math.floor(png.width / 3))).toBeGreaterThan(50);
      expect.soft(count(colour, Math.floor((png.width * 2) / 3), png.width)).toBeGreaterThan(50);
    }
    // The axis labels: the strip left of the plot and the strip under it are not blank (dark text pixels).
    const dark = (x0: number, x1: number, y0: number, y1: number) => {
      let n = 0;
      for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) if (near(x, y, [70, 70, 70]) || near(x, y, [134, 142, 150])) n++;
      return n;
    };
    const box = (await d.chart.locator('.recharts-cartesian-grid').boundingBox())!;
    const region = (await d.chart.boundingBox())!;
    const plotLeft = Math.round(box.x - region.x);
    const plotBottom = Math.round(box.y - region.y + box.height);
    expect.soft(dark(0, Math.max(1, plotLeft), 0, plotBottom), 'y-axis labels').toBeGreaterThan(20);
    expect.soft(dark(plotLeft, png.width, plotBottom, Math.min(png.height, plotBottom + 30)), 'x-axis labels').toBeGreaterThan(50);
    // The legend names both lines in the page's language.
    for (const key of ['dementia:obs.mood', 'dementia:obs.engagement']) await expect(d.chart.getByText(tr(language, key), { exact: true }).first()).toBeVisible();
  });
}
