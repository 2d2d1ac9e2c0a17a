import { describe, expect, it } from 'vitest';
import { addDays, datesBetween, isLocalDate, isoWeekday, localDate, localTime } from './local-date';

describe('local dates', () => {
  it('takes the local calendar date and time of an instant, not the UTC one', () => {
    const lateEvening = new Date(2026, 2, 9, 23, 30);
    expect(localDate(lateEvening)).toBe('2026-03-09');
    expect(localTime(lateEvening)).toBe('23:30');
    expect(localTime(new Date(2026, 0, 1, 8, 5))).toBe('08:05');
  });

  it('counts days across month ends, leap days and daylight-saving switches', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(datesBetween('2026-10-24', '2026-10-27')).toEqual(['2026-10-24', '2026-10-25', '2026-10-26', '2026-10-27']);
  });

  it('names ISO weekdays, Monday = 1 and Sunday = 7', () => {
    expect(isoWeekday('2026-03-09')).toBe(1);
    expect(isoWeekday('2026-03-15')).toBe(7);
  });

  it('accepts only real dates', () => {
    expect(isLocalDate('2026-02-28')).toBe(true);
    expect(isLocalDate('2026-02-30')).toBe(false);
    expect(isLocalDate('2026-2-3')).toBe(false);
  });
});
