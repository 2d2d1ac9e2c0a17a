import type { UiLanguage } from '#shared/contract/common';
import { formatLongPrintDate, formatPrintDate } from '../print/format-print';
import { paginate } from '../print/paginate';
import { PrintSheet } from '../print/PrintSheet';
import { SignatureBlock } from '../print/SignatureBlock';
import { useDocumentT } from '../print/use-document-t';

/**
 * What the participant list of an activity session needs. Sessions live on the day board's branch;
 * its data method maps onto this shape and a route renders this component like the day list.
 */
export interface SessionParticipantsInput {
  language: UiLanguage;
  centre: { name: string };
  session: { title: string; date: string; start: string | null; end: string | null; group: string | null; leader: string };
  participants: { id: number; name: string }[];
  preparedBy: string;
  preparedOn: string;
}

const rowsPerPage = 20;

/** An activity session's participant list with a signature column. */
export function SessionParticipantsDocument({ input }: { input: SessionParticipantsInput }) {
  const t = useDocumentT(input.language);
  const { session } = input;
  const pages = paginate(input.participants, rowsPerPage);
  const time = [session.start, session.end].filter(Boolean).join('–');
  const meta = (
    <>
      <div>{`${t('header.centre')}: ${input.centre.name}`}</div>
      <div>{`${t('session.activity')}: ${session.title}${session.group ? `; ${t('session.group')}: ${session.group}` : ''}`}</div>
      <div>{`${t('header.date')}: ${formatLongPrintDate(session.date, input.language)}${time ? `; ${t('session.time')}: ${time}` : ''}; ${t('session.leader')}: ${session.leader}`}</div>
    </>
  );
  return (
    <div className="print-document">
      {pages.map((rows, index) => (
        <PrintSheet
          key={index}
          t={t}
          title={t('session.title')}
          meta={meta}
          page={index + 1}
          pages={pages.length}
          footer={<SignatureBlock t={t} preparedBy={input.preparedBy} preparedOn={formatPrintDate(input.preparedOn, input.language)} withApproval={false} />}
        >
          <table className="print-grid">
            <colgroup>
              <col style={{ width: '10mm' }} />
              <col style={{ width: '110mm' }} />
              <col />
            </colgroup>
            <thead>
              <tr>
                <th>{t('column.number')}</th>
                <th>{t('session.participant')}</th>
                <th>{t('session.signature')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((p, i) => (
                <tr key={p.id} style={{ height: '7.5mm' }}>
                  <td>{index * rowsPerPage + i + 1}</td>
                  <td className="print-name">{p.name}</td>
                  <td />
                </tr>
              ))}
            </tbody>
          </table>
        </PrintSheet>
      ))}
    </div>
  );
}
