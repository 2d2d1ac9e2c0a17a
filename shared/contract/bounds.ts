import type { z } from 'zod';

/*
 * Upper bounds on every range and count the contract accepts, checked by zod before a handler runs
 * (issue 12, hole 4: one series from year 1000 to 9999 kept the host busy for 40 s and 2 GB).
 * `electron/core/contract-bounds.test.ts` walks the whole contract to keep it that way.
 */

/** Years a centre's dates can plausibly fall in: births from 1900, plans up to 2100. Outside them: a typo or an attack. */
export const plausibleYears = { min: 1900, max: 2100 } as const;
/** A repeating plan: one year (longer is almost certainly a typo in the year, and hundreds of sessions). */
export const maxSeriesMonths = 12;
/** A listed or reported period. */
export const maxPeriodMonths = 12;
/** The most rows one page of a list may ask for. */
export const maxPageSize = 500;

/** For dates (`YYYY-MM-DD`), months (`YYYY-MM`) and instants (ISO): the year is the first four characters. */
export function inPlausibleYears(value: string): boolean {
  const year = Number(value.slice(0, 4));
  return year >= plausibleYears.min && year <= plausibleYears.max;
}

/**
 * `.refine` arguments for a date, month or instant outside the plausible years; `min`/`max` fill the message.
 * It runs only once the format passed, so a malformed value gets the one message that says so.
 */
export const plausibleYearsRefinement = [
  inPlausibleYears,
  { error: 'dateOutOfRange', params: { ...plausibleYears }, when: (payload: z.core.ParsePayload) => payload.issues.length === 0 },
] as const;

const hourMs = 3_600_000;

/** `from` plus `months` months, in UTC; an overflowing day rolls on (29 February + 12 months = 1 March). */
function addMonthsUtc(from: string, months: number): number {
  const start = new Date(from.length === 10 ? `${from}T00:00:00Z` : from);
  start.setUTCMonth(start.getUTCMonth() + months);
  return start.getTime();
}

/** Days `from`..`to`, both included, span at most `months` months. */
export function daysWithinMonths(from: string, to: string, months: number): boolean {
  return Date.parse(`${to}T00:00:00Z`) < addMonthsUtc(from, months);
}

/**
 * Instants `from` (inclusive) to `to` (exclusive) span at most `months` months. The browser sends local
 * midnights, so a daylight-saving switch between them may add an hour.
 */
export function instantsWithinMonths(from: string, to: string, months: number): boolean {
  return Date.parse(to) <= addMonthsUtc(from, months) + hourMs;
}

type Range = { from?: string | undefined; to?: string | undefined };

/**
 * The arguments of `.refine` that cap `from`..`to` at `months`. It runs as soon as both ends parsed, even
 * when other fields failed, so a form shows it together with the rest and a script learns it at once.
 */
export function rangeWithin(months: number, fits: (from: string, to: string, months: number) => boolean) {
  const check = (range: Range) => !range.from || !range.to || fits(range.from, range.to, months);
  const params = {
    path: ['to'],
    error: 'rangeTooLong',
    params: { count: months },
    when: (payload: z.core.ParsePayload) => endsParsed(payload),
  };
  return [check, params] as const;
}

function endsParsed({ value, issues }: z.core.ParsePayload): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const { from, to } = value as Record<string, unknown>;
  const endFailed = issues.some((issue) => issue.path?.[0] === 'from' || issue.path?.[0] === 'to');
  return typeof from === 'string' && typeof to === 'string' && !endFailed;
}
