import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { convertToPdf, findOrInstallSoffice, writeSheetXlsx } from '../fixtures/libreoffice';
import { sheetBenchClients, sheetBenchMonth, sheetHostFixture } from '../fixtures/sheet-host';
import { defineScenario } from '../scenario';

/** The one part of the page's global the bench touches (the bench has no DOM types). */
type BrowserWindow = { location: { hash: string } };

interface State {
  page: Page;
  url: (n: number) => string;
  n: number;
  soffice: string;
  xlsx: string;
  outDir: string;
  profileDir: string;
}

/**
 * The monthly sheet of 200 clients from request to finished PDF in Chromium (the engine Electron
 * prints with), as staff do it in the running app: opening the print route (a hash navigation; the
 * sheet's data is always fetched anew, see renderer/src/features/print/fresh-for-print.ts), layout of
 * about 9 pages, and `page.pdf()`. Against LibreOffice converting the same grid, saved as XLSX, to PDF.
 * Issue 6 asks for ≤ 1.5 s (held at p95) and faster than LibreOffice (budget 1×). Leaving the previous
 * preview is not part of a request, so it happens untimed, in `beforeSubject`.
 * Each call takes seconds, so few iterations: 200 would keep the bench busy for over ten minutes.
 */
export default defineScenario<State>({
  id: 'month-sheet-pdf',
  name: `monthly sheet PDF, ${sheetBenchClients} clients: print route + page.pdf (Chromium)`,
  baselineName: 'soffice --headless --convert-to pdf of the same grid as XLSX',
  budget: 1,
  maxP95Ms: 1500,
  warmup: 1,
  iterations: 8,
  async setup(env) {
    const soffice = findOrInstallSoffice();
    const host = await sheetHostFixture(env);
    // The app is open and logged in, as on the manager's PC before they open the sheet.
    await host.page.goto(`${host.baseUrl}/#/home`);
    await host.page.getByRole('navigation').first().waitFor();
    const outDir = path.join(env.dir, 'sheet-pdf');
    const profileDir = path.join(env.dir, 'soffice-profile');
    fs.mkdirSync(outDir, { recursive: true });
    const xlsx = path.join(outDir, 'sheet.xlsx');
    await writeSheetXlsx(host.sheet, xlsx);
    // The first soffice start creates its profile: not part of a conversion.
    convertToPdf(soffice, xlsx, outDir, profileDir);
    return {
      page: host.page,
      url: () => `#/print/attendance/${sheetBenchMonth}?service=day-care&lang=lv`,
      n: 0,
      soffice,
      xlsx,
      outDir,
      profileDir,
    };
  },
  baseline(state) {
    convertToPdf(state.soffice, state.xlsx, state.outDir, state.profileDir);
  },
  async beforeSubject(state) {
    // Back on the sheets page, untimed, so each call mounts the preview anew as opening it from the menu does.
    await state.page.evaluate(() => ((globalThis as unknown as BrowserWindow).location.hash = '#/sheets'));
    await state.page.locator('section.print-sheet').first().waitFor({ state: 'detached' });
  },
  async subject(state) {
    await state.page.evaluate((hash) => ((globalThis as unknown as BrowserWindow).location.hash = hash), state.url(++state.n));
    // The pages render at once, after the preview has measured how many rows an A4 page holds.
    await state.page.locator('.print-document section.print-sheet').last().waitFor();
    const pdf = await state.page.pdf({ format: 'A4', landscape: true, printBackground: true, preferCSSPageSize: true });
    if (pdf.length < 10_000) throw new Error('Chromium produced an empty PDF');
  },
});
