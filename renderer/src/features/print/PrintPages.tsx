import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { measurePageFit, type PageFit } from './page-fit';
import { paginate, paginateWithClosing } from './paginate';
import { PrintSheet } from './PrintSheet';
import type { DocumentT } from './use-document-t';

/** Where a page's rows stand in the document: for row numbers and for what only the last page carries. */
export interface PageAt {
  index: number;
  /** Number of the page's first row, minus one. */
  offset: number;
  last: boolean;
}

interface PrintPagesProps<Row> {
  t: DocumentT;
  title: string;
  meta: ReactNode;
  rows: readonly Row[];
  /** A fixed number of rows per page; without it, pages are filled to what an A4 page holds (measured). */
  rowsPerPage?: number;
  stamp?: string | null;
  /** What every page carries at its foot (a legend). */
  footer?: (page: PageAt) => ReactNode;
  /** What follows the last rows on the last page only (totals, signatures): never alone on a page. */
  closing?: ReactNode;
  children: (rows: Row[], page: PageAt) => ReactNode;
}

interface Measured<Row> {
  rows: readonly Row[];
  t: DocumentT;
  stamp: string | null | undefined;
  fit: PageFit;
}

/**
 * A printed document: its rows split into A4 pages, each a PrintSheet with the same header and its own
 * footer. Unless told how many rows a page holds, it first lays out one probe page holding every row,
 * measures it before the browser paints (useLayoutEffect), and only then renders the real pages.
 */
export function PrintPages<Row>({ t, title, meta, rows, rowsPerPage, stamp, footer, closing, children }: PrintPagesProps<Row>) {
  const probeRef = useRef<HTMLDivElement>(null);
  const [measured, setMeasured] = useState<Measured<Row> | null>(null);
  const measuring = rowsPerPage === undefined && rows.length > 0;
  const fit = measured && measured.rows === rows && measured.t === t && measured.stamp === stamp ? measured.fit : null;

  useLayoutEffect(() => {
    const probe = probeRef.current?.firstElementChild;
    if (!measuring || fit || !(probe instanceof HTMLElement)) return;
    // Layout read from the DOM: a second render before paint is the point, not a cascade.
    setMeasured({ rows, t, stamp, fit: measurePageFit(probe) });
  }, [measuring, fit, rows, t, stamp]);

  const foot = (page: PageAt) => (
    <>
      {footer?.(page)}
      {page.last && closing !== undefined && <div className="print-closing">{closing}</div>}
    </>
  );
  if (measuring && !fit) {
    const page = { index: 0, offset: 0, last: true };
    return (
      <div ref={probeRef}>
        <PrintSheet t={t} title={title} meta={meta} page={1} pages={1} stamp={stamp} footer={foot(page)} probe>
          {children([...rows], page)}
        </PrintSheet>
      </div>
    );
  }
  const pages = fit ? paginateWithClosing(rows, fit.perPage, fit.lastPage) : paginate(rows, rowsPerPage ?? Math.max(rows.length, 1));
  // Row numbers run on across pages; pages may differ in length (the last one, and the one before it).
  const offsets = pages.map((_, index) => pages.slice(0, index).reduce((sum, p) => sum + p.length, 0));
  return (
    <div className="print-document">
      {pages.map((pageRows, index) => {
        const page = { index, offset: offsets[index] ?? 0, last: index === pages.length - 1 };
        return (
          <PrintSheet key={index} t={t} title={title} meta={meta} page={index + 1} pages={pages.length} stamp={stamp} footer={foot(page)}>
            {children(pageRows, page)}
          </PrintSheet>
        );
      })}
    </div>
  );
}
