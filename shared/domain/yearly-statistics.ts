import { addDays, daysBetween } from './dates';
import { serviceKinds, type ServiceKind } from './services';

/**
 * The yearly figures of a centre for the municipality's statistics form (Cabinet Regulation No. 324 of
 * 13 June 2017, social services): clients served by sex and age group, by service, client-days,
 * admissions and discharges, clients at the year's end. Every figure carries the clients behind it.
 * Pure: the service reads the rows, this counts them.
 */

/** Age on the year's last counted day: children, working age, and pension age split as the form asks. */
export const ageGroups = ['0-17', '18-64', '65-74', '75-84', '85+', 'unknown'] as const;
export type AgeGroup = (typeof ageGroups)[number];
export const statisticsFigures = ['served', 'male', 'female', 'sexUnknown', 'clientDays', 'admissions', 'discharges', 'atYearEnd'] as const;
export type StatisticsFigure = (typeof statisticsFigures)[number];
export type SexKey = 'male' | 'female' | 'unknown';

export interface StatisticsClient {
  id: number;
  birthDate: string | null;
  sex: 'male' | 'female' | null;
}
export interface StatisticsDecision {
  clientId: number;
  service: ServiceKind;
  validFrom: string;
  validTo: string | null;
}
export interface PresentDay {
  clientId: number;
  date: string;
}
export interface Figure {
  count: number;
  clientIds: number[];
}

/** Services whose client-days are the days the decision covers (people live there), not the days they came. */
const livingIn: ReadonlySet<ServiceKind> = new Set(['residential-care', 'respite-care']);

export function ageOn(birthDate: string | null, day: string): number | null {
  if (!birthDate || !/^\d{4}-\d{2}-\d{2}$/.test(birthDate)) return null;
  const age = Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4)) - (day.slice(5) < birthDate.slice(5) ? 1 : 0);
  return age >= 0 ? age : null;
}

export function ageGroupOf(age: number | null): AgeGroup {
  if (age === null) return 'unknown';
  if (age <= 17) return '0-17';
  if (age <= 64) return '18-64';
  if (age <= 74) return '65-74';
  if (age <= 84) return '75-84';
  return '85+';
}

const figure = (ids: Iterable<number>, count?: number): Figure => {
  const clientIds = [...new Set(ids)].sort((a, b) => a - b);
  return { count: count ?? clientIds.length, clientIds };
};

interface Stay {
  clientId: number;
  from: string;
  to: string | null;
}

/** Decisions that follow each other without a day's gap are one stay: a renewal is no new admission. */
export function mergeStays(decisions: readonly { clientId: number; validFrom: string; validTo: string | null }[]): Stay[] {
  const byClient = new Map<number, { validFrom: string; validTo: string | null }[]>();
  for (const d of decisions) byClient.set(d.clientId, [...(byClient.get(d.clientId) ?? []), d]);
  const stays: Stay[] = [];
  for (const [clientId, list] of byClient) {
    list.sort((a, b) => a.validFrom.localeCompare(b.validFrom));
    let current: Stay | null = null;
    for (const d of list) {
      if (current && (current.to === null || d.validFrom <= addDays(current.to, 1))) {
        if (current.to !== null && (d.validTo === null || d.validTo > current.to)) current.to = d.validTo;
      } else {
        if (current) stays.push(current);
        current = { clientId, from: d.validFrom, to: d.validTo };
      }
    }
    if (current) stays.push(current);
  }
  return stays;
}

export interface YearlyFigures {
  figures: Record<StatisticsFigure, Figure>;
  bySexAndAge: { sex: SexKey; ageGroup: AgeGroup; figure: Figure }[];
  byService: { service: ServiceKind; served: Figure; admissions: Figure; discharges: Figure; clientDays: Figure }[];
}

