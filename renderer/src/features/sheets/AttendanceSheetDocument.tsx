import type { AttendanceSheet } from '#shared/contract/sheets';
import { formatMonthTitle } from '../print/format-print';
import { PrintPages } from '../print/PrintPages';
import { useDocumentT } from '../print/use-document-t';
import { SheetClosing } from './SheetClosing';
import { SheetGrid } from './SheetGrid';
import { SheetLegend } from './SheetLegend';

/** The monthly attendance sheet, ready to sign, as printed pages: as many clients a page as A4 holds. */
export function AttendanceSheetDocument({ sheet }: { sheet: AttendanceSheet }) {
  const t = useDocumentT(sheet.language);
  const meta = (
    <>
      <div>{`${t('header.centre')}: ${sheet.centre.name}`}</div>
      <div>{`${t('header.service')}: ${t(`service.${sheet.service}`)}`}</div>
      <div>{`${t('header.month')}: ${formatMonthTitle(sheet.month, sheet.language)}`}</div>
    </>
  );
  return (
    <PrintPages
      t={t}
      title={t('title')}
      meta={meta}
      rows={sheet.rows}
      stamp={sheet.closed ? t('closedStamp') : null}
      footer={() => <SheetLegend t={t} sheet={sheet} />}
      closing={<SheetClosing t={t} sheet={sheet} />}
    >
      {(rows, { offset, last }) => (
        <>
          <SheetGrid t={t} sheet={sheet} rows={rows} offset={offset} withTotals={last} />
          {sheet.rows.length === 0 && <div className="print-empty">{t('empty')}</div>}
        </>
      )}
    </PrintPages>
  );
}
