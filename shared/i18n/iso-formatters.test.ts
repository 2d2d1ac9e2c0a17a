import { describe, expect, it } from 'vitest';
import { createI18n } from './create-i18n';
import type { UiLanguage } from '../contract/common';

const t = (language: UiLanguage, key: string, params: Record<string, string>) =>
  (createI18n(language).t as unknown as (key: string, options: object) => string)(`errors:${key}`, params);

describe('dates in messages are written as each language writes them, never as ISO', () => {
  it('a day: Latvian and Russian day first, Lithuanian year first', () => {
    expect(t('lv', 'equipmentMaintenance.usageBeforePurchase', { date: '2026-03-05' })).toContain('(05.03.2026)');
    expect(t('ru', 'equipmentMaintenance.usageBeforePurchase', { date: '2026-03-05' })).toContain('(05.03.2026)');
    expect(t('lt', 'equipmentMaintenance.usageBeforePurchase', { date: '2026-03-05' })).toContain('(2026-03-05)');
  });

  it('a month by its name', () => {
    expect(t('lv', 'months.alreadyClosed', { month: '2026-03' })).toBe('2026. g. marts jau ir slēgts.');
    expect(t('lt', 'months.alreadyClosed', { month: '2026-03' })).toMatch(/^2026 m\. kovas/);
    expect(t('ru', 'months.alreadyClosed', { month: '2026-03' })).toMatch(/^март 2026/);
    expect(t('en', 'months.alreadyClosed', { month: '2026-03' })).toMatch(/^March 2026/);
  });

  it('a moment with a 24-hour time', () => {
    const moment = { moment: '2026-11-23 14:05' };
    expect(t('lv', 'field.informedBeforeIncident', moment)).toContain('(23.11.2026 14:05)');
    expect(t('lt', 'field.informedBeforeIncident', moment)).toContain('(2026-11-23 14:05)');
    expect(t('ru', 'field.informedBeforeIncident', moment)).toContain('23.11.2026, 14:05');
    expect(t('en', 'field.informedBeforeIncident', moment)).not.toMatch(/PM|2026-11-23/);
  });

  it('leaves a value that is not an ISO date as it came', () => {
    expect(t('lv', 'equipmentMaintenance.usageBeforePurchase', { date: 'vakar' })).toContain('(vakar)');
  });
});
