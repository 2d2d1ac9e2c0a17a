import { Group, type ComboboxItem } from '@mantine/core';
import { SafetyOverdueBadge } from './SafetyOverdueBadge';

/**
 * A picker option for an equipment item (its value is the item's id) with the overdue-safety badge next to
 * its label; every option shares the page's one `equipment.safetyWarnings` call.
 */
export function renderItemOption({ option }: { option: ComboboxItem }) {
  return <ItemOptionLabel label={option.label} itemId={Number(option.value)} />;
}

export function ItemOptionLabel({ label, itemId }: { label: string; itemId: number | null | undefined }) {
  return (
    <Group gap={6} wrap="nowrap">
      <span>{label}</span>
      {itemId ? <SafetyOverdueBadge itemId={itemId} /> : null}
    </Group>
  );
}
