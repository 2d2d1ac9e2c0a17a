import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import type { TestInfo } from '@playwright/test';
import { Translated } from './translated';

/** A print preview (`#/print/…`): its toolbar, the month-closing panel, the printed pages, and its PDF. */
export class PrintPreview extends Translated {
  async openSheet(month: string, service: string, lang: string): Promise<void> {
    await this.page.goto(`/#/print/attendance/${month}?service=${service}&lang=${lang}`);
  }
  async openDayList(date: string, lang: string): Promise<void> {
    await this.page.goto(`/#/print/day/${date}?lang=${lang}`);
  }
  async openSessionList(sessionId: number | string, lang: string): Promise<void> {
    await this.page.goto(`/#/print/session/${sessionId}?lang=${lang}`);
  }
  /** The printed pages, each a region named "page x of y" in the document's language. */
  get sheets() {
    return this.page.locator('section.print-sheet');
  }
  /** Day-number header cells of the grid that are shaded (weekends, holidays, centre days off). */
  get shadedDayNumbers() {
    return this.page.locator('.print-sheet').first().locator('thead tr').first().locator('th.shaded');
  }
  get printLanguage() {
    return this.page.getByLabel(this.t('sheets:toolbar.language'), { exact: true });
  }
  get printButton() {
    return this.page.getByRole('button', { name: this.t('sheets:toolbar.print'), exact: true });
  }
  get closingPanel() {
    return this.page.getByRole('region', { name: this.t('sheets:closing.title'), exact: true });
  }
  get closeMonthButton() {
    return this.closingPanel.getByRole('button', { name: this.t('sheets:closing.close'), exact: true });
  }
  get reopenButton() {
    return this.closingPanel.getByRole('button', { name: this.t('sheets:closing.reopen'), exact: true });
  }
  get reopenReason() {
    return this.closingPanel.getByLabel(this.t('sheets:closing.reason'));
  }
  get problemHeading() {
    return this.page.getByRole('heading', { level: 1, name: this.t('sheets:problem.title'), exact: true });
  }

  /**
   * Prints the page as Chromium would (A4 landscape from the page's @page rule) and returns the PDF's
   * text (whitespace collapsed), its layout text, the text of each page (pdftotext ends each with a form
   * feed), the page count and the PDF's title.
   */
  async pdfText(testInfo: TestInfo, name: string): Promise<{ text: string; layout: string; pageTexts: string[]; pages: number; title: string }> {
    const file = testInfo.outputPath(`${name}.pdf`);
    fs.writeFileSync(file, await this.page.pdf({ format: 'A4', landscape: true, printBackground: true, preferCSSPageSize: true }));
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    const layout = execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', file, '-'], { encoding: 'utf8' });
    const info = execFileSync('pdfinfo', ['-enc', 'UTF-8', file], { encoding: 'utf8' });
    const pageTexts = text.split('\f').slice(0, -1).map((page) => page.replace(/\s+/g, ' '));
    return {
      text: text.replace(/\s+/g, ' '),
      layout,
      pageTexts,
      pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]),
      title: /^Title:\s+(.*)$/m.exec(info)?.[1]?.trim() ?? '',
    };
  }
}
