import type { AttendanceSheet } from '#shared/contract/sheets';
import { absenceReasons } from '#shared/domain/attendance';
import { weekdayAbbreviation } from '#shared/domain/weekday-abbreviations';
import type { DocumentT } from '../print/use-document-t';

interface SheetGridProps {
  t: DocumentT;
  sheet: AttendanceSheet;
  rows: AttendanceSheet['rows'];
  /** Number of the first row on this page, minus one. */
  offset: number;
  /** The per-day present counts and totals close the last page. */
  withTotals: boolean;
}

const mealTotal = (meals: Record<string, number>) => Object.values(meals).reduce((a, b) => a + b, 0);

/** The month grid of one page: a row per client, a column per day, totals per client (and per day at the end). */
export function SheetGrid({ t, sheet, rows, offset, withTotals }: SheetGridProps) {
  const shade = (index: number) => (sheet.days[index]?.working === false ? 'shaded' : undefined);
  const letters = new Map(sheet.legend.map((l) => [l.reason, l.letter]));
  return (
    <table className="print-grid">
      {/* Each header's longest word must fit its column in every language (a cut "Apmeklē" was the
          Latvian "Apmeklēja"); the day columns give the room, two letters or digits being all they hold. */}
      <colgroup>
        <col style={{ width: '8mm' }} />
        <col />
        <col style={{ width: '21mm' }} />
        {sheet.days.map((d) => <col key={d.date} style={{ width: '4.7mm' }} />)}
        <col style={{ width: '15mm' }} />
        {absenceReasons.map((r) => <col key={r} style={{ width: '5.6mm' }} />)}
        <col style={{ width: '13mm' }} />
      </colgroup>
      <thead>
        <tr>
          <th rowSpan={2}>{t('column.number')}</th>
          <th rowSpan={2}>{t('column.name')}</th>
          <th rowSpan={2}>{t('column.code')}</th>
          {sheet.days.map((d, i) => <th key={d.date} className={shade(i)}>{d.day}</th>)}
          <th rowSpan={2}>{t('column.present')}</th>
          <th colSpan={absenceReasons.length}>{t('column.absences')}</th>
          <th rowSpan={2}>{t('column.meals')}</th>
        </tr>
        <tr>
          {sheet.days.map((d, i) => <th key={d.date} className={shade(i)}>{weekdayAbbreviation(d.weekday, sheet.language)}</th>)}
          {absenceReasons.map((r) => <th key={r}>{letters.get(r)}</th>)}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={row.clientId}>
            <td>{offset + index + 1}</td>
            <td className="print-name">{row.name}</td>
            <td className="print-code">{row.code ?? ''}</td>
            {row.marks.map((mark, i) => <td key={sheet.days[i]?.date ?? i} className={shade(i)}>{mark}</td>)}
            <td className="print-total">{row.present}</td>
            {absenceReasons.map((r) => <td key={r}>{row.absences[r]}</td>)}
            <td>{mealTotal(row.meals)}</td>
          </tr>
        ))}
      </tbody>
      {withTotals && (
        <tfoot>
          <tr>
            <td colSpan={3} className="print-name">{t('row.presentByDay')}</td>
            {sheet.totals.presentByDay.map((n, i) => <td key={sheet.days[i]?.date ?? i} className={shade(i)}>{n}</td>)}
            <td>{sheet.totals.present}</td>
            {absenceReasons.map((r) => <td key={r}>{sheet.totals.absences[r]}</td>)}
            <td>{mealTotal(sheet.totals.meals)}</td>
          </tr>
        </tfoot>
      )}
    </table>
  );
}
