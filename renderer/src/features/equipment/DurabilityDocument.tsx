import type { DurabilityReport } from '#shared/contract/equipment';
import { formatPrintDate, localIsoDate } from '../print/format-print';
import { PrintPages } from '../print/PrintPages';
import { SignatureBlock } from '../print/SignatureBlock';
import { useDocumentT } from '../print/use-document-t';
import { useTranslation } from 'react-i18next';

const money = (cents: number | null, language: string) =>
  cents === null ? '' : new Intl.NumberFormat(language, { style: 'currency', currency: 'EUR' }).format(cents / 100);

/** The EU-project durability report on A4: each item, whether it is still there and used, and the totals. */
export function DurabilityDocument({ report }: { report: DurabilityReport }) {
  const sheetT = useDocumentT(report.language);
  const { i18n } = useTranslation();
  const t = i18n.getFixedT(report.language, 'equipment');
  const lang = report.language;
  const date = (iso: string | null) => (iso ? formatPrintDate(iso, lang) : '—');
  const { totals, project } = report;
  const meta = (
    <>
      <div>{`${sheetT('header.centre')}: ${report.centre.name}`}</div>
      <div>{`${t('durability.project')}: ${project.code}${project.name ? ` „${project.name}”` : ''}`}</div>
      {project.durabilityUntil && <div>{`${t('durability.until')}: ${formatPrintDate(project.durabilityUntil, lang)}`}</div>}
    </>
  );
  const closing = (
    <>
      <div className="print-total durability-totals">
        {t('durability.totals', { ...totals, value: money(totals.priceCents, lang) })}
      </div>
      <SignatureBlock t={sheetT} preparedBy={report.preparedBy} preparedOn={formatPrintDate(localIsoDate(report.generatedAt), lang)} withApproval={false} />
    </>
  );
  return (
    <PrintPages t={sheetT} title={t('durability.title')} meta={meta} rows={report.items} closing={closing}>
      {(rows, { offset }) => (
        <table className="print-grid">
          <colgroup>
            <col style={{ width: '8mm' }} />
            <col style={{ width: '24mm' }} />
            <col style={{ width: '48mm' }} />
            <col style={{ width: '20mm' }} />
            <col style={{ width: '18mm' }} />
            <col style={{ width: '24mm' }} />
            <col style={{ width: '22mm' }} />
            <col style={{ width: '22mm' }} />
            <col style={{ width: '18mm' }} />
            <col style={{ width: '18mm' }} />
            <col />
            <col style={{ width: '18mm' }} />
          </colgroup>
          <thead>
            <tr>
              <th>{t('durability.number')}</th>
              <th>{t('field.inventoryNumber')}</th>
              <th>{t('field.name')}</th>
              <th>{t('field.price')}</th>
              <th>{t('field.purchaseDate')}</th>
              <th>{t('field.location')}</th>
              <th>{t('field.status')}</th>
              <th>{t('field.condition')}</th>
              <th>{t('durability.lastInspection')}</th>
              <th>{t('durability.lastUse')}</th>
              <th>{t('durability.uses')}</th>
              <th>{t('durability.until')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((item, i) => (
              <tr key={item.id} className={item.writtenOffEarly ? 'shaded' : undefined}>
                <td>{offset + i + 1}</td>
                <td>{item.inventoryNumber}</td>
                <td className="print-name">
                  {`${item.name} (${item.category})`}
                  {item.writtenOffEarly && <div><strong>{t('durability.writtenOffEarly', { reason: item.writeOffReason ?? '' })}</strong></div>}
                </td>
                <td>{money(item.priceCents, lang)}</td>
                <td>{item.purchaseDate ? formatPrintDate(item.purchaseDate, lang) : ''}</td>
                <td>{item.location ?? ''}</td>
                <td>{item.status === 'written-off' && item.writtenOffOn ? `${t(`status.${item.status}`)} ${formatPrintDate(item.writtenOffOn, lang)}` : t(`status.${item.status}`)}</td>
                <td>{item.condition ?? ''}</td>
                <td>{date(item.lastInspection)}</td>
                <td>{date(item.lastUse)}</td>
                <td>{item.usesPerYear.map((u) => `${u.year}: ${u.count}`).join('; ')}</td>
                <td>{item.durabilityUntil ? formatPrintDate(item.durabilityUntil, lang) : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </PrintPages>
  );
}
