import { Badge, Group, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DayRow } from '#shared/contract/attendance';

interface Warning {
  key: string;
  label: string;
  full: string;
  color: string;
  variant: 'filled' | 'light';
}

/**
 * The card's warnings as small badges beside the name, so each client stays one line on the board;
 * the full text shows on hover and on focus, and is the badge's accessible name.
 */
export function RowWarnings({ row }: { row: DayRow }) {
  const { t } = useTranslation('board');
  const warnings: Warning[] = [];
  if (row.wanderingRisk) warnings.push({ key: 'wandering', label: t('badge.wandering'), full: t('warning.wandering'), color: 'red', variant: 'filled' });
  if (row.diet) warnings.push({ key: 'diet', label: t('badge.diet'), full: t('warning.diet', { diet: row.diet }), color: 'grape', variant: 'light' });
  if (!row.hasDecision) warnings.push({ key: 'decision', label: t('badge.noDecision'), full: t('warning.noDecision'), color: 'yellow', variant: 'light' });
  if (row.hasDecision && !row.expected) warnings.push({ key: 'unplanned', label: t('badge.unplanned'), full: t('status.unplanned'), color: 'gray', variant: 'light' });
  if (row.collectors.length > 0) {
    const full = t('warning.collectors', { names: row.collectors.join(', ') });
    warnings.push({ key: 'collectors', label: t('badge.collectors', { count: row.collectors.length }), full, color: 'blue', variant: 'light' });
  }
  if (row.receptionNotes) warnings.push({ key: 'notes', label: t('badge.notes'), full: row.receptionNotes, color: 'dark', variant: 'light' });
  if (warnings.length === 0) return null;
  return (
    <Group gap={4} wrap="nowrap" style={{ minWidth: 0, overflow: 'hidden' }}>
      {warnings.map((w) => (
        <Tooltip key={w.key} label={w.full} events={{ hover: true, focus: true, touch: true }} multiline maw={360} withArrow>
          <Badge size="sm" radius="sm" color={w.color} variant={w.variant} tabIndex={0} aria-label={w.full} data-warning={w.key} style={{ cursor: 'help', flexShrink: 1, minWidth: 24 }}>
            {w.label}
          </Badge>
        </Tooltip>
      ))}
    </Group>
  );
}
