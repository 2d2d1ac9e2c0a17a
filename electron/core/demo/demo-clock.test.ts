import { describe, expect, it } from 'vitest';
import { demoClock, demoToday } from './demo-clock';

describe('demoClock', () => {
  it('shows the chosen day at the real time of day and keeps running', () => {
    let real = new Date(2026, 10, 28, 9, 15, 30); // a Saturday
    const clock = demoClock('2026-11-23', () => real);
    expect(demoToday(clock)).toBe('2026-11-23');
    expect([clock().getHours(), clock().getMinutes(), clock().getSeconds()]).toEqual([9, 15, 30]);
    real = new Date(real.getTime() + 10_000);
    expect(clock().getSeconds()).toBe(40);
    expect(demoToday(clock)).toBe('2026-11-23');
  });

  it('refuses a date that is not YYYY-MM-DD or does not exist', () => {
    expect(() => demoClock('23.11.2026')).toThrow(/YYYY-MM-DD/);
    expect(() => demoClock('2026-02-30')).toThrow(/YYYY-MM-DD/);
  });
});
