import { describe, expect, it } from 'vitest';
import { addDays, localDate } from '#shared/domain/local-date';
import { startupClock } from './startup-clock';
import { loggedInCore } from './testing/test-core';

describe('startupClock', () => {
  it('is the real clock unless the test date or a demo date says otherwise', () => {
    expect(startupClock({ environment: {} })).toEqual({ now: undefined, notice: null });
    const test = startupClock({ environment: { CAREDESK_TEST_TODAY: '2026-11-28' } });
    expect(localDate(test.now!())).toBe('2026-11-28');
    expect(test.notice).toMatch(/CAREDESK_TEST_TODAY/);
    // The demo date wins: the demo is shown on its day whatever the computer's date.
    const demo = startupClock({ demoDate: '2026-11-23', environment: { CAREDESK_TEST_TODAY: '2026-12-31' } });
    expect(localDate(demo.now!())).toBe('2026-11-23');
  });

  it('refuses a test date that is not a day', () => {
    expect(() => startupClock({ environment: { CAREDESK_TEST_TODAY: '31.12.2026' } })).toThrow(/YYYY-MM-DD/);
  });
});

describe('clock.now and future dates follow the core clock, not the computer', () => {
  // Far ahead of any day CI runs on, and far behind it: the computer's date may leak in neither way.
  it.each(['2099-06-15', '2001-03-10'])('on %s', async (day) => {
    const [y, m, d] = day.split('-').map(Number) as [number, number, number];
    const { core, ctx } = await loggedInCore({ now: () => new Date(y, m - 1, d, 10, 0) });
    try {
      expect(await core.dispatch('clock.now', {}, ctx)).toMatchObject({ ok: true, data: { today: day } });
      const client = (birthDate: string) => ({ language: 'lv', codeCountry: '', personalCode: '', firstName: 'Anna', lastName: 'Ozola', birthDate });
      expect(await core.dispatch('clients.create', client(day), ctx)).toMatchObject({ ok: true });
      const tomorrow = await core.dispatch('clients.create', client(addDays(day, 1)), ctx);
      expect(tomorrow).toMatchObject({ ok: false, error: { kind: 'validation', issues: [expect.objectContaining({ path: ['birthDate'] })] } });
    } finally {
      core.close();
    }
  });
});
