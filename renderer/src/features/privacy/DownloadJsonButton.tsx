import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AccessExport } from '#shared/contract/privacy';
import { localIsoDate } from '../print/format-print';
import { downloadJson } from './download-json';

/** The access report as data: the very answer the preview shows, so the PDF and the JSON always agree. */
export function DownloadJsonButton({ data }: { data: AccessExport | undefined }) {
  const { t } = useTranslation('privacy');
  const save = () => data && downloadJson(data, `access-export-${data.client.id}-${localIsoDate(data.generatedAt)}.json`);
  return (
    <Button variant="default" onClick={save} disabled={!data}>
      {t('access.downloadJson')}
    </Button>
  );
}
