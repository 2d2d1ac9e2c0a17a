import type { DayList } from '#shared/contract/sheets';
import { formatLongPrintDate, formatPrintDate, localIsoDate } from '../print/format-print';
import { PrintPages } from '../print/PrintPages';
import { SignatureBlock } from '../print/SignatureBlock';
import { useDocumentT } from '../print/use-document-t';

const tick = '✓';

/** Who came on a day, with times and meals: for the kitchen, or to count people at a fire drill. */
export function DayListDocument({ list }: { list: DayList }) {
  const t = useDocumentT(list.language);
  // The meals served, plus any recorded that day although no longer served (the core decides: `mealKinds`).
  const meals = list.mealKinds;
  const meta = (
    <>
      <div>{`${t('header.centre')}: ${list.centre.name}`}</div>
      <div>{`${t('header.date')}: ${formatLongPrintDate(list.date, list.language)}`}</div>
      <div>{`${t('dayList.present', { count: list.totals.present })}; ${t('dayList.stillHere', { count: list.totals.inBuilding })}`}</div>
    </>
  );
  const signatures = <SignatureBlock t={t} preparedBy={list.preparedBy} preparedOn={formatPrintDate(localIsoDate(list.generatedAt), list.language)} withApproval={false} />;
  return (
    <PrintPages t={t} title={t('dayList.title')} meta={meta} rows={list.rows} closing={signatures}>
      {(rows, { offset, last }) => (
        <>
          <table className="print-grid">
            <colgroup>
              <col style={{ width: '10mm' }} />
              <col />
              {['arrived', 'left', 'here', ...meals].map((c) => <col key={c} style={{ width: '24mm' }} />)}
            </colgroup>
            <thead>
              <tr>
                <th>{t('column.number')}</th>
                <th>{t('column.name')}</th>
                <th>{t('dayList.arrived')}</th>
                <th>{t('dayList.left')}</th>
                <th>{t('dayList.inBuilding')}</th>
                {meals.map((m) => <th key={m}>{t(`meal.${m}`)}</th>)}
              </tr>
            </thead>
            <tbody>
              {rows.map((row, i) => (
                <tr key={row.clientId}>
                  <td>{offset + i + 1}</td>
                  <td className="print-name">{row.name}</td>
                  <td>{row.arrivedAt ?? ''}</td>
                  <td>{row.leftAt ?? ''}</td>
                  <td>{row.inBuilding ? t('dayList.yes') : t('dayList.no')}</td>
                  {meals.map((m) => <td key={m}>{row.meals.includes(m) ? tick : ''}</td>)}
                </tr>
              ))}
            </tbody>
            {last && (
              <tfoot>
                <tr>
                  <td colSpan={4} className="print-name">{t('dayList.mealsTotal')}</td>
                  <td>{list.totals.inBuilding}</td>
                  {meals.map((m) => <td key={m}>{list.totals.meals[m]}</td>)}
                </tr>
              </tfoot>
            )}
          </table>
          {list.rows.length === 0 && <div className="print-empty">{t('dayList.empty')}</div>}
        </>
      )}
    </PrintPages>
  );
}
