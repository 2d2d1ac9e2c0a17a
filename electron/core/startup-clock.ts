import { demoClock } from './demo/demo-clock';

/**
 * The core's clock as a start-up chooses it. Normally the computer's. `CAREDESK_TEST_TODAY=YYYY-MM-DD`
 * stands in for the computer's date (the test suite uses it to run the app "on" a Saturday, a holiday,
 * 31 December, whatever day CI happens to run); `--demo-date` then moves the demo on from there.
 */
export interface StartupClock {
  now: (() => Date) | undefined;
  /** What to print at start, or null for the real clock. */
  notice: string | null;
}

export function startupClock(options: { demoDate?: string | undefined; environment?: NodeJS.ProcessEnv }): StartupClock {
  const testToday = (options.environment ?? process.env).CAREDESK_TEST_TODAY || undefined;
  const machine = testToday ? demoClock(testToday) : undefined;
  if (options.demoDate) return { now: demoClock(options.demoDate, machine), notice: null };
  if (machine) return { now: machine, notice: `Clock: today is ${testToday} (CAREDESK_TEST_TODAY, for tests only)` };
  return { now: undefined, notice: null };
}
