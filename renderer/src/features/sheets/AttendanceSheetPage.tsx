import { NativeSelect, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UiLanguage } from '#shared/contract/common';
import { monthSchema, serviceKindSchema } from '#shared/contract/period';
import { isUiLanguage } from '#shared/i18n/create-i18n';
import type { ServiceKind } from '#shared/domain/services';
import { useCall } from '../../api/use-call';
import { isForbidden } from '../../api/wire-error';
import { freshForPrint } from '../print/fresh-for-print';
import { useLanguage } from '../../i18n/use-language';
import { openHashRoute, useHashQuery } from '../print/use-hash-query';
import { PrintNoAccess } from '../print/PrintNoAccess';
import { PrintProblem } from '../print/PrintProblem';
import { PrintToolbar } from '../print/PrintToolbar';
import { PrintLoadState } from '../print/PrintLoadState';
import { useMayCall } from '../print/use-may-call';
import { usePrintTitle } from '../print/use-print-title';
import { AttendanceSheetDocument } from './AttendanceSheetDocument';
import { MonthClosePanel } from './MonthClosePanel';
import '../print/print.css';

type Codes = 'masked' | 'full';

/** `#/print/attendance/2026-11?service=day-care&lang=lt[&codes=full]`: the sheet's print preview. */
export function AttendanceSheetPage({ month }: { month: string }) {
  const { t } = useTranslation('sheets');
  const query = useHashQuery();
  const uiLanguage = useLanguage();
  const mayRead = useMayCall('sheets.attendanceMonth');
  const service = query.get('service') ?? '';
  const lang = query.get('lang');
  const problems = [
    ...(monthSchema.safeParse(month).success ? [] : [t('problem.badMonth', { value: month })]),
    ...(serviceKindSchema.safeParse(service).success ? [] : [t('problem.badService', { value: service })]),
  ];
  if (problems.length > 0) return mayRead ? <PrintProblem messages={problems} /> : <PrintNoAccess />;
  return (
    <SheetPreview
      month={month}
      service={service as ServiceKind}
      language={isUiLanguage(lang) ? lang : uiLanguage}
      codes={query.get('codes') === 'full' ? 'full' : 'masked'}
    />
  );
}

function SheetPreview({ month, service, language, codes }: { month: string; service: ServiceKind; language: UiLanguage; codes: Codes }) {
  const { t } = useTranslation('sheets');
  const sheet = useCall('sheets.attendanceMonth', { month, service, language, codes }, freshForPrint);
  const go = (next: { language?: UiLanguage; codes?: Codes }) =>
    openHashRoute(`/print/attendance/${month}`, { service, lang: next.language ?? language, ...((next.codes ?? codes) === 'full' ? { codes: 'full' } : {}) });
  usePrintTitle({ document: 'attendance-sheet', month, service, language });
  if (isForbidden(sheet.error)) return <PrintNoAccess />;

  return (
    <div className="print-desk">
      <Stack gap={0}>
        <PrintToolbar
          language={language}
          onLanguage={(next) => go({ language: next })}
          job={sheet.data ? { document: 'attendance-sheet', month, service, language } : null}
        >
          <NativeSelect
            label={t('toolbar.codes')}
            value={codes}
            onChange={(event) => go({ codes: event.currentTarget.value === 'full' ? 'full' : 'masked' })}
            data={[
              { value: 'masked', label: t('toolbar.codesMasked') },
              { value: 'full', label: t('toolbar.codesFull') },
            ]}
          />
        </PrintToolbar>
        {/* Asked only once the sheet came: whoever may not read the sheet gets one refusal, not two. */}
        {sheet.data && <MonthClosePanel month={month} service={service} />}
      </Stack>
      <PrintLoadState query={sheet} />
      {sheet.data && <AttendanceSheetDocument sheet={sheet.data} />}
    </div>
  );
}
