import { useCallback } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { addDays, isoWeekday } from '#shared/domain/local-date';

/** After any booking change: the week, the day board's bookings, a client's list and the utilisation. */
export function useRefreshBookings() {
  const queryClient = useQueryClient();
  return useCallback(() => {
    for (const key of ['bookings.week', 'bookings.day', 'bookings.forClient', 'bookings.utilisation']) void queryClient.invalidateQueries({ queryKey: [key] });
  }, [queryClient]);
}

/** The Monday of `date`'s week (weeks start on Monday in Latvia and Lithuania). */
export function mondayOf(date: string): string {
  return addDays(date, 1 - isoWeekday(date));
}

export const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
export const timeOf = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** The slot start times of a day within opening hours. */
export function slotTimes(opensAt: string, closesAt: string, slotMinutes: number): string[] {
  const times: string[] = [];
  for (let m = minutesOf(opensAt); m + slotMinutes <= minutesOf(closesAt); m += slotMinutes) times.push(timeOf(m));
  return times;
}
