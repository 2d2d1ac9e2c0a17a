import { describe, expect, it } from 'vitest';
import { serverToday } from './server-clock';

describe('serverToday', () => {
  // The core at 23:59:30 in Riga (UTC+2) on 31 December; the browser's own clock is days off.
  const reading = { epochMs: Date.UTC(2026, 11, 31, 21, 59, 30), utcOffsetMinutes: 120, receivedAt: Date.UTC(2026, 11, 6, 8, 0) };

  it('is the core’s local day, whatever the browser’s date or time zone', () => {
    expect(serverToday(reading, reading.receivedAt)).toBe('2026-12-31');
  });

  it('turns over at the core’s midnight, counted with the browser’s elapsed time only', () => {
    expect(serverToday(reading, reading.receivedAt + 29_000)).toBe('2026-12-31');
    expect(serverToday(reading, reading.receivedAt + 31_000)).toBe('2027-01-01');
  });
});
