import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '#shared/contract/audit';
import { fieldLabel, valueLabel } from './audit-labels';

/** Each changed field as "Field: before → after"; a new record lists its values, a removed one what it had. */
export function AuditChanges({ changes }: { changes: AuditEntry['changes'] }) {
  const { t } = useTranslation(['audit', 'common']);
  if (!changes) return <Text c="dimmed" size="sm">{'—'}</Text>;
  const { before, after } = changes;
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  if (fields.length === 0) return <Text c="dimmed" size="sm">{'—'}</Text>;
  return (
    <List size="sm" spacing={2} listStyleType="none">
      {fields.map((field) => (
        <List.Item key={field}>
          <Text span size="sm" fw={500}>
            {fieldLabel(t, field)}
          </Text>{' '}
          {before && after
            ? `${valueLabel(t, field, before[field])} → ${valueLabel(t, field, after[field])}`
            : valueLabel(t, field, (after ?? before)?.[field])}
        </List.Item>
      ))}
    </List>
  );
}
