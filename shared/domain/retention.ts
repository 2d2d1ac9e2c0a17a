/**
 * How long a client's records are kept after the last service, and what stays of them for statistics
 * once they are erased (GDPR art. 5(1)(e) storage limitation, art. 17 erasure).
 */

import { ageGroupOf, ageOn, type AgeGroup as FormAgeGroup } from './yearly-statistics';

/** The day N years before `today` (29 February falls back to the 28th in a common year). */
export function yearsBefore(today: string, years: number): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const year = y - years;
  const lastDay = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

/** A client whose last service was on or before the cutoff has been kept the whole retention period. */
export function retentionCutoff(today: string, retentionYears: number): string {
  return yearsBefore(today, retentionYears);
}

export function isPastRetention(lastService: string, today: string, retentionYears: number): boolean {
  return lastService <= retentionCutoff(today, retentionYears);
}

/** The age groups an erased client's statistics keep: the yearly form's groups, stored under their own names. */
export const ageGroups = ['under-18', '18-64', '65-74', '75-84', '85-plus', 'unknown'] as const;
export type AgeGroup = (typeof ageGroups)[number];

const storedName: Record<FormAgeGroup, AgeGroup> = { '0-17': 'under-18', '18-64': '18-64', '65-74': '65-74', '75-84': '75-84', '85+': '85-plus', unknown: 'unknown' };

/** Whole years of age on a day, grouped as the yearly statistics group them; the group keeps the statistics without the birth date. */
export function ageGroupOn(birthDate: string | null, day: string): AgeGroup {
  return storedName[ageGroupOf(ageOn(birthDate, day))];
}

/** Letters and spaces only, case and diacritics ignored: "Bērziņš  jānis" confirms "Jānis Bērziņš". */
function nameWords(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .sort()
    .join(' ');
}

/** Whether the name typed to confirm an erasure is the client's (either order of first and last name). */
export function confirmsName(typed: string, client: { firstName: string; lastName: string }): boolean {
  return nameWords(typed) !== '' && nameWords(typed) === nameWords(`${client.firstName} ${client.lastName}`);
}
