/** What `clock.now` answered, and when this window received it. */
export interface ClockReading {
  epochMs: number;
  utcOffsetMinutes: number;
  receivedAt: number;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * The core's local day now, counted on from its last answer: the browser's clock only measures how much
 * time has passed since then, so neither its date nor its time zone can leak into the pages.
 */
export function serverToday(reading: ClockReading, browserNow: number): string {
  const shifted = new Date(reading.epochMs + (browserNow - reading.receivedAt) + reading.utcOffsetMinutes * 60_000);
  return `${pad(shifted.getUTCFullYear(), 4)}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}`;
}
