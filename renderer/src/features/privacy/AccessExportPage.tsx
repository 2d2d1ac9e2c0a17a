import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { idSchema } from '#shared/contract/fields';
import { isUiLanguage } from '#shared/i18n/create-i18n';
import { ApiError } from '../../api/client';
import { useCall } from '../../api/use-call';
import { translateErrorKey } from '../../forms/translate-error';
import { useLanguage } from '../../i18n/use-language';
import { freshForPrint } from '../print/fresh-for-print';
import { openHashRoute, useHashQuery } from '../print/use-hash-query';
import { PrintLoadState } from '../print/PrintLoadState';
import { PrintProblem } from '../print/PrintProblem';
import { PrintToolbar } from '../print/PrintToolbar';
import { AccessExportDocument } from './AccessExportDocument';
import { DownloadJsonButton } from './DownloadJsonButton';
import '../print/print.css';

/** The id as typed in the URL: digits only, so `1e3` or `12abc` are refused rather than read as numbers. */
function clientIdOf(raw: string): number | null {
  if (!/^\d{1,15}$/.test(raw)) return null;
  const parsed = idSchema.safeParse(Number(raw));
  return parsed.success ? parsed.data : null;
}

/** Each fetch is an audited read: ask again only when the core failed, never for an unknown client. */
const retryOnlyFailures = (failures: number, error: ApiError) => error.error.kind === 'internal' && failures < 3;

/** `#/print/access/12[?lang=ru]`: a client's access request (GDPR art. 15) as a PDF to print or save, and as JSON. */
export function AccessExportPage({ id }: { id: string }) {
  const { t } = useTranslation('privacy');
  const clientId = clientIdOf(id);
  const back = { href: '#/clients', label: t('access.backToClients') };
  if (clientId === null) return <PrintProblem messages={[t('access.badClient', { value: id })]} back={back} />;
  return <AccessExportPreview clientId={clientId} back={back} />;
}

function AccessExportPreview({ clientId, back }: { clientId: number; back: { href: string; label: string } }) {
  const { t } = useTranslation(['privacy', 'errors']);
  const lang = useHashQuery().get('lang');
  const uiLanguage = useLanguage();
  const exported = useCall('clients.accessExport', { clientId }, { ...freshForPrint, retry: retryOnlyFailures });
  // The client's own language unless the address or the toolbar chose another.
  const language = isUiLanguage(lang) ? lang : (exported.data?.client.language ?? uiLanguage);
  useEffect(() => {
    // The browser offers the title as the PDF's file name: the client's number, not their name.
    document.title = `${t('privacy:access.title')} ${clientId}`;
  }, [t, clientId]);
  if (exported.error instanceof ApiError && exported.error.error.kind === 'not-found') {
    return <PrintProblem messages={[translateErrorKey(t, exported.error.error.code, exported.error.error.params ?? {})]} back={back} />;
  }
  return (
    <div className="print-desk">
      <PrintToolbar
        language={language}
        onLanguage={(next) => openHashRoute(`/print/access/${clientId}`, { lang: next })}
        job={exported.data ? { document: 'access-export', clientId, language } : null}
        backHref={`#/clients/${clientId}`}
      >
        <DownloadJsonButton data={exported.data} />
      </PrintToolbar>
      <PrintLoadState query={exported} />
      {exported.data && <AccessExportDocument data={exported.data} language={language} />}
    </div>
  );
}
