import { ActionIcon, Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { addDays, isLocalDate } from '#shared/domain/local-date';
import { LocalDateInput } from '../../components/LocalDateInput';

/** Previous/next day, a date field in the UI language's format and back to today. */
export function DateNav({ date, today, onChange }: { date: string; today: string; onChange: (date: string) => void }) {
  const { t } = useTranslation('board');
  return (
    <Group gap="xs" align="center" wrap="nowrap">
      <ActionIcon size="input-sm" variant="default" aria-label={t('date.previous')} title={t('date.previous')} onClick={() => onChange(addDays(date, -1))}>
        {'‹'}
      </ActionIcon>
      <LocalDateInput
        size="sm"
        aria-label={t('date.label')}
        value={date}
        onChange={(iso) => isLocalDate(iso) && onChange(iso)}
        w={170}
      />
      <ActionIcon size="input-sm" variant="default" aria-label={t('date.next')} title={t('date.next')} onClick={() => onChange(addDays(date, 1))}>
        {'›'}
      </ActionIcon>
      <Button variant="default" size="sm" onClick={() => onChange(today)} disabled={date === today}>
        {t('date.today')}
      </Button>
    </Group>
  );
}
