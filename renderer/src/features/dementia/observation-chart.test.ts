import { describe, expect, it } from 'vitest';
import type { Observation } from '#shared/contract/dementia';
import { addDays } from '#shared/domain/local-date';
import { chartSeries, dailyPointsMax, markLevel } from './observation-chart';

const day = (date: string, mood: number, engagement: number, behaviours: string[] = []) =>
  ({ date, mood, engagement, appetite: null, sleepiness: null, behaviours, helped: null, note: null, recordedByName: null }) as unknown as Observation;

describe('chartSeries', () => {
  it('keeps one point a day for up to a year', () => {
    const days = Array.from({ length: 90 }, (_, i) => day(addDays('2026-01-01', i), 3, 4));
    expect(chartSeries(days)).toHaveLength(90);
  });

  it('draws five years as weekly means from Monday, keeping every week with a behaviour as a mark', () => {
    // 1,200 weekdays from Monday 2 March 2020: five a week, mood alternating 2 and 4.
    const days: Observation[] = [];
    for (let i = 0; days.length < 1200; i++) {
      const date = addDays('2020-03-02', i);
      if (i % 7 < 5) days.push(day(date, days.length % 2 === 0 ? 2 : 4, 3, days.length === 7 ? ['fall'] : []));
    }
    const points = chartSeries(days);
    expect(points.length).toBe(240);
    expect(points.length).toBeLessThan(dailyPointsMax);
    expect(points[0]).toMatchObject({ date: '2020-03-02', mood: 2.8, engagement: 3, behaviour: null });
    expect(points[1]).toMatchObject({ date: '2020-03-09', behaviour: markLevel, behaviours: 'fall' });
    expect(points.filter((p) => p.behaviour != null)).toHaveLength(1);
  });
});
