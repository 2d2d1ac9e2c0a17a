import type { SessionParticipantsSheet } from '#shared/contract/sheets';
import { formatLongPrintDate, formatPrintDate, localIsoDate } from '../print/format-print';
import { PrintPages } from '../print/PrintPages';
import { SignatureBlock } from '../print/SignatureBlock';
import { useDocumentT } from '../print/use-document-t';

/** An activity session's participant list with a signature column, to be signed at the session. */
export function SessionParticipantsDocument({ sheet }: { sheet: SessionParticipantsSheet }) {
  const t = useDocumentT(sheet.language);
  const { session, totals } = sheet;
  const title = session.activity ?? t(`session.kind.${session.kind}`);
  const place = [session.room ? `${t('session.room')}: ${session.room}` : null, session.leader ? `${t('session.leader')}: ${session.leader}` : null];
  const meta = (
    <>
      <div>{`${t('header.centre')}: ${sheet.centre.name}`}</div>
      <div>{`${t('session.activity')}: ${title}`}</div>
      <div>{`${t('header.date')}: ${formatLongPrintDate(session.date, sheet.language)}; ${t('session.time')}: ${session.startTime}–${session.endTime}`}</div>
      {place.some(Boolean) && <div>{place.filter(Boolean).join('; ')}</div>}
      <div>{t('session.counts', { participants: totals.participants, present: totals.present, absent: totals.absent })}</div>
    </>
  );
  const signatures = <SignatureBlock t={t} preparedBy={sheet.preparedBy} preparedOn={formatPrintDate(localIsoDate(sheet.generatedAt), sheet.language)} withApproval={false} />;
  return (
    <PrintPages t={t} title={t('session.title')} meta={meta} rows={sheet.participants} closing={signatures}>
      {(rows, { offset }) => (
        <>
          <table className="print-grid">
            <colgroup>
              <col style={{ width: '10mm' }} />
              <col style={{ width: '100mm' }} />
              <col style={{ width: '35mm' }} />
              <col />
            </colgroup>
            <thead>
              <tr>
                <th>{t('column.number')}</th>
                <th>{t('session.participant')}</th>
                <th>{t('session.mark')}</th>
                <th>{t('session.signature')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((p, i) => (
                // Taller rows than the day list's: each participant signs by hand in the last column.
                <tr key={p.clientId} style={{ height: '7.5mm' }}>
                  <td>{offset + i + 1}</td>
                  <td className="print-name">{p.name}</td>
                  <td>{p.status === 'planned' ? '' : t(`session.status.${p.status}`)}</td>
                  <td />
                </tr>
              ))}
            </tbody>
          </table>
          {sheet.participants.length === 0 && <div className="print-empty">{t('session.empty')}</div>}
        </>
      )}
    </PrintPages>
  );
}
