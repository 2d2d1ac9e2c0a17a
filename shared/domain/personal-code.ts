/**
 * Personal identity codes of Latvia (personas kods) and Lithuania (asmens kodas).
 *
 * Pure functions only: no Node/DOM APIs, no human-readable text. Problems are
 * reported as closed codes; the UI translates them via `personalCode.<code>`.
 */

export type Country = 'LV' | 'LT';
export type PersonalCodeKind = 'lv-legacy' | 'lv-new' | 'lt' | 'lt-special';
export type Sex = 'male' | 'female';

export const personalCodeProblemCodes = [
  'empty', // nothing but whitespace
  'notDigits', // characters other than digits (LV: plus one hyphen after the sixth digit)
  'length', // not exactly 11 digits
  'century', // LV legacy: 7th digit is not 0, 1 or 2
  'prefix', // LT: first digit is not 1–6 or 9
  'date', // the encoded birth date does not exist
  'futureDate', // the encoded birth date is after `today`
  'checksum', // the 11th digit does not match
] as const;
export type PersonalCodeProblemCode = (typeof personalCodeProblemCodes)[number];

export interface CodeProblem {
  code: PersonalCodeProblemCode;
  /**
   * True only for errors a user may accept with a written reason. Only a checksum
   * mismatch qualifies: the population register, not our arithmetic, has the last
   * word, and the code on the person's document must be recordable as written.
   * Warnings never block saving, so they are always `false`.
   */
  overridable: boolean;
}

export interface PersonalCodeCheck {
  kind: PersonalCodeKind | null;
  /** The 11 digits, once the input has the right shape (even if other errors remain). */
  normalised: string | null;
  /** ISO yyyy-mm-dd; null when the code carries no (or only a partial) date, or it is invalid. */
  birthDate: string | null;
  sex: Sex | null;
  errors: CodeProblem[];
  warnings: CodeProblem[];
}

const LV_WEIGHTS = [1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const LT_WEIGHTS_1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 1];
const LT_WEIGHTS_2 = [3, 4, 5, 6, 7, 8, 9, 1, 2, 3];

/** Σ dᵢ·wᵢ over the first ten digits. Anything but exactly ten digits is a caller's bug: throw. */
function weightedSum(first10: string, weights: readonly number[]): number {
  if (!/^\d{10}$/.test(first10)) throw new RangeError('expected exactly 10 digits');
  return weights.reduce((sum, w, i) => sum + w * (first10.charCodeAt(i) - 48), 0);
}

/** Latvian check digit (same algorithm for legacy and new codes). */
export function lvCheckDigit(first10: string): number {
  // The sum never exceeds 9 × 55 = 495, so 1101 − S is always positive.
  return ((1101 - weightedSum(first10, LV_WEIGHTS)) % 11) % 10;
}

