import type { UiLanguage } from '#shared/contract/common';

const systemLanguages = ['lv', 'lt', 'ru'] as const satisfies readonly UiLanguage[];

/**
 * The language for what main shows before anyone logs in (startup error dialogs, the first menu):
 * the first of the OS's preferred languages CareDesk speaks, else English, which every OS user in the
 * Baltics is likelier to read than Latvian. Tags arrive as `lv-LV`, `ru`, `lt_LT` depending on the OS.
 */
export function systemUiLanguage(preferred: readonly string[]): UiLanguage {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    const match = systemLanguages.find((language) => language === primary);
    if (match) return match;
    if (primary === 'en') return 'en';
  }
  return 'en';
}
