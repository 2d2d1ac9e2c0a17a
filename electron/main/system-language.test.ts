import { describe, expect, it } from 'vitest';
import { systemUiLanguage } from './system-language';

describe('systemUiLanguage', () => {
  it('uses the first preferred language CareDesk speaks', () => {
    expect(systemUiLanguage(['lv-LV', 'en-US'])).toBe('lv');
    expect(systemUiLanguage(['de-DE', 'lt_LT'])).toBe('lt');
    expect(systemUiLanguage(['RU'])).toBe('ru');
    expect(systemUiLanguage(['en-GB', 'lv'])).toBe('en');
  });

  it('falls back to English', () => {
    expect(systemUiLanguage(['de-DE', 'pl'])).toBe('en');
    expect(systemUiLanguage([])).toBe('en');
    expect(systemUiLanguage([''])).toBe('en');
  });
});
