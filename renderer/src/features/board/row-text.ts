import type { TFunction } from 'i18next';
import type { DayRow } from '#shared/contract/attendance';

/**
 * "arrived 08:42", "left at 15:10", "absent: sick", in the UI language. Latvian and Russian past
 * participles agree with the client's sex ("ieradies"/"ieradusies", "пришёл"/"пришла"): i18next's
 * context picks `_male`/`_female`, and a card without sex gets the neutral wording.
 */
export function statusText(row: DayRow, t: TFunction<'board'>): string {
  const context = row.sex ?? undefined;
  switch (row.status) {
    case 'present':
      return t('status.present', { time: row.arrivedAt ?? '', context });
    case 'left':
      return t('status.left', { time: row.leftAt ?? '', arrived: row.arrivedAt ?? '', context });
    case 'absent':
      return t('status.absent', { reason: row.absenceReason ? t(`reason.${row.absenceReason}`) : '', context });
    default:
      return t('status.expected', { context });
  }
}

export const fullName = (row: { firstName: string; lastName: string }) => `${row.lastName} ${row.firstName}`;

/** Enter's action on a row: arrive, leave, or nothing once the client has gone home. */
export function primaryAction(row: DayRow): 'attendance.checkIn' | 'attendance.checkOut' | null {
  if (row.status === 'expected' || row.status === 'absent') return 'attendance.checkIn';
  if (row.status === 'present') return 'attendance.checkOut';
  return null;
}
