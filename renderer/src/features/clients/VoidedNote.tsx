import { Badge, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Decision } from '#shared/contract/decisions';
import { formatDateTime } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';

type Voided = Pick<Decision, 'voidedAt' | 'voidedByName' | 'voidReason'>;

/** A voided record is struck through where it is listed; this style is shared by decisions and assessments. */
export const voidedStyle = (record: Voided) => (record.voidedAt ? { textDecoration: 'line-through', opacity: 0.6 } : undefined);

/** Who voided a record, when and why: kept readable (not struck through) next to the struck record. */
export function VoidedNote({ record }: { record: Voided }) {
  const { t } = useTranslation('clients');
  const language = useLanguage();
  if (!record.voidedAt) return null;
  return (
    <Stack gap={2} align="flex-start" data-testid="voided-note">
      <Badge color="gray" variant="outline" miw="max-content">
        {t('voiding.badge')}
      </Badge>
      <Text size="xs" c="dimmed">
        {t('voiding.voided', { name: record.voidedByName ?? '', date: formatDateTime(new Date(record.voidedAt), language), reason: record.voidReason ?? '' })}
      </Text>
    </Stack>
  );
}
