import { describe, expect, it } from 'vitest';
import { addMonths, dueStateOfDate, dueStateOfUses, nextDueDate } from './equipment-due';

describe('addMonths', () => {
  it('keeps the day when the target month has it', () => {
    expect(addMonths('2026-01-15', 1)).toBe('2026-02-15');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2026-12-10', 1)).toBe('2027-01-10');
  });

  it('clamps a month-end to the shorter month’s last day', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-03-31', 1)).toBe('2026-04-30');
    expect(addMonths('2028-02-29', 12)).toBe('2029-02-28');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
  });

  it('crosses years both ways and over many months', () => {
    expect(addMonths('2026-10-31', 12)).toBe('2027-10-31');
    expect(addMonths('2026-05-31', 120)).toBe('2036-05-31');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
  });
});

describe('nextDueDate', () => {
  const months = { intervalUnit: 'months' as const, intervalValue: 12, startsOn: '2024-01-31' };
  it('counts the first from the start, then from the last completed one', () => {
    expect(nextDueDate(months, null)).toBe('2025-01-31');
    expect(nextDueDate(months, '2025-02-10')).toBe('2026-02-10');
    expect(nextDueDate({ ...months, intervalValue: 1 }, '2026-01-31')).toBe('2026-02-28');
  });

  it('counts days across month and leap-year ends', () => {
    const days = { intervalUnit: 'days' as const, intervalValue: 90, startsOn: '2026-01-01' };
    expect(nextDueDate(days, null)).toBe('2026-04-01');
    expect(nextDueDate({ ...days, intervalValue: 1 }, '2028-02-28')).toBe('2028-02-29');
    expect(nextDueDate({ ...days, intervalValue: 7 }, '2026-12-28')).toBe('2027-01-04');
  });

  it('has no date for a schedule counted in uses', () => {
    expect(nextDueDate({ intervalUnit: 'uses', intervalValue: 50, startsOn: '2026-01-01' }, '2026-03-01')).toBeNull();
  });
});

describe('due states', () => {
  it('dated: overdue after the day, due soon within 30 days, upcoming later', () => {
    expect(dueStateOfDate('2026-03-09', '2026-03-10')).toBe('overdue');
    expect(dueStateOfDate('2026-03-10', '2026-03-10')).toBe('due-soon');
    expect(dueStateOfDate('2026-04-09', '2026-03-10')).toBe('due-soon');
    expect(dueStateOfDate('2026-04-10', '2026-03-10')).toBe('upcoming');
  });

  it('counted in uses: due soon from 80 %, overdue past the interval', () => {
    expect(dueStateOfUses(50, 39)).toBe('upcoming');
    expect(dueStateOfUses(50, 40)).toBe('due-soon');
    expect(dueStateOfUses(50, 50)).toBe('due-soon');
    expect(dueStateOfUses(50, 51)).toBe('overdue');
    expect(dueStateOfUses(1, 1)).toBe('due-soon');
  });
});
