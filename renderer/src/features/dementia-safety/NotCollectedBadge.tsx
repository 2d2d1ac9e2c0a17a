import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { NotCollectedRow } from '#shared/contract/dementia-safety';
import { useNotCollected } from './use-not-collected';

/** A red badge for one participant not yet collected; nothing while they are not overdue. */
export function NotCollectedBadge({ clientId, date }: { clientId: number; date?: string }) {
  const { t } = useTranslation('safety');
  const row = useNotCollected(date).data?.rows.find((r) => r.clientId === clientId);
  if (!row) return null;
  return (
    <Badge color="red.9" variant="filled" title={t('notCollected.since', { time: row.closesAt })}>
      {t('notCollected.badge')}
    </Badge>
  );
}

/** The authorised persons' phone numbers, each one click (a tel: link) away. */
export function CollectorPhones({ row }: { row: NotCollectedRow }) {
  const { t } = useTranslation('safety');
  const phones = row.collectors.flatMap((c) => [c.phone, c.phoneAlt].filter((p): p is string => !!p).map((phone) => ({ name: c.name, phone })));
  if (phones.length === 0) return <Text size="sm">{t('notCollected.noPhone')}</Text>;
  return (
    <Group gap="xs">
      <Text size="sm">{t('notCollected.collectors')}</Text>
      {phones.map(({ name, phone }) => (
        <Anchor key={`${name}${phone}`} href={`tel:${phone.replace(/[^+\d]/g, '')}`} size="sm" aria-label={t('handOver.call', { phone: `${name} ${phone}` })}>
          {`${name} ${phone}`}
        </Anchor>
      ))}
    </Group>
  );
}

/** The red list of participants still here after their group closed (board and group page). */
export function NotCollectedPanel({ date, groupId }: { date?: string; groupId?: number }) {
  const { t } = useTranslation('safety');
  const rows = (useNotCollected(date).data?.rows ?? []).filter((r) => groupId === undefined || r.groupId === groupId);
  if (rows.length === 0) return null;
  return (
    <Card withBorder component="section" aria-label={t('notCollected.title')} style={{ borderColor: 'var(--mantine-color-red-9)' }} padding="xs">
      <Title order={2} size="h5" c="red.9">
        {t('notCollected.title')}
      </Title>
      <Stack gap={4}>
        {rows.map((row) => (
          <Group key={row.clientId} gap="sm" data-testid="not-collected">
            <Text fw={700} c="red.9">{`${row.firstName} ${row.lastName}`}</Text>
            <Text size="sm">{t('notCollected.since', { time: row.closesAt })}</Text>
            <CollectorPhones row={row} />
          </Group>
        ))}
      </Stack>
    </Card>
  );
}
