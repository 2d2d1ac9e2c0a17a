import type { UiLanguage } from '../contract/common';
import { absenceReasons, type AbsenceReason } from './attendance';
import { isMealKind, mealKinds, type MealKind } from './meals';
import type { CalendarDay } from './calendar';
import { formatPersonalCode, maskPersonalCode, type Country } from './personal-code';
import { absenceLetters, presentMark } from './sheet-legend';

/** The monthly attendance sheet as numbers and marks: what the printed grid shows, nothing of layout. */

export type CodeDisplay = 'masked' | 'full';

export interface SheetClientInput {
  id: number;
  firstName: string;
  lastName: string;
  personalCode: string | null;
  codeCountry: Country | null;
}

export interface SheetAttendanceInput {
  clientId: number;
  date: string;
  status: 'present' | 'absent';
  absenceReason: AbsenceReason | null;
  meals: readonly string[];
}

export type ReasonCounts = Record<AbsenceReason, number>;
export type MealCounts = Record<MealKind, number>;

export interface SheetRow {
  clientId: number;
  name: string;
  code: string | null;
  /** One entry per day of the month: the present mark, an absence letter, or '' when nothing is recorded. */
  marks: string[];
  present: number;
  absences: ReasonCounts;
  /** Absences recorded without a reason (old data); counted so the totals still add up. */
  absentUnspecified: number;
  meals: MealCounts;
}

export interface SheetTotals {
  present: number;
  absences: ReasonCounts;
  absentUnspecified: number;
  meals: MealCounts;
  /** Clients present per day of the month. */
  presentByDay: number[];
}

const zeroReasons = (): ReasonCounts => Object.fromEntries(absenceReasons.map((r) => [r, 0])) as ReasonCounts;
const zeroMeals = (): MealCounts => Object.fromEntries(mealKinds.map((m) => [m, 0])) as MealCounts;

function codeOf(client: SheetClientInput, display: CodeDisplay): string | null {
  if (!client.personalCode) return null;
  const country = client.codeCountry ?? 'LV';
  return display === 'full' ? formatPersonalCode(country, client.personalCode) : maskPersonalCode(country, client.personalCode);
}

/**
 * "Surname Name", sorted by the alphabet of the centre's country (DOMAIN.md: SQLite's order is wrong),
 * not of the print language: a Russian copy of a month must number its clients as the Latvian one does,
 * or a row number read out over the phone points at another person.
 */
export function sortClients<T extends Pick<SheetClientInput, 'firstName' | 'lastName' | 'id'>>(clients: readonly T[], country: Country): T[] {
  const collator = new Intl.Collator(collationOf[country], { sensitivity: 'base' });
  return [...clients].sort(
    (a, b) => collator.compare(a.lastName, b.lastName) || collator.compare(a.firstName, b.firstName) || a.id - b.id,
  );
}

const collationOf: Record<Country, string> = { LV: 'lv', LT: 'lt' };

export function buildSheetRows(
  days: readonly CalendarDay[],
  clients: readonly SheetClientInput[],
  attendance: readonly SheetAttendanceInput[],
  language: UiLanguage,
  codes: CodeDisplay,
  country: Country,
): { rows: SheetRow[]; totals: SheetTotals } {
  const dayIndex = new Map(days.map((d, i) => [d.date, i]));
  const letters = absenceLetters[language];
  const byClient = new Map<number, SheetAttendanceInput[]>();
  for (const row of attendance) byClient.set(row.clientId, [...(byClient.get(row.clientId) ?? []), row]);

  const totals: SheetTotals = { present: 0, absences: zeroReasons(), absentUnspecified: 0, meals: zeroMeals(), presentByDay: days.map(() => 0) };
  const rows = sortClients(clients, country).map((client): SheetRow => {
    const row: SheetRow = {
      clientId: client.id,
      name: `${client.lastName} ${client.firstName}`,
      code: codeOf(client, codes),
      marks: days.map(() => ''),
      present: 0,
      absences: zeroReasons(),
      absentUnspecified: 0,
      meals: zeroMeals(),
    };
    for (const record of byClient.get(client.id) ?? []) {
      const index = dayIndex.get(record.date);
      if (index === undefined) continue;
      if (record.status === 'present') {
        row.marks[index] = presentMark;
        row.present++;
        totals.presentByDay[index] = (totals.presentByDay[index] ?? 0) + 1;
      } else if (record.absenceReason) {
        row.marks[index] = letters[record.absenceReason];
        row.absences[record.absenceReason]++;
      } else {
        row.absentUnspecified++;
      }
      for (const meal of record.meals) if (isMealKind(meal)) row.meals[meal]++;
    }
    totals.present += row.present;
    totals.absentUnspecified += row.absentUnspecified;
    for (const reason of absenceReasons) totals.absences[reason] += row.absences[reason];
    for (const meal of mealKinds) totals.meals[meal] += row.meals[meal];
    return row;
  });
  return { rows, totals };
}
