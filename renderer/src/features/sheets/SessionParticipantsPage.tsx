import { useTranslation } from 'react-i18next';
import type { UiLanguage } from '#shared/contract/common';
import { sessionIdSchema } from '#shared/contract/print';
import { isUiLanguage } from '#shared/i18n/create-i18n';
import { ApiError } from '../../api/client';
import { useCall } from '../../api/use-call';
import { isForbidden } from '../../api/wire-error';
import { translateErrorKey } from '../../forms/translate-error';
import { useLanguage } from '../../i18n/use-language';
import { freshForPrint } from '../print/fresh-for-print';
import { openHashRoute, useHashQuery } from '../print/use-hash-query';
import { PrintNoAccess } from '../print/PrintNoAccess';
import { PrintProblem } from '../print/PrintProblem';
import { PrintToolbar } from '../print/PrintToolbar';
import { PrintLoadState } from '../print/PrintLoadState';
import { useMayCall } from '../print/use-may-call';
import { usePrintTitle } from '../print/use-print-title';
import { SessionParticipantsDocument } from './SessionParticipantsDocument';
import '../print/print.css';

/** The id as typed in the URL: digits only, so `1e3` or `12abc` are refused rather than read as numbers. */
function sessionIdOf(raw: string): number | null {
  if (!/^\d{1,15}$/.test(raw)) return null;
  const parsed = sessionIdSchema.safeParse(Number(raw));
  return parsed.success ? parsed.data : null;
}

/** An unknown session stays unknown: only a failure (the core unreachable, a crash) is worth asking again. */
const retryOnlyFailures = (failures: number, error: ApiError) => error.error.kind === 'internal' && failures < 3;

/** `#/print/session/12[?lang=ru]`: an activity session's participant list to sign. */
export function SessionParticipantsPage({ id }: { id: string }) {
  const { t } = useTranslation('sheets');
  const query = useHashQuery();
  const uiLanguage = useLanguage();
  const mayRead = useMayCall('sheets.sessionParticipants');
  const lang = query.get('lang');
  const sessionId = sessionIdOf(id);
  if (sessionId === null && !mayRead) return <PrintNoAccess />;
  if (sessionId === null) return <PrintProblem messages={[t('problem.badSession', { value: id })]} back={{ href: '#/sessions', label: t('problem.backToSessions') }} />;
  return <SessionParticipantsPreview sessionId={sessionId} language={isUiLanguage(lang) ? lang : uiLanguage} />;
}

function SessionParticipantsPreview({ sessionId, language }: { sessionId: number; language: UiLanguage }) {
  const { t } = useTranslation('sheets');
  const sheet = useCall('sheets.sessionParticipants', { sessionId, language }, { ...freshForPrint, retry: retryOnlyFailures });
  usePrintTitle({ document: 'session-participants', sessionId, language });
  if (isForbidden(sheet.error)) return <PrintNoAccess />;
  // A session deleted or never there: the same translated page as a malformed address.
  if (sheet.error instanceof ApiError && sheet.error.error.kind === 'not-found') {
    return <PrintProblem messages={[translateErrorKey(t, sheet.error.error.code, sheet.error.error.params ?? {})]} back={{ href: '#/sessions', label: t('problem.backToSessions') }} />;
  }
  return (
    <div className="print-desk">
      <PrintToolbar
        language={language}
        onLanguage={(next) => openHashRoute(`/print/session/${sessionId}`, { lang: next })}
        job={sheet.data ? { document: 'session-participants', sessionId, language } : null}
        backHref={`#/sessions/${sessionId}`}
      />
      <PrintLoadState query={sheet} />
      {sheet.data && <SessionParticipantsDocument sheet={sheet.data} />}
    </div>
  );
}
