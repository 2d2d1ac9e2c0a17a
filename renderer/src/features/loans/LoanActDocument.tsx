import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { LoanAct } from '#shared/contract/loans';
import { formatMoney } from '../../i18n/format';
import { formatPrintDate } from '../print/format-print';

/** The hand-over act on one A4 page, in the act's language: both parties, the device and its condition. */
export function LoanActDocument({ act }: { act: LoanAct }) {
  const { i18n } = useTranslation();
  const t = useMemo(() => i18n.getFixedT(act.language, 'loans'), [i18n, act.language]);
  const { loan, client, item } = act;
  // A dash for an empty field reads the same in every language.
  const empty = '—';
  const date = (iso: string | null) => (iso ? formatPrintDate(iso, act.language) : empty);
  const money = (cents: number | null) => (cents === null ? empty : formatMoney(cents, act.language));
  const rows: [string, string][] = [
    [t('document.centre'), act.centre.name],
    [t('document.client'), `${client.firstName} ${client.lastName}`],
    [t('document.personalCode'), client.personalCode ?? empty],
    [t('document.address'), client.address ?? empty],
    [t('document.phone'), client.phone ?? empty],
    [t('document.item'), `${item.name} (${t(`category.${item.category}`, { defaultValue: item.category })})`],
    [t('document.inventoryNumber'), item.inventoryNumber],
    [t('document.model'), [item.manufacturer, item.model].filter(Boolean).join(', ') || empty],
    [t('document.serial'), item.serialNumber ?? empty],
    [t('document.condition'), loan.conditionOut],
    [t('document.accessories'), loan.accessories ?? empty],
    [t('document.handedOverOn'), date(loan.handedOverOn)],
    [t('document.expectedReturnOn'), date(loan.expectedReturnOn)],
    [t('document.deposit'), money(loan.depositCents)],
    [t('document.fee'), money(loan.feeCents)],
    [t('document.handedOverBy'), loan.handedOverBy],
  ];
  return (
    <article className="loan-act" lang={act.language} aria-label={t('document.title')}>
      <h1>{t('document.title')}</h1>
      <div className="loan-act-number">{`${t('document.number', { id: loan.id })}, ${date(loan.handedOverOn)}`}</div>
      <table>
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="loan-act-terms">{t('document.terms')}</p>
      <div className="loan-act-signatures">
        {[t('document.signHandedOver'), t('document.signReceived')].map((label) => (
          <div key={label}>
            <div>{label}</div>
            <div className="loan-act-line" />
            <div className="loan-act-caption">{t('document.signCaption')}</div>
          </div>
        ))}
      </div>
    </article>
  );
}
