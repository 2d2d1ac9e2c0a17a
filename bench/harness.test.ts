import { describe, expect, it } from 'vitest';
import { compare, measure, percentile } from './harness';

describe('bench harness', () => {
  it('interpolates percentiles between ranks', () => {
    expect(percentile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(percentile([10], 0.95)).toBe(10);
  });

  it('takes a self-timed function at its word and refuses anything but a duration', async () => {
    let n = 0;
    const summary = await measure(() => Promise.resolve(++n * 10), { warmup: 1, iterations: 3, selfTimed: true });
    expect(summary.samples).toEqual([20, 30, 40]);
    await expect(measure(() => 'fast', { warmup: 0, iterations: 1, selfTimed: true })).rejects.toThrow(/not a duration/);
  });

  it('prepares before every subject call, untimed, and never before the baseline', async () => {
    const order: string[] = [];
    const result = await compare(
      () => order.push('b'),
      () => order.push('s'),
      { warmup: 1, iterations: 4, rounds: 2, beforeSubject: () => new Promise<void>((resolve) => setTimeout(() => { order.push('p'); resolve(); }, 30)) },
    );
    expect(order.filter((x) => x === 'p')).toHaveLength(order.filter((x) => x === 's').length);
    expect(order.every((x, i) => x !== 's' || order[i - 1] === 'p')).toBe(true);
    // The 30 ms of preparation is not in the subject's samples.
    expect(result.subject.max).toBeLessThan(25);
  });
});
