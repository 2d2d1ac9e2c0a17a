import type { AttendanceSheet } from '#shared/contract/sheets';
import { formatMonthTitle, formatPrintDate, localIsoDate } from '../print/format-print';
import { PrintPages } from '../print/PrintPages';
import { SignatureBlock } from '../print/SignatureBlock';
import { useDocumentT } from '../print/use-document-t';
import { SheetGrid } from './SheetGrid';
import { SheetLegend } from './SheetLegend';

/** Clients per A4 landscape page: leaves room for the header, legend and signature lines. */
export const sheetRowsPerPage = 20;

/** The monthly attendance sheet, ready to sign, as printed pages. */
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
      rowsPerPage={sheetRowsPerPage}
      stamp={sheet.closed ? t('closedStamp') : null}
      footer={({ last }) => (
        <>
          <SheetLegend t={t} sheet={sheet} withMeals={last} />
          <SignatureBlock
            t={t}
            preparedBy={sheet.preparedBy}
            preparedOn={formatPrintDate(localIsoDate(sheet.generatedAt), sheet.language)}
            approvedBy={sheet.approvedBy}
          />
        </>
      )}
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
