import { describe, expect, it } from 'vitest';
import type { UiLanguage } from '#shared/contract/common';
import { createI18n } from '#shared/i18n/create-i18n';
import { weekdayName } from '../../i18n/format';
import { fieldLabel, methodLabel, recordLabel } from './audit-labels';
import { valueLabel } from './audit-values';

const setup = (language: UiLanguage, entity: string) => {
  const { t } = createI18n(language);
  return { t, value: (field: string, v: unknown) => valueLabel({ t, language, entity }, field, v) };
};

describe('audit values in words', () => {
  it('names codes with the words of the board, the sheets and the client card', () => {
    const { t, value } = setup('lv', 'attendance');
    expect(value('absenceReason', 'sick')).toBe(t('board:reason.sick'));
    expect(value('status', 'present')).toBe('apmeklēja');
    expect(value('meals', ['breakfast', 'lunch'])).toBe(`${t('common:meal.breakfast')}, ${t('common:meal.lunch')}`);
    expect(value('meals', [])).toBe('—');
    expect(value('transportTo', true)).toBe('jā');
    expect(setup('lv', 'session_participant').value('status', 'present')).toBe(t('sessions:status.present'));
    expect(setup('lv', 'client').value('status', 'paused')).toBe(t('clients:status.paused'));
    expect(setup('lv', 'centre_calendar_day').value('kind', 'day-off')).toBe(t('calendar:dayOff'));
  });

  it('reads lists, scores, municipalities, money and timestamps in the UI language', () => {
    const { t, value } = setup('ru', 'service_decision');
    expect(value('plannedWeekdays', [1, 3])).toBe(`${weekdayName(1, 'ru')}, ${weekdayName(3, 'ru')}`);
    expect(value('payingMunicipality', 'LV-aizkraukle')).toBe('Айзкраукльский край');
    expect(value('copayAmountCents', 1250)).toMatch(/12,50/);
    expect(value('service', 'day-care')).toBe(t('clients:service.day-care'));
    expect(setup('ru', 'client_assessment').value('barthel', { feeding: 2 })).toBe(`${t('clients:barthel.feeding')} 2`);
    expect(value('createdAt', '2026-11-23T18:53:02.964Z')).not.toContain('T18');
    expect(value('decisionNumber', 'SD-2026/100')).toBe('SD-2026/100');
  });

  it('names records, their fields and unknown methods', () => {
    const { t } = createI18n('lv');
    expect(recordLabel(t, 'client', '12')).toBe(`${t('audit:entity.client')} Nr. 12`);
    expect(recordLabel(t, 'month_closure', '2026-11:day-care')).toBe(`${t('audit:entity.month_closure')} — 2026-11, ${t('clients:service.day-care')}`);
    expect(recordLabel(t, 'print', 'day-list:2026-11-23')).toBe(`${t('audit:entity.print')} — ${t('sheets:dayList.title')}, 2026-11-23`);
    expect(fieldLabel(t, 'client_relative', 'name')).toBe(t('clients:relatives.name'));
    expect(fieldLabel(t, 'centre', 'name')).toBe(t('audit:field.name'));
    expect(methodLabel(t, 'months.close')).toBe('Mēneša slēgšana');
    expect(methodLabel(t, 'clients.merge')).toBe('clients.merge');
  });
});
