import { dateSchema } from '#shared/contract/period';
import { localDate } from '#shared/domain/local-date';

/**
 * A clock for the demo centre set to another day: it keeps running at real speed from the current
 * time of day, so check-in times and the ten-second undo behave as usual. Trainers use it to show a
 * working day on a weekend; the end-to-end tests use it to get the same weekday on any date. Only the
 * demo may use it: a real centre's records must carry the real date.
 */
export function demoClock(date: string, real: () => Date = () => new Date()): () => Date {
  if (!dateSchema.safeParse(date).success) throw new RangeError(`--demo-date must be a date written YYYY-MM-DD, not "${date}"`);
  const started = real();
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(started);
  target.setFullYear(year, month - 1, day);
  const offset = target.getTime() - started.getTime();
  return () => new Date(real().getTime() + offset);
}

/** The day the demo clock shows now, for the start-up message. */
export const demoToday = (clock: () => Date): string => localDate(clock());