/** `from`..`until` is the counted part of the year: 1 January to 31 December, or to today in the running year. */
export function yearlyFigures(
  period: { from: string; until: string },
  clients: readonly StatisticsClient[],
  decisions: readonly StatisticsDecision[],
  presentDays: readonly PresentDay[],
): YearlyFigures {
  const { from, until } = period;
  const inYear = decisions.filter((d) => d.validFrom <= until && (d.validTo === null || d.validTo >= from));
  const present = presentDays.filter((p) => p.date >= from && p.date <= until);
  const byId = new Map(clients.map((c) => [c.id, c]));
  const served = new Set<number>([...inYear.map((d) => d.clientId), ...present.map((p) => p.clientId)].filter((id) => byId.has(id)));

  const staysAll = mergeStays(decisions);
  const admitted = (stays: Stay[]) => stays.filter((s) => s.from >= from && s.from <= until).map((s) => s.clientId);
  const discharged = (stays: Stay[]) => stays.filter((s) => s.to !== null && s.to >= from && s.to < until).map((s) => s.clientId);
  const covering = (day: string, d: { validFrom: string; validTo: string | null }) => d.validFrom <= day && (d.validTo === null || d.validTo >= day);

  // A present day counts for the first day-service decision covering it; a day no decision covers still counts in the total.
  const serviceDays = new Map<ServiceKind, { ids: number[]; count: number }>(serviceKinds.map((s) => [s, { ids: [], count: 0 }]));
  const decisionsOf = new Map<number, StatisticsDecision[]>();
  for (const d of inYear) decisionsOf.set(d.clientId, [...(decisionsOf.get(d.clientId) ?? []), d]);
  let totalDays = 0;
  const dayIds: number[] = [];
  for (const p of present) {
    if (!byId.has(p.clientId)) continue;
    const decision = serviceKinds
      .filter((s) => !livingIn.has(s))
      .map((s) => decisionsOf.get(p.clientId)?.find((d) => d.service === s && covering(p.date, d)))
      .find(Boolean);
    totalDays += 1;
    dayIds.push(p.clientId);
    if (decision) {
      const entry = serviceDays.get(decision.service)!;
      entry.count += 1;
      entry.ids.push(p.clientId);
    }
  }
  for (const d of inYear.filter((x) => livingIn.has(x.service))) {
    const start = d.validFrom > from ? d.validFrom : from;
    const end = d.validTo !== null && d.validTo < until ? d.validTo : until;
    const days = daysBetween(start, end) + 1;
    const entry = serviceDays.get(d.service)!;
    entry.count += days;
    entry.ids.push(d.clientId);
    totalDays += days;
    dayIds.push(d.clientId);
  }

  const servedList = [...served];
  const sexOf = (id: number): SexKey => byId.get(id)?.sex ?? 'unknown';
  const groupOf = (id: number) => ageGroupOf(ageOn(byId.get(id)?.birthDate ?? null, until));
  const figures: Record<StatisticsFigure, Figure> = {
    served: figure(servedList),
    male: figure(servedList.filter((id) => sexOf(id) === 'male')),
    female: figure(servedList.filter((id) => sexOf(id) === 'female')),
    sexUnknown: figure(servedList.filter((id) => sexOf(id) === 'unknown')),
    clientDays: figure(dayIds, totalDays),
    admissions: figure(admitted(staysAll)),
    discharges: figure(discharged(staysAll)),
    atYearEnd: figure(decisions.filter((d) => covering(until, d)).map((d) => d.clientId)),
  };
  const sexes: SexKey[] = ['male', 'female', 'unknown'];
  const bySexAndAge = sexes.flatMap((sex) =>
    ageGroups.map((ageGroup) => ({ sex, ageGroup, figure: figure(servedList.filter((id) => sexOf(id) === sex && groupOf(id) === ageGroup)) })),
  );
  const byService = serviceKinds.map((service) => {
    const own = decisions.filter((d) => d.service === service);
    const stays = mergeStays(own);
    const days = serviceDays.get(service)!;
    return {
      service,
      served: figure(inYear.filter((d) => d.service === service).map((d) => d.clientId)),
      admissions: figure(admitted(stays)),
      discharges: figure(discharged(stays)),
      clientDays: figure(days.ids, days.count),
    };
  });
  return { figures, bySexAndAge, byService };
}
