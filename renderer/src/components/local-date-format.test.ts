import { describe, expect, it } from 'vitest';
import { formatDisplayDate, parseDisplayDate, parseLocalTime } from './local-date-format';

describe('dates in the UI language', () => {
  it.each([
    ['lv', '23.11.2026'],
    ['lt', '2026-11-23'],
    ['ru', '23.11.2026'],
    ['en', '23/11/2026'],
  ] as const)('%s writes 2026-11-23 as %s and reads it back', (language, shown) => {
    expect(formatDisplayDate('2026-11-23', language)).toBe(shown);
    expect(parseDisplayDate(shown, language)).toBe('2026-11-23');
  });

  it('accepts typed ISO in every language, and one-digit day and month', () => {
    for (const language of ['lv', 'lt', 'ru', 'en'] as const) expect(parseDisplayDate('2026-11-23', language)).toBe('2026-11-23');
    expect(parseDisplayDate('3.1.2026', 'lv')).toBe('2026-01-03');
    expect(parseDisplayDate('3/1/2026', 'en')).toBe('2026-01-03');
  });

  it('refuses days that do not exist and half-typed text', () => {
    expect(parseDisplayDate('31.02.2026', 'lv')).toBeNull();
    expect(parseDisplayDate('2026-02-30', 'lt')).toBeNull();
    expect(parseDisplayDate('23.11.26', 'ru')).toBeNull();
    expect(parseDisplayDate('23.11', 'lv')).toBeNull();
    expect(parseDisplayDate('11/23/2026', 'en')).toBeNull();
    expect(formatDisplayDate('', 'lv')).toBe('');
  });

  it('reads times as 24-hour HH:MM', () => {
    expect(parseLocalTime('16:00')).toBe('16:00');
    expect(parseLocalTime('9:30')).toBe('09:30');
    expect(parseLocalTime('0930')).toBe('09:30');
    expect(parseLocalTime('16.45')).toBe('16:45');
    expect(parseLocalTime('16')).toBe('16:00');
    expect(parseLocalTime('24:00')).toBeNull();
    expect(parseLocalTime('4:00 PM')).toBeNull();
  });
});
