import type { ReactNode } from 'react';
import type { DocumentT } from './use-document-t';

interface PrintSheetProps {
  t: DocumentT;
  title: string;
  /** Lines under the title: centre, service, month or date. */
  meta: ReactNode;
  page: number;
  pages: number;
  stamp?: string | null;
  children: ReactNode;
  footer: ReactNode;
  /** The measuring copy (see page-fit.ts): laid out off screen, never shown, printed or read out. */
  probe?: boolean;
}

/** One printed A4 page: header with "page x of y", the page's part of the document, the footer. */
export function PrintSheet({ t, title, meta, page, pages, stamp, children, footer, probe = false }: PrintSheetProps) {
  const content = (
    <>
      <header className="print-header">
        <div>
          <h1>{title}</h1>
          <div className="print-meta">{meta}</div>
        </div>
        <div className="print-page">
          <div>{t('header.page', { page, pages })}</div>
          {stamp && <div className="print-stamp">{stamp}</div>}
        </div>
      </header>
      {children}
      <div className="print-spacer" />
      <footer>{footer}</footer>
    </>
  );
  if (probe) {
    return (
      <div className="print-sheet print-probe no-print" aria-hidden inert>
        {content}
      </div>
    );
  }
  return (
    <section className="print-sheet" aria-label={t('header.page', { page, pages })}>
      {content}
    </section>
  );
}
