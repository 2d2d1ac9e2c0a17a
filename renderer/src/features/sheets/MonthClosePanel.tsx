import { useState, type ReactNode } from 'react';
import { Alert, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ServiceKind } from '#shared/domain/services';
import { contract } from '#shared/contract/index';
import { useCall, useCallMutation } from '../../api/use-call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { zodValidate } from '../../forms/zod-validate';
import { useLanguage } from '../../i18n/use-language';
import { formatPrintDate, localIsoDate } from '../print/format-print';

/** Closing a signed month (its attendance becomes read-only) and reopening it with a reason. */
export function MonthClosePanel({ month, service }: { month: string; service: ServiceKind }) {
  const { t } = useTranslation('sheets');
  const language = useLanguage();
  const queryClient = useQueryClient();
  const status = useCall('months.status', { month, service });
  const close = useCallMutation('months.close');
  const reopen = useCallMutation('months.reopen');
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<ReactNode>(null);
  const [done, setDone] = useState<string | null>(null);
  const date = (iso: string | null) => (iso ? formatPrintDate(localIsoDate(iso), language) : '');

  const refresh = async (message: string) => {
    setDone(message);
    await queryClient.invalidateQueries({ queryKey: ['months.status'] });
    await queryClient.invalidateQueries({ queryKey: ['sheets.attendanceMonth'] });
  };
  const onClose = () => close.mutateAsync({ month, service }).then(() => refresh(t('closing.closedNow')), () => undefined);
  const onReopen = () => {
    const errors = zodValidate(contract['months.reopen'].input)({ month, service, reason });
    setReasonError(errors.reason ?? null);
    if (errors.reason) return;
    void reopen.mutateAsync({ month, service, reason }).then(() => {
      setReason('');
      return refresh(t('closing.reopenedNow'));
    }, () => undefined);
  };

  const data = status.data;
  return (
    <Paper className="no-print" p="sm" radius={0} withBorder role="region" aria-label={t('closing.title')}>
      <Stack gap="xs">
        <Title order={2} size="h5">
          {t('closing.title')}
        </Title>
        <ErrorAlert error={status.error} />
        {data && <Text size="sm">{data.closed ? t('closing.isClosed', { date: date(data.closedAt), name: data.closedBy ?? '' }) : t('closing.isOpen')}</Text>}
        {data?.reopenedAt && (
          <Text size="sm" c="dimmed">
            {t('closing.lastReopened', { date: date(data.reopenedAt), name: data.reopenedBy ?? '', reason: data.reopenReason ?? '' })}
          </Text>
        )}
        {data && !data.closed && (
          <Group>
            <Button color="red" variant="light" onClick={() => void onClose()} loading={close.isPending}>
              {t('closing.close')}
            </Button>
            <Text size="xs" c="dimmed">
              {t('closing.closeHint')}
            </Text>
          </Group>
        )}
        {data?.closed && (
          <Group align="flex-end">
            <Textarea
              label={t('closing.reason')}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
              error={reasonError}
              autosize
              minRows={1}
              w={420}
            />
            <Button variant="default" onClick={onReopen} loading={reopen.isPending}>
              {t('closing.reopen')}
            </Button>
          </Group>
        )}
        <ErrorAlert error={close.error ?? reopen.error} />
        {done && (
          <Alert color="teal" variant="light" role="status">
            {done}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
