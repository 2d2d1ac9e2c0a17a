import { describe, expect, it } from 'vitest';
import { daysWithinMonths, inPlausibleYears, instantsWithinMonths } from './bounds';

describe('the bounds a contract range is held to', () => {
  it('accepts the years 1900 to 2100 in dates, months and instants, nothing outside', () => {
    expect(['1900-01-01', '2100-12', '2100-12-31T23:59:59Z'].map(inPlausibleYears)).toEqual([true, true, true]);
    expect(['1899-12-31', '2101-01', '9999-12-31T00:00:00Z', '0001-01-01'].map(inPlausibleYears)).toEqual([false, false, false, false]);
  });

  it('counts both days of a period: a calendar year fits 12 months, one more day does not', () => {
    expect(daysWithinMonths('2026-01-01', '2026-12-31', 12)).toBe(true);
    expect(daysWithinMonths('2026-01-01', '2027-01-01', 12)).toBe(false);
    expect(daysWithinMonths('2026-03-09', '2027-03-08', 12)).toBe(true);
  });

  it('lets a year from 29 February end on the last day of the next February', () => {
    expect(daysWithinMonths('2024-02-29', '2025-02-28', 12)).toBe(true);
    expect(daysWithinMonths('2024-02-29', '2025-03-01', 12)).toBe(false);
  });

  it('takes local midnights across a daylight-saving switch (Riga: UTC+2 in winter, +3 in summer)', () => {
    // 1 March 2026 to 1 March 2027 local, `to` exclusive: exactly a year of days.
    expect(instantsWithinMonths('2026-02-28T22:00:00.000Z', '2027-02-28T22:00:00.000Z', 12)).toBe(true);
    // 26 October 2025 (still summer time at midnight) to 26 October 2026 (winter): an hour more in UTC, a year of days.
    expect(instantsWithinMonths('2025-10-25T21:00:00.000Z', '2026-10-25T22:00:00.000Z', 12)).toBe(true);
    expect(instantsWithinMonths('2025-10-25T21:00:00.000Z', '2026-10-26T22:00:00.000Z', 12)).toBe(false);
    expect(instantsWithinMonths('2026-02-28T22:00:00.000Z', '2027-03-01T22:00:00.000Z', 12)).toBe(false);
  });
});
