import type { AttendanceSheet } from '#shared/contract/sheets';
import { formatPrintDate, localIsoDate } from '../print/format-print';
import { SignatureBlock } from '../print/SignatureBlock';
import type { DocumentT } from '../print/use-document-t';

/** What closes the month's sheet after its last row: the month's meals per kind, then the signatures. */
export function SheetClosing({ t, sheet }: { t: DocumentT; sheet: AttendanceSheet }) {
  return (
    <>
      <div className="print-legend">
        <span>{t('legend.meals', { meals: sheet.mealKinds.map((m) => `${sheet.totals.meals[m]} — ${t(`meal.${m}`)}`).join(', ') })}</span>
      </div>
      <SignatureBlock t={t} preparedBy={sheet.preparedBy} preparedOn={formatPrintDate(localIsoDate(sheet.generatedAt), sheet.language)} approvedBy={sheet.approvedBy} />
    </>
  );
}
