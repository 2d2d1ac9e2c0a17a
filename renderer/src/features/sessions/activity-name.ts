import type { Activity } from '#shared/contract/activities';
import type { UiLanguage } from '#shared/contract/common';

/** Activities are named by the centre in lv/lt/ru; the English UI shows the Latvian name. */
export function activityName(activity: Activity | null | undefined, language: UiLanguage): string {
  if (!activity) return '';
  return language === 'lt' ? activity.nameLt : language === 'ru' ? activity.nameRu : activity.nameLv;
}
