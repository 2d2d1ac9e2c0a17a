import { useEffect } from 'react';
import { keepPreviousData, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { useCall } from '../../api/use-call';

/**
 * The board of one date, kept live: any window or PC that changes that date sends `attendance.changed`
 * (SSE in the browser, IPC in Electron) and the board refetches it; `settings.changed` may change the
 * meals served, which every date's board shows.
 */
export function useDayBoard(date: string) {
  const queryClient = useQueryClient();
  const query = useCall('attendance.day', { date }, { placeholderData: keepPreviousData });
  useEffect(
    () =>
      api.on('attendance.changed', (payload) => {
        if (payload.date === date) void queryClient.invalidateQueries({ queryKey: ['attendance.day', { date }] });
      }),
    [date, queryClient],
  );
  useEffect(() => api.on('settings.changed', () => void queryClient.invalidateQueries({ queryKey: ['attendance.day'] })), [queryClient]);
  return query;
}
