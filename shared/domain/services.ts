/** The social services a municipality grants by decision (DOMAIN.md "Service decision"). */
export const serviceKinds = ['day-care', 'dementia-day-centre', 'residential-care', 'home-care', 'respite-care'] as const;
export type ServiceKind = (typeof serviceKinds)[number];

export const clientStatuses = ['active', 'paused', 'discharged', 'deceased'] as const;
export type ClientStatus = (typeof clientStatuses)[number];

export const sexes = ['male', 'female'] as const;
export const clientLanguages = ['lv', 'lt', 'ru'] as const;

/** ISO weekday numbers, Monday = 1 … Sunday = 7, as planned in a decision. */
export const isoWeekdays = [1, 2, 3, 4, 5, 6, 7] as const;
export type IsoWeekday = (typeof isoWeekdays)[number];
