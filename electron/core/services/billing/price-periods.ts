import { addDays } from '#shared/domain/dates';

export interface Period {
  validFrom: string;
  validTo: string | null;
}

export type PeriodProblem = { code: 'prices.periodReversed' | 'prices.overlap' | 'prices.gap'; from: string; to: string };

/**
 * The periods of one unit and payer category must follow each other day after day: none reversed, none
 * overlapping, no gap between one period's end and the next one's start (only the last may stay open).
 */
export function periodProblem(periods: readonly Period[]): PeriodProblem | null {
  const sorted = [...periods].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  for (const p of sorted) if (p.validTo !== null && p.validTo < p.validFrom) return { code: 'prices.periodReversed', from: p.validFrom, to: p.validTo };
  for (let i = 0; i + 1 < sorted.length; i++) {
    const a = sorted[i]!;
    const b = sorted[i + 1]!;
    if (a.validTo === null || a.validTo >= b.validFrom) return { code: 'prices.overlap', from: b.validFrom, to: a.validTo ?? '…' };
    if (addDays(a.validTo, 1) !== b.validFrom) return { code: 'prices.gap', from: addDays(a.validTo, 1), to: addDays(b.validFrom, -1) };
  }
  return null;
}
