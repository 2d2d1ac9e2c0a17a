import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ClosedDay } from '#shared/contract/attendance';
import { useClosedDayReason } from './ClosedDayDialog';

/** A one-line notice above the list: nobody is expected today, and why. */
export function ClosedDayBanner({ closed }: { closed: ClosedDay }) {
  const { t } = useTranslation('board');
  const reason = useClosedDayReason();
  return (
    <Alert color="yellow" variant="light" py={6} data-testid="closed-day">
      {t('closed.banner', { why: reason(closed) })}
    </Alert>
  );
}
