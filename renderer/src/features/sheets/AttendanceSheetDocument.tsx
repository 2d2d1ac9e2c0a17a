import type { AttendanceSheet } from '#shared/contract/sheets';
import { formatMonthTitle, formatPrintDate, localIsoDate } from '../print/format-print';
import { paginate } from '../print/paginate';
import { PrintSheet } from '../print/PrintSheet';
import { SignatureBlock } from '../print/SignatureBlock';
import { useDocumentT } from '../print/use-document-t';
import { SheetGrid } from './SheetGrid';
import { SheetLegend } from './SheetLegend';

/** Clients per A4 landscape page: leaves room for the header, legend and signature lines. */
export const sheetRowsPerPage = 20;

/** The monthly attendance sheet, ready to sign, as printed pages. */
export function AttendanceSheetDocument({ sheet }: { sheet: AttendanceSheet }) {
  const t = useDocumentT(sheet.language);
  const pages = paginate(sheet.rows, sheetRowsPerPage);
  const meta = (
    <>
      <div>{`${t('header.centre')}: ${sheet.centre.name}`}</div>
      <div>{`${t('header.service')}: ${t(`service.${sheet.service}`)}`}</div>
      <div>{`${t('header.month')}: ${formatMonthTitle(sheet.month, sheet.language)}`}</div>
    </>
  );
  return (
    <div className="print-document">
      {pages.map((rows, index) => {
        const last = index === pages.length - 1;
        return (
          <PrintSheet
            key={index}
            t={t}
            title={t('title')}
            meta={meta}
            page={index + 1}
            pages={pages.length}
            stamp={sheet.closed ? t('closedStamp') : null}
            footer={
              <>
                <SheetLegend t={t} sheet={sheet} withMeals={last} />
                <SignatureBlock
                  t={t}
                  preparedBy={sheet.preparedBy}
                  preparedOn={formatPrintDate(localIsoDate(sheet.generatedAt), sheet.language)}
                  approvedBy={sheet.approvedBy}
                />
              </>
            }
          >
            <SheetGrid t={t} sheet={sheet} rows={rows} offset={index * sheetRowsPerPage} withTotals={last} />
            {sheet.rows.length === 0 && <div className="print-empty">{t('empty')}</div>}
          </PrintSheet>
        );
      })}
    </div>
  );
}
