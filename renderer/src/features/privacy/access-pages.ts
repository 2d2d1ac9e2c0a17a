import type { AccessSection } from './access-sections';

/** A section's rows on one page; `continued` when the section began on an earlier page. */
export interface PageBlock {
  section: AccessSection;
  rows: string[][];
  continued: boolean;
}

/**
 * Heights on the A4 landscape sheet (print.css, access.css: 7pt text, rows at least 4.6 mm): the space
 * between the header and the footer, a section's title with its column headings, one wrapped line of a
 * cell, and how many characters of 7pt text fit in a millimetre of column (conservatively, so a page
 * never overflows).
 */
const pageMm = 140;
const headingMm = 10;
const rowMm = 4.6;
const lineMm = 3.1;
const charsPerMm = 0.5;

/** A row is as tall as its most wrapped cell. */
export function rowHeight(section: AccessSection, row: string[]): number {
  const lines = Math.max(1, ...row.map((cell, i) => Math.ceil(cell.length / Math.max(1, (section.columns[i]?.mm ?? 20) * charsPerMm))));
  return Math.max(rowMm, lines * lineMm + 1.5);
}

/**
 * Splits the sections into pages by height, not by row count: an address or a note wraps, a date does
 * not. A section that starts near the bottom of a page starts on the next one with its title; an
 * empty section still shows its title and "no records".
 */
export function pageBlocks(sections: readonly AccessSection[]): PageBlock[][] {
  const pages: PageBlock[][] = [[]];
  let used = 0;
  const page = () => pages[pages.length - 1] as PageBlock[];
  const newPage = () => {
    pages.push([]);
    used = 0;
  };
  for (const section of sections) {
    let block: PageBlock | null = null;
    if (section.rows.length === 0) {
      if (used + headingMm + rowMm > pageMm && page().length > 0) newPage();
      page().push({ section, rows: [], continued: false });
      used += headingMm + rowMm;
      continue;
    }
    for (const row of section.rows) {
      const height = rowHeight(section, row);
      const need = block ? height : headingMm + height;
      if (used + need > pageMm && page().length > 0) {
        newPage();
        block = null;
      }
      if (!block) {
        block = { section, rows: [], continued: section.rows[0] !== row };
        page().push(block);
        used += headingMm;
      }
      block.rows.push(row);
      used += height;
    }
  }
  return pages;
}
