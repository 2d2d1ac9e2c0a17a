/**
 * Dates and times as reception writes them: local `YYYY-MM-DD` and `HH:MM` in the centre's time zone.
 * Never `toISOString().slice(0, 10)`: that is the UTC date, which is yesterday in Riga until 02:00/03:00.
 */
export type LocalDate = string;
export type LocalTime = string;

const pad = (n: number) => String(n).padStart(2, '0');

export const localDatePattern = /^\d{4}-\d{2}-\d{2}$/;
export const localTimePattern = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The local calendar date of an instant, in the time zone of the process (the centre's PC). */
export function localDate(instant: Date): LocalDate {
  return `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`;
}

/** The local wall-clock time of an instant, to the minute. */
export function localTime(instant: Date): LocalTime {
  return `${pad(instant.getHours())}:${pad(instant.getMinutes())}`;
}

/** Calendar arithmetic in UTC, so a daylight-saving switch never skips or repeats a day. */
function toUtc(date: LocalDate): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

function fromUtc(date: Date): LocalDate {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** True for a real calendar date in `YYYY-MM-DD` form (no 2026-02-30). */
export function isLocalDate(value: string): boolean {
  return localDatePattern.test(value) && fromUtc(toUtc(value)) === value;
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const d = toUtc(date);
  d.setUTCDate(d.getUTCDate() + days);
  return fromUtc(d);
}

/** ISO weekday: Monday = 1 … Sunday = 7. */
export function isoWeekday(date: LocalDate): number {
  const day = toUtc(date).getUTCDay();
  return day === 0 ? 7 : day;
}

/** Every date from `from` to `to`, both included. */
export function datesBetween(from: LocalDate, to: LocalDate): LocalDate[] {
  const out: LocalDate[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

/** A `Date` at local midnight of a date, for Intl formatting in the UI. */
export function localMidnight(date: LocalDate): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}
