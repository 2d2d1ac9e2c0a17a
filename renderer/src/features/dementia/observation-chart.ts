import type { Observation } from '#shared/contract/dementia';
import { addDays, isoWeekday } from '#shared/domain/local-date';

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

/** Beyond this many days a chart point is a week's mean: about a year of daily points stays readable. */
export const dailyPointsMax = 400;

const mean = (values: number[]) => (values.length === 0 ? null : Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 100) / 100);

/**
 * The points to draw: one a day for up to `dailyPointsMax` days, otherwise one a week (its Monday) with the
 * week's mean mood and engagement; a week with any behaviour keeps its mark, so no incident is averaged away.
 */
export function chartSeries(observations: readonly Observation[]): ChartPoint[] {
  const daily = chartPoints(observations);
  if (daily.length <= dailyPointsMax) return daily;
  const weeks = new Map<string, ChartPoint[]>();
  for (const point of daily) {
    const monday = addDays(point.date, 1 - isoWeekday(point.date));
    const week = weeks.get(monday);
    if (week) week.push(point);
    else weeks.set(monday, [point]);
  }
  return [...weeks].map(([monday, points]) => ({
    date: monday,
    mood: mean(points.flatMap((p) => (p.mood == null ? [] : [p.mood]))),
    engagement: mean(points.flatMap((p) => (p.engagement == null ? [] : [p.engagement]))),
    behaviour: points.some((p) => p.behaviour != null) ? markLevel : null,
    behaviours: [...new Set(points.flatMap((p) => (p.behaviours ? p.behaviours.split(',') : [])))].join(','),
  }));
}
