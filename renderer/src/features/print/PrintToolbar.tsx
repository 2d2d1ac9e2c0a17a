import type { ReactNode } from 'react';
import { Alert, Anchor, Button, Group, NativeSelect, Paper } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { uiLanguages, type UiLanguage } from '#shared/contract/common';
import { isUiLanguage } from '#shared/i18n/create-i18n';
import type { PrintJob } from '#shared/contract/print';
import { ErrorAlert } from '../../components/ErrorAlert';
import { usePrintActions } from './use-print-actions';

interface PrintToolbarProps {
  language: UiLanguage;
  onLanguage: (language: UiLanguage) => void;
  /** Null while the document is not ready to print. */
  job: PrintJob | null;
  /** Where "Back" leads: the page the preview was opened from (the sheets page unless given). */
  backHref?: string;
  /** Further options of this document (personal codes, …). */
  children?: ReactNode;
}

/** The print dialog on screen: document language, options, Print… and Save as PDF…; never printed itself. */
export function PrintToolbar({ language, onLanguage, job, backHref = '#/sheets', children }: PrintToolbarProps) {
  const { t } = useTranslation(['sheets', 'common']);
  const actions = usePrintActions(job);
  return (
    <Paper className="no-print" p="sm" radius={0} withBorder role="region" aria-label={t('sheets:toolbar.label')}>
      <Group align="flex-end">
        <Anchor href={backHref}>{t('sheets:toolbar.back')}</Anchor>
        <NativeSelect
          label={t('sheets:toolbar.language')}
          value={language}
          onChange={(event) => isUiLanguage(event.currentTarget.value) && onLanguage(event.currentTarget.value)}
          data={uiLanguages.map((code) => ({ value: code, label: t(`common:language.${code}`) }))}
        />
        {children}
        <Button onClick={actions.print} loading={actions.busy} disabled={!job}>
          {t('sheets:toolbar.print')}
        </Button>
        <Button variant="default" onClick={actions.savePdf} loading={actions.busy} disabled={!job}>
          {t('sheets:toolbar.savePdf')}
        </Button>
      </Group>
      {actions.notice && (
        <Alert mt="sm" color="teal" variant="light" role="status">
          {actions.notice.kind === 'saved' ? t('sheets:toolbar.savedTo', { file: actions.notice.fileName }) : t('sheets:toolbar.printed')}
        </Alert>
      )}
      {actions.error !== null && <ErrorAlert error={actions.error} />}
    </Paper>
  );
}
