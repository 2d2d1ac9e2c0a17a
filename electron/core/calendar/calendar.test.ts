import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../core';
import { callContext, loggedInCore } from '../testing/test-core';
import { loginAs } from '../testing/sheet-fixtures';
import { isWorkingDay, workingDays } from './working-days';
import { publicHolidays } from './holidays';

let core: Core | undefined;
afterEach(() => core?.close());

const holidayDates = (country: 'LV' | 'LT', year: number) => publicHolidays(country, year).map((h) => h.date);

describe('public holidays', () => {
  it('gives Latvia the next Monday off when 4 May or 18 November falls on a weekend', () => {
    expect(holidayDates('LV', 2025)).toEqual(expect.arrayContaining(['2025-05-04', '2025-05-05'])); // Sunday → Monday
    expect(holidayDates('LV', 2028)).toEqual(expect.arrayContaining(['2028-11-18', '2028-11-20'])); // Saturday → Monday
    expect(holidayDates('LV', 2029)).toEqual(expect.arrayContaining(['2029-11-18', '2029-11-19'])); // Sunday → Monday
    // On a weekday there is nothing to move.
    expect(holidayDates('LV', 2026)).not.toContain('2026-05-05');
    expect(holidayDates('LV', 2026).filter((d) => d.startsWith('2026-11'))).toEqual(['2026-11-18']);
  });

  it('knows Lithuania, which has no such rule', () => {
    expect(holidayDates('LT', 2025)).toEqual(expect.arrayContaining(['2025-02-16', '2025-07-06', '2025-11-02']));
    expect(holidayDates('LT', 2025)).not.toContain('2025-02-17');
    expect(holidayDates('LV', 2025)).not.toContain('2025-07-06');
  });

  it('names every holiday of Latvia and Lithuania in each UI language, not in the country’s own', () => {
    const cyrillic = /^[А-ЯЁа-яё0-9 ,.()«»-]+$/;
    for (const country of ['LV', 'LT'] as const) {
      const own = country === 'LV' ? 'lv' : 'lt';
      for (const year of [2023, 2025, 2026, 2028, 2029]) {
        const names = Object.fromEntries((['lv', 'lt', 'ru', 'en'] as const).map((language) => [language, publicHolidays(country, year, language)]));
        const reference = names[own]!;
        for (const language of ['lv', 'lt', 'ru', 'en'] as const) {
          const list = names[language]!;
          expect(list.map((h) => h.date)).toEqual(reference.map((h) => h.date));
          if (language === own) continue;
          list.forEach((holiday, i) => {
            expect(holiday.name, `${country} ${holiday.date} in ${language}`).not.toBe(reference[i]!.name);
            if (language === 'ru') expect(holiday.name, `${country} ${holiday.date} in ru`).toMatch(cyrillic);
          });
        }
      }
    }
  });

  it('names the days in the print language, a weekend holiday’s Monday too', () => {
    const name = (country: 'LV' | 'LT', date: string, language: 'lv' | 'lt' | 'ru' | 'en') =>
      publicHolidays(country, Number(date.slice(0, 4)), language).find((h) => h.date === date)?.name;
    expect(name('LV', '2026-11-18', 'lv')).toBe('Latvijas Republikas proklamēšanas diena');
    expect(name('LV', '2026-11-18', 'lt')).toBe('Latvijos Respublikos paskelbimo diena');
    expect(name('LV', '2026-11-18', 'ru')).toBe('День провозглашения Латвийской Республики');
    expect(name('LV', '2028-11-20', 'ru')).toBe('День провозглашения Латвийской Республики (перенесённый выходной)');
    expect(name('LV', '2026-06-24', 'lt')).toBe('Joninės');
    expect(name('LT', '2026-07-06', 'lt')).toBe('Valstybės diena');
    expect(name('LT', '2026-07-06', 'ru')).toBe('День государственности');
    expect(name('LT', '2026-11-02', 'lv')).toBe('Mirušo piemiņas diena');
    // Without a language: the country's own.
    expect(publicHolidays('LT', 2026).find((h) => h.date === '2026-02-16')?.name).toBe('Lietuvos valstybės atkūrimo diena');
  });
});

