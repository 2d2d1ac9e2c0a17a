import type { ReactNode } from 'react';
import { paginate } from './paginate';
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
  rowsPerPage: number;
  stamp?: string | null;
  footer: (page: PageAt) => ReactNode;
  children: (rows: Row[], page: PageAt) => ReactNode;
}

/** A printed document: its rows split into A4 pages, each a PrintSheet with the same header and its own footer. */
export function PrintPages<Row>({ t, title, meta, rows, rowsPerPage, stamp, footer, children }: PrintPagesProps<Row>) {
  const pages = paginate(rows, rowsPerPage);
  return (
    <div className="print-document">
      {pages.map((pageRows, index) => {
        const page = { index, offset: index * rowsPerPage, last: index === pages.length - 1 };
        return (
          <PrintSheet key={index} t={t} title={title} meta={meta} page={index + 1} pages={pages.length} stamp={stamp} footer={footer(page)}>
            {children(pageRows, page)}
          </PrintSheet>
        );
      })}
    </div>
  );
}
