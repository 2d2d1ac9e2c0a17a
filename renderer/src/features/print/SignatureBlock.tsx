import type { DocumentT } from './use-document-t';

interface SignatureBlockProps {
  t: DocumentT;
  preparedBy: string;
  preparedOn: string;
  /** The manager who approves; null prints an empty line to fill in by hand. */
  approvedBy?: string | null;
  withApproval?: boolean;
}

function Line({ label, name, caption }: { label: string; name: string; caption: string }) {
  return (
    <div>
      <div className="print-signature-line">
        <span>{label}</span>
        <strong>{name}</strong>
        <span className="line" />
      </div>
      <div className="print-signature-caption">{caption}</div>
    </div>
  );
}

/** "Prepared by (name, date, signature)" and "approved by (manager, signature)", on every page. */
export function SignatureBlock({ t, preparedBy, preparedOn, approvedBy = null, withApproval = true }: SignatureBlockProps) {
  return (
    <div className="print-signatures">
      <Line
        label={`${t('signature.preparedBy')}:`}
        name={`${preparedBy}, ${preparedOn}`}
        caption={`(${t('signature.date')}, ${t('signature.sign')})`}
      />
      {withApproval && (
        <Line label={`${t('signature.approvedBy')}:`} name={approvedBy ?? ''} caption={`(${t('signature.manager')}, ${t('signature.sign')})`} />
      )}
    </div>
  );
}