/** Lithuanian check digit: a second weight set is tried when the first gives 10. */
export function ltCheckDigit(first10: string): number {
  const first = weightedSum(first10, LT_WEIGHTS_1) % 11;
  if (first !== 10) return first;
  const second = weightedSum(first10, LT_WEIGHTS_2) % 11;
  return second === 10 ? 0 : second;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isoDate(year: number, month: number, day: number): string {
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Today as a local calendar date: the user thinks in the centre's own day, not UTC. */
function localIso(today: Date): string {
  return isoDate(today.getFullYear(), today.getMonth() + 1, today.getDate());
}

const problem = (code: PersonalCodeProblemCode, overridable = false): CodeProblem => ({
  code,
  overridable,
});

/**
 * Strips whitespace anywhere (codes are often typed or pasted with spaces) and,
 * for Latvia, the customary hyphen after the date part. Anything else is rejected
 * rather than silently dropped, so a typo is never "corrected" into another code.
 */
function normalise(country: Country, input: string): string | CodeProblem {
  let s = input.replace(/\s+/g, '');
  if (s === '') return problem('empty');
  if (country === 'LV' && /^\d{6}-/.test(s)) s = s.slice(0, 6) + s.slice(7);
  if (/\D/.test(s)) return problem('notDigits');
  if (s.length !== 11) return problem('length');
  return s;
}

export function checkPersonalCode(
  country: Country,
  input: string,
  today: Date = new Date(),
): PersonalCodeCheck {
  const result: PersonalCodeCheck = {
    kind: null,
    normalised: null,
    birthDate: null,
    sex: null,
    errors: [],
    warnings: [],
  };
  const normalised = normalise(country, input);
  if (typeof normalised !== 'string') {
    result.errors.push(normalised);
    return result;
  }
  result.normalised = normalised;
  const todayIso = localIso(today);
  const num = (from: number, to: number) => Number(normalised.slice(from, to));
  const checkDigit = country === 'LV' ? lvCheckDigit : ltCheckDigit;
  const checksumOk = checkDigit(normalised.slice(0, 10)) === num(10, 11);

  if (country === 'LV') {
    // New codes start 32–39. A legacy code can never: its first two digits are
    // the day of month, and 30/31 (prefix 30, 31) are the only days starting with 3.
    if (/^3[2-9]/.test(normalised)) {
      result.kind = 'lv-new';
      // Per the domain rules the new format's check digit is advisory: warn, never block.
      if (!checksumOk) result.warnings.push(problem('checksum'));
      return result;
    }
    result.kind = 'lv-legacy';
    const century = num(6, 7);
    if (century > 2) {
      result.errors.push(problem('century'));
    } else {
      checkFullDate(result, 1800 + century * 100 + num(4, 6), num(2, 4), num(0, 2), todayIso);
    }
  } else {
    const g = num(0, 1);
    if (g === 9) {
      result.kind = 'lt-special'; // issued without date or sex
    } else if (g >= 1 && g <= 6) {
      result.kind = 'lt';
      result.sex = g % 2 === 1 ? 'male' : 'female';
      const year = 1800 + Math.floor((g - 1) / 2) * 100 + num(1, 3);
      const month = num(3, 5);
      const day = num(5, 7);
      if (month === 0 || day === 0) {
        checkPartialDate(result, year, month, day, todayIso);
      } else {
        checkFullDate(result, year, month, day, todayIso);
      }
    } else {
      // Not a Lithuanian code at all, so its check digit means nothing.
      result.errors.push(problem('prefix'));
      return result;
    }
  }
  if (!checksumOk) result.errors.push(problem('checksum', true));
  return result;
}

function checkFullDate(
  result: PersonalCodeCheck,
  year: number,
  month: number,
  day: number,
  todayIso: string,
): void {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    result.errors.push(problem('date'));
    return;
  }
  const iso = isoDate(year, month, day);
  if (iso > todayIso) {
    result.errors.push(problem('futureDate'));
    return;
  }
  result.birthDate = iso;
}

/**
 * LT codes use 00 for an unknown month and/or day. The code is valid and the
 * birth date stays null (we do not invent partial dates), but the known parts
 * must still be possible, and the earliest date they allow must not be in the future.
 */
function checkPartialDate(
  result: PersonalCodeCheck,
  year: number,
  month: number,
  day: number,
  todayIso: string,
): void {
  if (month > 12 || day > (month === 0 ? 31 : daysInMonth(year, month))) {
    result.errors.push(problem('date'));
    return;
  }
  if (isoDate(year, month || 1, day || 1) > todayIso) result.errors.push(problem('futureDate'));
}

/** Display form: LV `XXXXXX-XXXXX`, LT the bare 11 digits. Other input is returned unchanged. */
export function formatPersonalCode(country: Country, normalised: string): string {
  if (country === 'LV' && /^\d{11}$/.test(normalised)) {
    return `${normalised.slice(0, 6)}-${normalised.slice(6)}`;
  }
  return normalised;
}

/**
 * Masked form for lists and printouts: keeps the part needed to tell people
 * apart at a glance (LV date part, LT prefix + date) and hides the serial.
 */
export function maskPersonalCode(country: Country, normalised: string): string {
  if (!/^\d{11}$/.test(normalised)) return '*'.repeat(normalised.length);
  return country === 'LV' ? `${normalised.slice(0, 6)}-*****` : `${normalised.slice(0, 7)}****`;
}
