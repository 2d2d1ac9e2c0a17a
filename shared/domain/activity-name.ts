import type { UiLanguage } from '../contract/common';

export interface ActivityNames {
  nameLv: string;
  nameLt: string;
  nameRu: string;
}

/**
 * Centres name their activities in lv, lt and ru only (the people who read them do); English screens
 * and prints show the Latvian name, the centre's default language.
 */
export function activityNameIn(activity: ActivityNames, language: UiLanguage): string {
  return language === 'lt' ? activity.nameLt : language === 'ru' ? activity.nameRu : activity.nameLv;
}
