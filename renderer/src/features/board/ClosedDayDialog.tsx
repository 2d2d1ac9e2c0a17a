import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ClosedDay } from '#shared/contract/attendance';

/** Why the centre is closed that day, in one sentence of the reader's language. */
export function useClosedDayReason(): (closed: ClosedDay) => string {
  const { t } = useTranslation('board');
  return (closed) => t(`closed.${closed.reason}`, { name: closed.name ?? '' });
}

/**
 * Asked before the first check-in on a day the centre is closed: a weekend, a public holiday or a day
 * off of the centre's calendar. Enter confirms (the focus starts on "Yes"), Escape cancels.
 */
export function ClosedDayDialog(props: { closed: ClosedDay | null; name: string | null; onConfirm: () => void; onCancel: () => void }) {
  const { t } = useTranslation('board');
  const reason = useClosedDayReason();
  const { closed, name } = props;
  return (
    <Modal opened={closed !== null && name !== null} onClose={props.onCancel} title={t('closed.title')}>
      <Stack>
        {closed && <Text>{reason(closed)}</Text>}
        <Text fw={600}>{t('closed.question', { name: name ?? '' })}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onCancel}>{t('closed.cancel')}</Button>
          <Button data-autofocus onClick={props.onConfirm}>{t('closed.confirm')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
