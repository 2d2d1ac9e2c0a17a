import type { Executor } from '#db/client';
import { itemByNumber, numbersWithPrefix, recentNumbers } from '#db/queries/equipment-items';

/** The first number of a centre that has registered nothing yet. */
export const firstInventoryNumber = 'INV-0001';

interface Pattern {
  prefix: string;
  digits: string;
  suffix: string;
}

/** `INV-2024-0041/A` → prefix `INV-2024-`, digits `0041`, suffix `/A`: the last run of digits counts. */
export function numberPattern(value: string): Pattern | null {
  const match = /^(.*?)(\d+)(\D*)$/u.exec(value);
  if (!match) return null;
  return { prefix: match[1] ?? '', digits: match[2] ?? '', suffix: match[3] ?? '' };
}

/** The number after `digits`, zero-padded to the same width (`0099` → `0100`, `99` → `100`). */
export function nextDigits(digits: string): string {
  const next = (BigInt(digits) + 1n).toString();
  return next.padStart(digits.length, '0');
}

/**
 * The next free number in the pattern of the most recently registered item: the highest number with the
 * same prefix and suffix, plus one. Without a pattern (a number with no digits), its text plus `-1`.
 */
export function suggestInventoryNumber(db: Executor): string {
  const [last] = recentNumbers(db, 1);
  if (last === undefined) return firstInventoryNumber;
  const pattern = numberPattern(last);
  if (!pattern) return freeFrom(db, `${last}-`, '1', '');
  let highest = pattern.digits;
  for (const candidate of numbersWithPrefix(db, pattern.prefix)) {
    const other = numberPattern(candidate);
    if (!other || other.prefix !== pattern.prefix || other.suffix !== pattern.suffix) continue;
    if (BigInt(other.digits) > BigInt(highest)) highest = other.digits.padStart(pattern.digits.length, '0');
  }
  return freeFrom(db, pattern.prefix, nextDigits(highest), pattern.suffix);
}

function freeFrom(db: Executor, prefix: string, digits: string, suffix: string): string {
  let current = digits;
  // A hand-typed number may already sit further on in the pattern: step past it.
  for (let i = 0; i < 1000 && itemByNumber(db, `${prefix}${current}${suffix}`); i += 1) current = nextDigits(current);
  return `${prefix}${current}${suffix}`;
}
