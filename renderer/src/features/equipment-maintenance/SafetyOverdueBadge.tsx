import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCall } from '../../api/use-call';

/**
 * The warning any page showing an item puts next to it: its safety inspection is overdue (and, when the
 * centre blocks such items, that it may not be used). One cached call serves every badge on a page.
 */
export function SafetyOverdueBadge({ itemId }: { itemId: number }) {
  const { t } = useTranslation('equipmentMaintenance');
  const warnings = useCall('equipment.safetyWarnings', {}, { staleTime: 30_000 });
  if (!warnings.data?.itemIds.includes(itemId)) return null;
  const badge = (
    <Badge color="red" variant="filled" data-testid="safety-overdue">
      {t('badge.overdue')}
    </Badge>
  );
  return warnings.data.blocking ? <Tooltip label={t('badge.blocked')}>{badge}</Tooltip> : badge;
}
