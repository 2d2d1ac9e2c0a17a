import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  checkPersonalCode,
  formatPersonalCode,
  lvCheckDigit,
  ltCheckDigit,
  maskPersonalCode,
  personalCodeProblemCodes,
  type Country,
  type PersonalCodeCheck,
} from './personal-code';

// --- Independent reference arithmetic (deliberately written differently from the module) ---

function refLv(first10: string): string {
  const w = [1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  let s = 0;
  for (let i = 0; i < 10; i++) s += parseInt(first10.charAt(i), 10) * (w[i] ?? NaN);
  let q = (1101 - s) % 11;
  if (q === 10) q = 0;
  return first10 + String(q);
}

function refLt(first10: string): string {
  const sum = (w: number[]) =>
    first10.split('').reduce((acc, ch, i) => acc + parseInt(ch, 10) * (w[i] ?? NaN), 0) % 11;
  let k = sum([1, 2, 3, 4, 5, 6, 7, 8, 9, 1]);
  if (k === 10) k = sum([3, 4, 5, 6, 7, 8, 9, 1, 2, 3]);
  if (k === 10) k = 0;
  return first10 + String(k);
}

/** Replace the check digit with a different one. */
function breakCheck(code: string): string {
  const last = Number(code.slice(-1));
  return code.slice(0, -1) + String((last + 1) % 10);
}

const TODAY = new Date(2025, 5, 15); // 15 June 2025, local time
const check = (country: Country, input: string) => checkPersonalCode(country, input, TODAY);
const codes = (r: PersonalCodeCheck) => ({
  errors: r.errors.map((p) => p.code),
  warnings: r.warnings.map((p) => p.code),
});
const clean = { errors: [], warnings: [] };

describe('check digits', () => {
  it('LV: hand-verified 010101-10006 (S = 28, 1073 mod 11 = 6)', () => {
    expect(lvCheckDigit('0101011000')).toBe(6);
  });

  it('LV: a remainder of 10 gives 0', () => {
    // 0101011009: S = 6 + 7 + 10 + 5 + 9·2 = 46; 1101 − 46 = 1055 = 95·11 + 10
    expect((1101 - 46) % 11).toBe(10);
    expect(refLv('0101011009')).toBe('01010110090');
    expect(lvCheckDigit('0101011009')).toBe(0);
    expect(lvCheckDigit('0101011017')).toBe(0);
    expect(lvCheckDigit('0101011025')).toBe(0);
  });

  it.each(['0101011000', '2902961234', '3004851234', '3201234567', '3999999999', '0000000000'])(
    'LV %s agrees with the reference',
    (first10) => {
      expect(first10 + String(lvCheckDigit(first10))).toBe(refLv(first10));
    },
  );

  it('LT: first pass gives the digit directly (3850101123 → Σ = 75, 75 mod 11 = 9)', () => {
    expect(ltCheckDigit('3850101123')).toBe(9);
  });

  it('LT: published example 33309240064 (first pass 10, second pass 4)', () => {
    expect(ltCheckDigit('3330924006')).toBe(4);
  });

  // Found by searching 3850101000–3850101999: first pass = 10, second pass ≠ 10.
  it.each(['38501010087', '38501010211', '38501010339', '38501010456', '38501010573', '38501010690'])(
    'LT two-pass case %s',
    (code) => {
      expect(ltCheckDigit(code.slice(0, 10))).toBe(Number(code[10]));
      expect(refLt(code.slice(0, 10))).toBe(code);
      expect(codes(check('LT', code))).toEqual(clean);
    },
  );

  // Both passes give 10, so the check digit is 0.
  it.each(['38501011610', '38501012270', '38501013920', '38501014580', '38501015130', '38501016890'])(
    'LT double-10 case %s → 0',
    (code) => {
      expect(ltCheckDigit(code.slice(0, 10))).toBe(0);
      expect(codes(check('LT', code))).toEqual(clean);
    },
  );

  it('throws on anything but ten digits (a programming error, not user input)', () => {
    for (const bad of ['', '123456789', '12345678901', '12345a7890', '010101-1000']) {
      expect(() => lvCheckDigit(bad)).toThrow(RangeError);
      expect(() => ltCheckDigit(bad)).toThrow(RangeError);
    }
  });
});

describe('Latvia, legacy DDMMYY-CNNNQ', () => {
  const lv = (ddmmyy: string, c: number, serial = '234') => refLv(ddmmyy + String(c) + serial);

  it('accepts 010101-10006', () => {
    expect(check('LV', '010101-10006')).toEqual({
      kind: 'lv-legacy',
      normalised: '01010110006',
      birthDate: '1901-01-01',
      sex: null,
      errors: [],
      warnings: [],
    });
  });

  it.each(['01010110006', '010101-10006', ' 010101 - 10006 ', '0101 0110 006', '\t010101-10006\n'])(
    'accepts the same code written as %j',
    (input) => {
      const r = check('LV', input);
      expect(r.normalised).toBe('01010110006');
      expect(r.birthDate).toBe('1901-01-01');
      expect(codes(r)).toEqual(clean);
    },
  );

  it.each([
    [0, '1885-04-12'],
    [1, '1985-04-12'],
    [2, '2085-04-12'],
  ])('century digit %i → %s', (c, iso) => {
    const r = checkPersonalCode('LV', lv('120485', c), new Date(2100, 0, 1));
    expect(r.kind).toBe('lv-legacy');
    expect(r.birthDate).toBe(iso);
    expect(codes(r)).toEqual(clean);
  });

  it.each([3, 4, 5, 6, 7, 8, 9])('century digit %i is a non-overridable error', (c) => {
    const r = check('LV', lv('120485', c));
    expect(r.kind).toBe('lv-legacy');
    expect(r.birthDate).toBeNull();
    expect(r.errors).toEqual([{ code: 'century', overridable: false }]);
  });

  it.each([
    ['290296', 1, '1996-02-29'],
    ['290200', 2, '2000-02-29'],
    ['290224', 2, '2024-02-29'],
    ['290204', 0, '1804-02-29'],
    ['280297', 1, '1997-02-28'],
    ['300485', 1, '1985-04-30'],
    ['311299', 1, '1999-12-31'],
    ['310188', 1, '1988-01-31'],
  ])('valid date %s century %i → %s', (ddmmyy, c, iso) => {
    const r = check('LV', lv(ddmmyy, c));
    expect(r.kind).toBe('lv-legacy');
    expect(r.birthDate).toBe(iso);
    expect(codes(r)).toEqual(clean);
  });

  it.each([
    ['290297', 1, '29 Feb 1997, not a leap year'],
    ['290200', 1, '29 Feb 1900, century not divisible by 400'],
    ['290200', 0, '29 Feb 1800'],
    ['300296', 1, '30 Feb'],
    ['310485', 1, '31 April'],
    ['310685', 1, '31 June'],
    ['310985', 1, '31 September'],
    ['311185', 1, '31 November'],
    ['000185', 1, 'day 00'],
    ['010085', 1, 'month 00'],
    ['011385', 1, 'month 13'],
  ])('impossible date %s (century %i): %s', (ddmmyy, c) => {
    const r = check('LV', lv(ddmmyy, c));
    expect(r.kind).toBe('lv-legacy');
    expect(r.birthDate).toBeNull();
    expect(r.errors).toEqual([{ code: 'date', overridable: false }]);
  });

  it.each(['4', '5', '6', '7', '8', '9'])('first digit %s: legacy with an impossible day', (d) => {
    const r = check('LV', refLv(d + '10185' + '1234'));
    expect(r.kind).toBe('lv-legacy');
    expect(r.errors).toEqual([{ code: 'date', overridable: false }]);
  });

  it('prefixes 30 and 31 are legacy dates, not the new format', () => {
    expect(check('LV', lv('300485', 1)).kind).toBe('lv-legacy');
    expect(check('LV', lv('310185', 1)).kind).toBe('lv-legacy');
  });

  it('a wrong check digit is an overridable error; the date is still read', () => {
    const r = check('LV', '010101-10007');
    expect(r.errors).toEqual([{ code: 'checksum', overridable: true }]);
    expect(r.warnings).toEqual([]);
    expect(r.birthDate).toBe('1901-01-01');
    expect(r.normalised).toBe('01010110007');
  });

  it('reports both a bad century and a bad checksum', () => {
    const r = check('LV', breakCheck(lv('120485', 5)));
    expect(r.errors).toEqual([
      { code: 'century', overridable: false },
      { code: 'checksum', overridable: true },
    ]);
  });

  it('a birth date after today is an error; today itself is fine', () => {
    expect(check('LV', lv('150625', 2)).birthDate).toBe('2025-06-15');
    expect(codes(check('LV', lv('150625', 2)))).toEqual(clean);
    const r = check('LV', lv('160625', 2));
    expect(r.errors).toEqual([{ code: 'futureDate', overridable: false }]);
    expect(r.birthDate).toBeNull();
  });

  it('today defaults to now', () => {
    expect(codes(checkPersonalCode('LV', lv('311299', 2))).errors).toEqual(['futureDate']);
    expect(codes(checkPersonalCode('LV', '010101-10006'))).toEqual(clean);
  });

  it('LV codes never carry sex', () => {
    expect(check('LV', lv('120485', 1)).sex).toBeNull();
  });
});

describe('Latvia, new format (since 1 July 2017)', () => {
  it('accepts a code with a correct check digit', () => {
    expect(check('LV', '32012345679')).toEqual({
      kind: 'lv-new',
      normalised: '32012345679',
      birthDate: null,
      sex: null,
      errors: [],
      warnings: [],
    });
    expect(check('LV', '320123-45679').normalised).toBe('32012345679');
  });

  it('a wrong check digit is only a warning', () => {
    const r = check('LV', '32012345670');
    expect(r.kind).toBe('lv-new');
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([{ code: 'checksum', overridable: false }]);
  });

  it.each(['2', '3', '4', '5', '6', '7', '8', '9'])('prefix 3%s is the new format', (d) => {
    const good = refLv('3' + d + '12345678');
    expect(check('LV', good).kind).toBe('lv-new');
    expect(codes(check('LV', good))).toEqual(clean);
    expect(codes(check('LV', breakCheck(good)))).toEqual({ errors: [], warnings: ['checksum'] });
  });

  it('has no date, so it can never be in the future', () => {
    expect(codes(check('LV', refLv('3999999999')))).toEqual(clean);
  });
});

describe('Lithuania, GYYMMDDNNNK', () => {
  it('accepts the published example 33309240064', () => {
    expect(check('LT', '33309240064')).toEqual({
      kind: 'lt',
      normalised: '33309240064',
      birthDate: '1933-09-24',
      sex: 'male',
      errors: [],
      warnings: [],
    });
  });

  it.each([
    ['1', '1885-01-01', 'male'],
    ['2', '1885-01-01', 'female'],
    ['3', '1985-01-01', 'male'],
    ['4', '1985-01-01', 'female'],
    ['5', '2015-01-01', 'male'],
    ['6', '2015-01-01', 'female'],
  ])('G = %s → %s, %s', (g, iso, sex) => {
    const yy = g === '5' || g === '6' ? '15' : '85';
    const r = check('LT', refLt(g + yy + '0101123'));
    expect(r.kind).toBe('lt');
    expect(r.birthDate).toBe(iso);
    expect(r.sex).toBe(sex);
    expect(codes(r)).toEqual(clean);
  });

  it.each(['0', '7', '8'])('G = %s is a non-overridable prefix error', (g) => {
    const r = check('LT', refLt(g + '850101123'));
    expect(r.kind).toBeNull();
    expect(r.normalised).not.toBeNull();
    expect(r.errors).toEqual([{ code: 'prefix', overridable: false }]);
  });

  it.each([
    ['38500001238', 'month and day unknown'],
    ['38500011234', 'month unknown'],
    ['38501001232', 'day unknown'],
    ['40002001234', 'day unknown in February'],
  ])('%s is valid with birthDate null (%s)', (raw) => {
    const code = refLt(raw.slice(0, 10));
    const r = check('LT', code);
    expect(r.kind).toBe('lt');
    expect(r.birthDate).toBeNull();
    expect(r.sex).not.toBeNull();
    expect(codes(r)).toEqual(clean);
  });

  it.each([
    ['3850032123', 'day 32 with unknown month'],
    ['3851300123', 'month 13 with unknown day'],
  ])('partial date %s is still checked: %s', (first10) => {
    expect(codes(check('LT', refLt(first10))).errors).toEqual(['date']);
  });

  it('a partial date is in the future only if its earliest possible day is', () => {
    expect(codes(check('LT', refLt('6250000123'))).errors).toEqual([]); // 2025, today 2025-06-15
    expect(codes(check('LT', refLt('6250600123'))).errors).toEqual([]); // June 2025
    expect(codes(check('LT', refLt('6250700123'))).errors).toEqual(['futureDate']);
    expect(codes(check('LT', refLt('6260000123'))).errors).toEqual(['futureDate']);
  });

  it.each([
    ['6000229123', '2000-02-29'],
    ['5240229123', '2024-02-29'],
    ['3960229123', '1996-02-29'],
  ])('29 Feb in a leap year: %s → %s', (first10, iso) => {
    expect(check('LT', refLt(first10)).birthDate).toBe(iso);
  });

  it.each(['4000229123', '3970229123', '6210229123', '3850431123', '3850230123', '3851232123'])(
    'impossible date %s',
    (first10) => {
      const r = check('LT', refLt(first10));
      expect(r.birthDate).toBeNull();
      expect(r.errors).toEqual([{ code: 'date', overridable: false }]);
    },
  );

  it('a wrong check digit is an overridable error', () => {
    const r = check('LT', '33309240065');
    expect(r.errors).toEqual([{ code: 'checksum', overridable: true }]);
    expect(r.birthDate).toBe('1933-09-24');
    expect(r.sex).toBe('male');
  });

  it('a birth date after today is an error', () => {
    expect(codes(check('LT', refLt('6250615123')))).toEqual(clean);
    expect(codes(check('LT', refLt('6250616123'))).errors).toEqual(['futureDate']);
  });

  it('tolerates spaces but not a hyphen', () => {
    expect(check('LT', ' 333 0924 0064 ').normalised).toBe('33309240064');
    expect(codes(check('LT', '333092-40064')).errors).toEqual(['notDigits']);
  });
});

describe('Lithuania, special codes (G = 9)', () => {
  it.each(['9000000001', '9999999999', '9123456789'])('%s: no date, no sex', (first10) => {
    const r = check('LT', refLt(first10));
    expect(r.kind).toBe('lt-special');
    expect(r.birthDate).toBeNull();
    expect(r.sex).toBeNull();
    expect(codes(r)).toEqual(clean);
  });

  it('the check digit still applies', () => {
    expect(check('LT', breakCheck(refLt('9000000001'))).errors).toEqual([
      { code: 'checksum', overridable: true },
    ]);
  });
});

describe('malformed input', () => {
  it.each([
    ['LV', '', 'empty'],
    ['LT', '', 'empty'],
    ['LV', '   ', 'empty'],
    ['LT', '\t\n ', 'empty'],
    ['LV', 'ABCDEF-GHIJK', 'notDigits'],
    ['LT', '3330924006X', 'notDigits'],
    ['LV', '0101O110006', 'notDigits'], // letter O
    ['LV', '0101-0110006', 'notDigits'], // hyphen in the wrong place
    ['LV', '010101--10006', 'notDigits'],
    ['LV', '010101-1000-6', 'notDigits'],
    ['LV', '-01010110006', 'notDigits'],
    ['LV', '010101–10006', 'notDigits'], // en dash
    ['LT', '٣٣٣٠٩٢٤٠٠٦٤', 'notDigits'], // Arabic-Indic digits
    ['LV', '0101011000', 'length'],
    ['LV', '010101-1000', 'length'],
    ['LV', '010101100061', 'length'],
    ['LV', '010101-100061', 'length'],
    ['LT', '3330924006', 'length'],
    ['LT', '333092400641', 'length'],
    ['LT', '3', 'length'],
  ] as const)('%s %j → %s', (country, input, code) => {
    expect(checkPersonalCode(country, input, TODAY)).toEqual({
      kind: null,
      normalised: null,
      birthDate: null,
      sex: null,
      errors: [{ code, overridable: false }],
      warnings: [],
    });
  });

  it('every problem code used is in the exported closed set', () => {
    expect(new Set(personalCodeProblemCodes).size).toBe(personalCodeProblemCodes.length);
    expect([...personalCodeProblemCodes].sort()).toEqual(
      ['century', 'checksum', 'date', 'empty', 'futureDate', 'length', 'notDigits', 'prefix'].sort(),
    );
  });
});

describe('format and mask', () => {
  it('formats LV with a hyphen and LT as bare digits', () => {
    expect(formatPersonalCode('LV', '01010110006')).toBe('010101-10006');
    expect(formatPersonalCode('LV', '32012345679')).toBe('320123-45679');
    expect(formatPersonalCode('LT', '33309240064')).toBe('33309240064');
  });

  it('leaves non-normalised input unchanged', () => {
    expect(formatPersonalCode('LV', '0101')).toBe('0101');
  });

  it('masks the serial part', () => {
    expect(maskPersonalCode('LV', '12345612345')).toBe('123456-*****');
    expect(maskPersonalCode('LT', '38501011239')).toBe('3850101****');
  });

  it('masks anything malformed completely', () => {
    expect(maskPersonalCode('LV', '01010')).toBe('*****');
  });

  it('formatted output parses back to the same normalised code', () => {
    const r = check('LV', formatPersonalCode('LV', '01010110006'));
    expect(r.normalised).toBe('01010110006');
    expect(r.errors).toEqual([]);
  });
});

describe('properties', () => {
  const DAY_MS = 86_400_000;
  const FROM = Date.UTC(1800, 0, 1);
  const TO = Date.UTC(2025, 5, 15); // = TODAY
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  // A real calendar date, derived through the platform's Date rather than our own leap-year logic.
  const date = fc.integer({ min: 0, max: Math.floor((TO - FROM) / DAY_MS) }).map((n) => {
    const d = new Date(FROM + n * DAY_MS);
    return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
  });
  const serial = fc.integer({ min: 0, max: 999 }).map((n) => pad(n, 3));
  const iso = (x: { y: number; m: number; d: number }) => `${x.y}-${pad(x.m)}-${pad(x.d)}`;

  it('LV legacy: a built code validates and yields its date', () => {
    fc.assert(
      fc.property(date, serial, fc.boolean(), (x, s, hyphen) => {
        const c = Math.floor(x.y / 100) - 18;
        const code = refLv(pad(x.d) + pad(x.m) + pad(x.y % 100) + String(c) + s);
        const input = hyphen ? formatPersonalCode('LV', code) : code;
        const r = check('LV', input);
        expect(r.kind).toBe('lv-legacy');
        expect(r.normalised).toBe(code);
        expect(r.birthDate).toBe(iso(x));
        expect(codes(r)).toEqual(clean);
        expect(codes(check('LV', breakCheck(code)))).toEqual({ errors: ['checksum'], warnings: [] });
      }),
    );
  });

  it('LT: a built code validates and yields its date and sex', () => {
    fc.assert(
      fc.property(date, serial, fc.constantFrom('male', 'female'), (x, s, sex) => {
        const g = (Math.floor(x.y / 100) - 18) * 2 + (sex === 'male' ? 1 : 2);
        const code = refLt(String(g) + pad(x.y % 100) + pad(x.m) + pad(x.d) + s);
        const r = check('LT', code);
        expect(r.kind).toBe('lt');
        expect(r.birthDate).toBe(iso(x));
        expect(r.sex).toBe(sex);
        expect(codes(r)).toEqual(clean);
        expect(codes(check('LT', breakCheck(code)))).toEqual({ errors: ['checksum'], warnings: [] });
      }),
    );
  });

  it('LV new: a built code validates; a wrong check digit only warns', () => {
    const digit = fc.integer({ min: 0, max: 9 });
    const second = fc.integer({ min: 2, max: 9 });
    const rest = fc.array(digit, { minLength: 8, maxLength: 8 });
    fc.assert(
      fc.property(second, rest, (d, tail) => {
        const code = refLv('3' + String(d) + tail.join(''));
        expect(codes(check('LV', code))).toEqual(clean);
        expect(codes(check('LV', breakCheck(code)))).toEqual({ errors: [], warnings: ['checksum'] });
      }),
    );
  });

  it('never throws, and a code without errors is always 11 digits', () => {
    const input = fc.oneof(
      fc.string(),
      fc.stringMatching(/^[\d -]{0,14}$/),
      fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 11, maxLength: 11 }).map((a) => a.join('')),
    );
    fc.assert(
      fc.property(fc.constantFrom<Country>('LV', 'LT'), input, (country, s) => {
        const r = checkPersonalCode(country, s, TODAY);
        if (r.errors.length === 0) expect(r.normalised).toMatch(/^\d{11}$/);
        for (const p of [...r.errors, ...r.warnings]) expect(personalCodeProblemCodes).toContain(p.code);
        expect(r.errors.filter((p) => p.overridable).every((p) => p.code === 'checksum')).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
