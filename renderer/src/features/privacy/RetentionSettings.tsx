import { useState } from 'react';
import { Anchor, Button, Group, NumberInput, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { retentionYearsSchema } from '#shared/contract/privacy';
import { useCall, useCallMutation } from '../../api/use-call';
import { ErrorAlert } from '../../components/ErrorAlert';

/** On the settings page: how many years after the last service a client's data is kept, and who is past it. */
export function RetentionSettings() {
  const { t } = useTranslation('privacy');
  const queryClient = useQueryClient();
  const current = useCall('retention.get', {});
  const update = useCallMutation('retention.update');
  // What the administrator typed, until saved; the stored value otherwise.
  const [edited, setEdited] = useState<number | string | null>(null);
  const [saved, setSaved] = useState(false);
  const years = edited ?? current.data?.retentionYears ?? '';

  const valid = retentionYearsSchema.safeParse(years);
  const save = async () => {
    if (!valid.success) return;
    setSaved(false);
    await update.mutateAsync({ retentionYears: valid.data });
    await queryClient.invalidateQueries({ predicate: (query) => String(query.queryKey[0]).startsWith('retention.') });
    setEdited(null);
    setSaved(true);
  };

  return (
    <Stack component="section" aria-label={t('retention.title')} mt="lg">
      <Title order={2} size="h3">
        {t('retention.title')}
      </Title>
      <ErrorAlert error={current.error} />
      <NumberInput
        label={t('retention.years')}
        description={t('retention.yearsHint')}
        min={1}
        max={75}
        allowDecimal={false}
        value={years}
        onChange={(value) => {
          setSaved(false);
          setEdited(value);
        }}
      />
      <ErrorAlert error={update.error} />
      {saved && !update.error && <Text c="teal.9">{t('retention.saved')}</Text>}
      <Group justify="space-between">
        <Button onClick={() => void save().catch(() => undefined)} loading={update.isPending} disabled={!valid.success || current.isPending}>
          {t('retention.save')}
        </Button>
        <Anchor href="#/retention">{t('retention.open')}</Anchor>
      </Group>
    </Stack>
  );
}
