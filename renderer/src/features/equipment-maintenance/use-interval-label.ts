import { useTranslation } from 'react-i18next';
import type { ScheduleIntervalUnit } from '#shared/domain/equipment-due';

/** "every 12 months" in the given (or the UI) language, with the plural its count needs. */
export function useIntervalLabel(language?: string) {
  const { t } = useTranslation('equipmentMaintenance', { lng: language });
  return (unit: ScheduleIntervalUnit, count: number) => t(`every.${unit}`, { count });
}