describe('centre calendar', () => {
  it('shows weekends, holidays and the centre’s own days in calendar.month', async () => {
    let ctx;
    ({ core, ctx } = await loggedInCore());
    const month = await core.dispatch('calendar.month', { month: '2026-11' }, ctx);
    expect(month.ok).toBe(true);
    if (!month.ok) return;
    const { days, country } = month.data as { days: { date: string; weekend: boolean; holiday: string | null; working: boolean }[]; country: string };
    expect(country).toBe('LV');
    expect(days).toHaveLength(30);
    expect(days.find((d) => d.date === '2026-11-18')).toMatchObject({ weekend: false, working: false, holiday: 'Proclamation Day of the Republic of Latvia' });
    expect(days.find((d) => d.date === '2026-11-21')).toMatchObject({ weekend: true, working: false, holiday: null });
    expect(days.filter((d) => d.working)).toHaveLength(20);
  });

  it('lets a manager set a transferred day off and a working Saturday, audited, and clear them', async () => {
    ({ core } = await loggedInCore());
    const manager = await loginAs(core, 'manager', 'Maija Vadītāja');
    // 2 January 2026 (Friday) off by government order, worked on a Saturday instead.
    const off = await core.dispatch('calendar.setDay', { date: '2026-01-02', kind: 'day-off', note: 'MK rīkojums' }, manager);
    expect(off).toMatchObject({ ok: true, data: { day: { date: '2026-01-02', centre: 'day-off', working: false, note: 'MK rīkojums' } } });
    const saturday = await core.dispatch('calendar.setDay', { date: '2026-01-17', kind: 'working-day' }, manager);
    expect(saturday).toMatchObject({ ok: true, data: { day: { weekend: true, centre: 'working-day', working: true } } });

    expect(isWorkingDay(core.db, '2026-01-02')).toBe(false);
    expect(isWorkingDay(core.db, '2026-01-17')).toBe(true);
    expect(isWorkingDay(core.db, '2026-01-01')).toBe(false);
    expect(workingDays(core.db, '2026-01-01', '2026-01-18')).toEqual([
      '2026-01-05', '2026-01-06', '2026-01-07', '2026-01-08', '2026-01-09',
      '2026-01-12', '2026-01-13', '2026-01-14', '2026-01-15', '2026-01-16', '2026-01-17',
    ]);

    const cleared = await core.dispatch('calendar.setDay', { date: '2026-01-17', kind: null }, manager);
    expect(cleared).toMatchObject({ ok: true, data: { day: { centre: null, working: false } } });
    const audit = core.db.$client.prepare("SELECT method, entity, entity_id FROM audit_log WHERE entity = 'centre_calendar_day' ORDER BY id").all();
    expect(audit).toEqual([
      { method: 'calendar.setDay', entity: 'centre_calendar_day', entity_id: '2026-01-02' },
      { method: 'calendar.setDay', entity: 'centre_calendar_day', entity_id: '2026-01-17' },
      { method: 'calendar.setDay', entity: 'centre_calendar_day', entity_id: '2026-01-17' },
    ]);
  });

  it('refuses settings that change nothing, other roles and bad dates, writing nothing', async () => {
    let ctx;
    ({ core, ctx } = await loggedInCore());
    const sunday = await core.dispatch('calendar.setDay', { date: '2026-01-04', kind: 'day-off' }, callContext(core, 'lv'));
    expect(sunday).toMatchObject({ ok: false, error: { kind: 'unauthenticated' } });
    expect(await core.dispatch('calendar.setDay', { date: '2026-01-04', kind: 'day-off' }, ctx)).toMatchObject({ ok: false, error: { kind: 'conflict', code: 'calendar.alreadyOff' } });
    expect(await core.dispatch('calendar.setDay', { date: '2026-01-05', kind: 'working-day' }, ctx)).toMatchObject({ ok: false, error: { kind: 'conflict', code: 'calendar.alreadyWorking' } });
    expect(await core.dispatch('calendar.setDay', { date: '2026-01-05', kind: null }, ctx)).toMatchObject({ ok: false, error: { code: 'calendar.nothingToClear' } });
    expect(await core.dispatch('calendar.setDay', { date: '2026-02-30', kind: 'day-off' }, ctx)).toMatchObject({ ok: false, error: { kind: 'validation', issues: [{ path: ['date'], code: 'field.dateFormat' }] } });
    expect(await core.dispatch('calendar.month', { month: '2026-13' }, ctx)).toMatchObject({ ok: false, error: { issues: [{ code: 'field.monthFormat' }] } });
    const reception = await loginAs(core, 'reception', 'Rita Reģistratūra');
    expect(await core.dispatch('calendar.setDay', { date: '2026-01-02', kind: 'day-off' }, reception)).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    expect(core.db.$client.prepare('SELECT count(*) AS n FROM centre_calendar_days').get()).toEqual({ n: 0 });
  });
});
