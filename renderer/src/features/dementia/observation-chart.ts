import type { Observation } from '#shared/contract/dementia';
import { addDays } from '#shared/domain/local-date';

export const periods = { days90: 90, year1: 365, years5: 0 } as const;
export type Period = keyof typeof periods;

/** `from` of a period ending `today`: 89 days before for 90 days; the same day five years before for 5 years. */
export function periodFrom(period: Period, today: string): string {
  if (period === 'years5') return `${Number(today.slice(0, 4)) - 5}${today.slice(4)}`.replace(/-02-29$/, '-02-28');
  return addDays(today, -(periods[period] - 1));
}

/** The y value behaviour marks sit at, under the lowest step of every scale. */
export const markLevel = 0.5;

export interface ChartPoint {
  date: string;
  mood: number | null;
  engagement: number | null;
  behaviour: number | null;
  behaviours: string;
}

export function chartPoints(observations: readonly Observation[]): ChartPoint[] {
  return observations.map((o) => ({
    date: o.date,
    mood: o.mood,
    engagement: o.engagement,
    behaviour: o.behaviours.length > 0 ? markLevel : null,
    behaviours: o.behaviours.join(','),
  }));
}
