import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { useCall } from '../../api/use-call';

/**
 * Dementia-group participants still present after their group's closing time, asked again every 30 s
 * (the core's clock decides when closing time has come) and whenever the day's board or an alarm changes.
 */
export function useNotCollected(date?: string) {
  const queryClient = useQueryClient();
  const query = useCall('safety.notCollected', date ? { date } : {}, { refetchInterval: 30_000 });
  useEffect(() => {
    const refresh = () => void queryClient.invalidateQueries({ queryKey: ['safety.notCollected'] });
    const offBoard = api.on('attendance.changed', refresh);
    const offAlarm = api.on('safety.alarmRaised', refresh);
    return () => {
      offBoard();
      offAlarm();
    };
  }, [queryClient]);
  return query;
}
