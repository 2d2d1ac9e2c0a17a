import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';

/** The end of a client-card record form: a failed save in words, then Cancel and Save. */
export function RecordFormFooter({ error, busy, onCancel }: { error: unknown; busy: boolean; onCancel: () => void }) {
  const { t } = useTranslation('clients');
  return (
    <>
      <ErrorAlert error={error} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>{t('actions.cancel')}</Button>
        <Button type="submit" loading={busy}>{t('actions.save')}</Button>
      </Group>
    </>
  );
}
