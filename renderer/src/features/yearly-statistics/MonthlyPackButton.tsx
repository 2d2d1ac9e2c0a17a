import { useEffect, useState } from 'react';
import { Alert, Button, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useCallMutation } from '../../api/use-call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLanguage } from '../../i18n/use-language';
import { downloadBase64 } from '../equipment/download';

/**
 * One click for the month's pack: statements of every payer, attendance sheets, e-invoices and a summary
 * with checksums. The core reports its steps as events (a progress bar); the desktop app saves a folder,
 * the browser downloads the zip.
 */
export function MonthlyPackButton({ month, confirmed }: { month: string; confirmed: string[] }) {
  const { t } = useTranslation('reports');
  const language = useLanguage();
  const pack = useCallMutation('exports.monthlyPack');
  const [progress, setProgress] = useState<{ step: number; of: number } | null>(null);
  useEffect(
    () =>
      api.on('exports.packProgress', (payload) => {
        if (payload.month === month) setProgress({ step: payload.step, of: payload.of });
      }),
    [month],
  );
  const make = () => {
    setProgress(null);
    pack.mutate(
      { month, language, confirmed },
      { onSuccess: (out) => out.zip && downloadBase64({ fileName: out.zip.fileName, mime: out.zip.mediaType, dataBase64: out.zip.base64 }) },
    );
  };
  return (
    <Stack gap="xs">
      <Button onClick={make} loading={pack.isPending} w="fit-content">
        {t('pack.button')}
      </Button>
      {pack.isPending && progress && (
        <>
          <Progress value={(progress.step / progress.of) * 100} aria-label={t('pack.building', progress)} />
          <Text size="sm">{t('pack.building', progress)}</Text>
        </>
      )}
      {pack.data && (
        <Alert color="teal" variant="light" role="status">
          {t('pack.done', { count: pack.data.files.length })}
          {pack.data.folder && ` ${t('pack.savedTo', { folder: pack.data.folder })}`}
        </Alert>
      )}
      <ErrorAlert error={pack.error} />
    </Stack>
  );
}
