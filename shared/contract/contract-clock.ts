import { localIsoDate } from '../domain/dates';

/**
 * "Today" for the schemas that refuse future dates (a birth date, an assessment). The core pins it to
 * its own clock around each parse (a demo date or a test's fixed day moves it); the renderer sets its
 * default to the core's day as the window last learnt it, so a form judges "future" as the core will.
 * Parsing is synchronous, so a pin never leaks into another call.
 */
let pinned: string | null = null;
let fallback: () => string = () => localIsoDate(new Date());

export function contractToday(): string {
  return pinned ?? fallback();
}

/** The day used when nothing is pinned (the renderer: the core's day, see TodayProvider). */
export function setContractTodayFallback(today: () => string): void {
  fallback = today;
}

export function withContractToday<T>(today: string, parse: () => T): T {
  const previous = pinned;
  pinned = today;
  try {
    return parse();
  } finally {
    pinned = previous;
  }
}
