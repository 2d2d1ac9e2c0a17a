import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { setContractTodayFallback } from '#shared/contract/contract-clock';
import { serverToday, type ClockReading } from './server-clock';

const TodayContext = createContext<string | null>(null);

/**
 * Reads the centre's clock once and keeps "today" current from it, also across midnight, without asking
 * the core again (a poll would count as activity and keep an idle session awake). Children render once
 * the day is known; `fallback` shows until then.
 */
export function TodayProvider({ children, fallback }: { children: ReactNode; fallback: ReactNode }) {
  const clock = useQuery<ClockReading>({
    queryKey: ['clock.now', {}],
    queryFn: async () => ({ ...(await api.call('clock.now', {})), receivedAt: Date.now() }),
    staleTime: Infinity,
  });
  const [today, setToday] = useState<string | null>(null);
  useEffect(() => {
    const reading = clock.data;
    if (!reading) return;
    const update = () => setToday(serverToday(reading, Date.now()));
    setContractTodayFallback(() => serverToday(reading, Date.now()));
    update();
    const timer = setInterval(update, 30_000);
    return () => clearInterval(timer);
  }, [clock.data]);
  if (!today) return fallback;
  return <TodayContext.Provider value={today}>{children}</TodayContext.Provider>;
}

/** The centre's local day, `YYYY-MM-DD`: every page's "today". */
export function useToday(): string {
  const today = useContext(TodayContext);
  if (!today) throw new Error('useToday() outside <TodayProvider>');
  return today;
}
