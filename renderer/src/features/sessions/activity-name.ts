import type { Activity } from '#shared/contract/activities';
import type { UiLanguage } from '#shared/contract/common';
import { activityNameIn } from '#shared/domain/activity-name';

/** The activity's name in the UI language; empty while the catalogue is still loading. */
export function activityName(activity: Activity | null | undefined, language: UiLanguage): string {
  return activity ? activityNameIn(activity, language) : '';
}
