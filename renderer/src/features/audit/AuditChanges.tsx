import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '#shared/contract/audit';
import type { AuditNames } from './use-audit';
import { useLanguage } from '../../i18n/use-language';
import { fieldLabel } from './audit-labels';
import { valueLabel } from './audit-values';

/** Each changed field as "Field: before → after"; a new record lists its values, a removed one what it had. */
export function AuditChanges({ entity, changes, names }: { entity: string; changes: AuditEntry['changes']; names: AuditNames }) {
  const { t } = useTranslation(['audit', 'common']);
  const language = useLanguage();
  if (!changes) return <Text c="dimmed" size="sm">{'—'}</Text>;
  const { before, after } = changes;
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  if (fields.length === 0) return <Text c="dimmed" size="sm">{'—'}</Text>;
  const context = { t, language, entity, names };
  const value = (field: string, row: Record<string, unknown> | null | undefined) => valueLabel(context, field, row?.[field]);
  return (
    <List size="sm" spacing={2} listStyleType="none">
      {fields.map((field) => (
        <List.Item key={field}>
          <Text span size="sm" fw={500}>
            {fieldLabel(t, entity, field)}
          </Text>{' '}
          {before && after ? `${value(field, before)} → ${value(field, after)}` : value(field, after ?? before)}
        </List.Item>
      ))}
    </List>
  );
}
