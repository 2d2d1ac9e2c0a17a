import type { AttendanceSheet } from '#shared/contract/sheets';
import type { DocumentT } from '../print/use-document-t';

/** What the marks, letters and shading mean; the month's holidays and centre days: on every page. */
export function SheetLegend({ t, sheet }: { t: DocumentT; sheet: AttendanceSheet }) {
  const holidays = sheet.days.filter((d) => d.holiday !== null);
  const centreDays = sheet.days.filter((d) => d.centre !== null);
  return (
    <div className="print-legend">
      <span>
        <strong>{t('legend.title')}:</strong>
        {[`${sheet.presentMark} — ${t('legend.present')}`, ...sheet.legend.map((l) => `${l.letter} — ${t(`reason.${l.reason}`)}`)].join('; ')}
        {`; ${t('legend.shaded')}`}
      </span>
      {holidays.length > 0 && (
        <span>
          <strong>{t('legend.holidays')}:</strong>
          {holidays.map((d) => `${d.day}. — ${d.holiday}`).join('; ')}
        </span>
      )}
      {centreDays.length > 0 && (
        <span>
          {centreDays
            .map((d) => `${d.day}. — ${t(d.centre === 'day-off' ? 'legend.dayOff' : 'legend.workingDay')}${d.note ? ` (${d.note})` : ''}`)
            .join('; ')}
        </span>
      )}
    </div>
  );
}
