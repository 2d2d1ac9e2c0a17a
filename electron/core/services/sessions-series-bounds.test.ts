import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../core';
import { loggedInCore, type callContext } from '../testing/test-core';
import { databaseSnapshot } from '../testing/database-snapshot';
import { fastestCall } from '../testing/timed-call';

/**
 * Issue 12, hole 4: a series from 1000-01-01 to 9999-12-31 used to walk 3.2 million days in the core
 * (about 40 s and 2 GB) before any rule looked at it. The contract must refuse it before the handler runs.
 */

let core: Core;
let ctx: ReturnType<typeof callContext>;
let activityId: number;

beforeAll(async () => {
  ({ core, ctx } = await loggedInCore({ now: () => new Date(2026, 2, 9, 9, 0) }));
  const list = await core.dispatch('activities.list', {}, ctx);
  if (!list.ok) throw new Error(list.error.code);
  activityId = (list.data as { activities: { id: number }[] }).activities[0]!.id;
});
afterAll(() => core.close());

const series = (from: string, to: string) => ({ activityId, from, to, weekdays: [1, 3, 5], startTime: '10:00', endTime: '11:00' });

async function timed(input: unknown) {
  const before = databaseSnapshot(core.db);
  const { result, fastestMs: elapsed } = await fastestCall(core, 'sessions.createSeries', input, { ...ctx, language: 'lv' }, 50);
  expect(databaseSnapshot(core.db)).toBe(before);
  return { result, elapsed };
}

describe('sessions.createSeries refuses a huge range before any work', () => {
  it('answers validation for 1000-01-01..9999-12-31 within 50 ms and writes nothing', async () => {
    const { result, elapsed } = await timed(series('1000-01-01', '9999-12-31'));
    expect(result).toMatchObject({ ok: false, error: { kind: 'validation' } });
    expect(elapsed).toBeLessThan(50);
    const issues = result.ok ? [] : (result.error.issues ?? []);
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: ['from'], code: 'field.dateOutOfRange' }),
        expect.objectContaining({ path: ['to'], code: 'field.dateOutOfRange' }),
      ]),
    );
  });

  it('refuses plausible dates more than a year apart with a translated message naming the limit', async () => {
    const { result, elapsed } = await timed(series('2026-01-01', '2099-12-31'));
    expect(elapsed).toBeLessThan(50);
    expect(result).toMatchObject({ ok: false, error: { kind: 'validation' } });
    const issue = result.ok ? undefined : result.error.issues?.find((i) => i.path.join('.') === 'to');
    expect(issue).toMatchObject({ code: 'field.rangeTooLong', params: { count: 12 } });
    expect(issue?.message).toContain('12');
    expect(issue?.message).not.toContain('rangeTooLong');
  });

  it('still creates a plan of exactly one year', async () => {
    const result = await core.dispatch('sessions.createSeries', series('2026-03-09', '2027-03-08'), ctx);
    expect(result.ok).toBe(true);
  });
});
