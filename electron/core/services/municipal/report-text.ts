import type { i18n } from 'i18next';
import { createI18n } from '#shared/i18n/create-i18n';
import type { UiLanguage } from '#shared/contract/common';

/** The `reports` and `sheets` texts of one language for the files the core writes (XLSX, CSV, XML). */
export type ReportText = (key: string, params?: Record<string, string | number>) => string;

const instances = new Map<UiLanguage, i18n>();

export function reportText(language: UiLanguage): ReportText {
  let instance = instances.get(language);
  if (!instance) {
    instance = createI18n(language);
    instances.set(language, instance);
  }
  // Keys are built at run time (a figure's or service's name), so the typed `t` cannot check them here.
  const t = instance.t as unknown as (key: string, options?: object) => string;
  return (key, params) => t(`reports:${key}`, params ?? {});
}
