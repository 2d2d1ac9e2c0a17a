import type { TFunction } from 'i18next';
import type { StatementData } from '#shared/contract/billing';
import { formatDate } from '../../i18n/format';
import { euros, monthLabel } from './billing-format';

type Line = StatementData['lines'][number];

/** The statement as printed and signed: per service unit its lines and total, then the summary and signature lines. */
export function StatementDocument({ data, t }: { data: StatementData; t: TFunction<'billing'> }) {
  const lang = data.language;
  const money = (cents: number) => euros(cents, lang);
  const note = (l: Line) => [l.exempt ? t('note.exempt') : '', l.free ? t('note.free') : ''].filter(Boolean).join('; ');
  return (
    <article className="statement-doc" lang={lang} aria-label={t('statement.title', { month: monthLabel(data.month, lang) })}>
      <h1>
        {data.centre.name} — {t('statement.title', { month: monthLabel(data.month, lang) })}
      </h1>
      <div className="statement-meta">
        {t('statement.payer', { payer: data.payerName })} · {t('statement.generated', { date: formatDate(data.generatedAt.slice(0, 10), lang) })}
        {data.confirmedWarnings.length > 0 && <> · {t('statement.confirmedWarnings', { count: data.confirmedWarnings.length })}</>}
      </div>
      {data.lines.length === 0 && <p>{t('statement.empty')}</p>}
      {data.totalsByUnit.map((unit) => (
        <section key={unit.serviceUnit}>
          <h2>{unit.unitName}</h2>
          <table>
            <thead>
              <tr>
                <th className="num">{t('column.no')}</th>
                <th>{data.pseudonymised ? t('column.reference') : t('column.client')}</th>
                {!data.pseudonymised && <th>{t('column.personalCode')}</th>}
                <th>{t('column.decision')}</th>
                <th>{t('column.from')}</th>
                <th>{t('column.to')}</th>
                <th className="num">{t('column.units')}</th>
                <th className="num">{t('column.unitPrice')}</th>
                <th className="num">{t('column.amount')}</th>
                <th className="num">{t('column.vat')}</th>
                <th className="num">{t('column.clientShare')}</th>
                <th className="num">{t('column.municipalityShare')}</th>
                <th>{t('column.note')}</th>
              </tr>
            </thead>
            <tbody>
              {data.lines
                .filter((l) => l.serviceUnit === unit.serviceUnit)
                .map((l, i) => (
                  <tr key={`${l.clientId}-${l.from}-${l.unitPriceCents}-${String(l.exempt)}-${String(l.free)}`}>
                    <td className="num">{i + 1}</td>
                    <td>{l.client}</td>
                    {!data.pseudonymised && <td>{l.personalCode ?? ''}</td>}
                    <td>{l.decisionNumber}</td>
                    <td>{formatDate(l.from, lang)}</td>
                    <td>{formatDate(l.to, lang)}</td>
                    <td className="num">{l.units}</td>
                    <td className="num">{money(l.unitPriceCents)}</td>
                    <td className="num">{money(l.amountCents)}</td>
                    <td className="num">{money(l.vatCents)}</td>
                    <td className="num">{money(l.clientShareCents)}</td>
                    <td className="num">{money(l.municipalityShareCents)}</td>
                    <td>{note(l)}</td>
                  </tr>
                ))}
              <tr className="total">
                <td colSpan={data.pseudonymised ? 5 : 6}>{t('statement.totalOf', { unit: unit.unitName })}</td>
                <td className="num">{unit.units}</td>
                <td />
                <td className="num">{money(unit.amountCents)}</td>
                <td className="num">{money(unit.vatCents)}</td>
                <td className="num">{money(unit.clientShareCents)}</td>
                <td className="num">{money(unit.municipalityShareCents)}</td>
                <td />
              </tr>
            </tbody>
          </table>
        </section>
      ))}
      <section>
        <h2>{t('statement.summary')}</h2>
        <table data-testid="statement-summary">
          <thead>
            <tr>
              <th>{t('column.unit')}</th>
              <th className="num">{t('column.units')}</th>
              <th className="num">{t('column.amount')}</th>
              <th className="num">{t('column.vat')}</th>
              <th className="num">{t('column.gross')}</th>
              <th className="num">{t('column.clientShare')}</th>
              <th className="num">{t('column.municipalityShare')}</th>
            </tr>
          </thead>
          <tbody>
            {data.totalsByUnit.map((u) => (
              <tr key={u.serviceUnit}>
                <td>{u.unitName}</td>
                <td className="num">{u.units}</td>
                <td className="num">{money(u.amountCents)}</td>
                <td className="num">{money(u.vatCents)}</td>
                <td className="num">{money(u.grossCents)}</td>
                <td className="num">{money(u.clientShareCents)}</td>
                <td className="num">{money(u.municipalityShareCents)}</td>
              </tr>
            ))}
            <tr className="total">
              <td>{t('statement.total')}</td>
              <td className="num">{data.totals.units}</td>
              <td className="num">{money(data.totals.amountCents)}</td>
              <td className="num">{money(data.totals.vatCents)}</td>
              <td className="num">{money(data.totals.grossCents)}</td>
              <td className="num">{money(data.totals.clientShareCents)}</td>
              <td className="num">{money(data.totals.municipalityShareCents)}</td>
            </tr>
          </tbody>
        </table>
      </section>
      <div className="statement-signatures">
        <div>
          <div>
            {t('statement.preparedBy')}: <strong>{data.preparedBy}</strong>
          </div>
          <div className="statement-line" />
          <div className="statement-caption">
            ({t('statement.signature')}, {t('statement.date')})
          </div>
        </div>
        <div>
          <div>
            {t('statement.approvedBy')}: <strong>{data.approvedBy ?? ''}</strong>
          </div>
          <div className="statement-line" />
          <div className="statement-caption">
            ({t('statement.signature')}, {t('statement.date')})
          </div>
        </div>
      </div>
    </article>
  );
}
