import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startBackupScheduler } from './scheduler';
import { checkEveryMs } from './schedule';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('the backup scheduler', () => {
  it('looks first after a pause, then every ten minutes, and never again once stopped', async () => {
    const runDue = vi.fn(() => Promise.resolve(null));
    const scheduler = startBackupScheduler(runDue, { firstMs: 60_000 });
    await vi.advanceTimersByTimeAsync(59_999);
    expect(runDue).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(runDue).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(3 * checkEveryMs);
    expect(runDue).toHaveBeenCalledTimes(4);
    scheduler.stop();
    await vi.advanceTimersByTimeAsync(10 * checkEveryMs);
    expect(runDue).toHaveBeenCalledTimes(4);
  });

  it('survives a failed look', async () => {
    const runDue = vi.fn(() => Promise.reject(new Error('USB disk away')));
    const scheduler = startBackupScheduler(runDue, { firstMs: 1, everyMs: 10 });
    await vi.advanceTimersByTimeAsync(25);
    expect(runDue).toHaveBeenCalledTimes(3);
    scheduler.stop();
  });
});
