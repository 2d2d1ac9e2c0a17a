import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, methodNames, type CallResult } from '#shared/contract/index';
import { maxPageSize, maxPeriodMonths } from '#shared/contract/bounds';
import type { Core } from './core';
import { loggedInCore, type callContext } from './testing/test-core';
import { databaseSnapshot } from './testing/database-snapshot';
import { fastestCall } from './testing/timed-call';
import { dateFormatOf, inputJsonSchema, objectNodes, schemaNodes, type JsonSchema } from './testing/schema-walk';

/**
 * Issue 12, hole 4: no input may make the core do unbounded work. Walks every method's input as JSON
 * Schema (what zod enforces), so a method another branch adds is held to the same bounds the moment it
 * joins `contract`: strings, arrays and numbers have limits, dates lie in plausible years, a period
 * (`from`..`to`) has a maximum length, lists are paged or bounded by the centre's own size.
 */

const inputs = methodNames.map((method) => [method, inputJsonSchema(contract[method].input)] as const);
const idKey = /^(id|before)$|Id$/;
const dateName = /^(from|to|date|month)$|(Date|On|From|To|Since|Until|Review)$/;
const largestNumber = 10_000_000;
const largestText = 10_000;

const typeOf = (s: JsonSchema) => (Array.isArray(s.type) ? s.type[0] : s.type);
const fixed = (s: JsonSchema) => s.const !== undefined || s.enum !== undefined;

/** What is wrong with one node's bounds, or null. */
function unbounded(key: string, s: JsonSchema): string | null {
  if (fixed(s) || s.anyOf || s.oneOf || s.allOf) return null;
  switch (typeOf(s)) {
    case 'string':
      return s.maxLength !== undefined && s.maxLength <= largestText ? null : 'string without maxLength';
    case 'array':
      return s.maxItems !== undefined && s.maxItems <= maxPageSize ? null : `array without maxItems ≤ ${maxPageSize}`;
    case 'integer':
    case 'number':
      if (idKey.test(key)) return typeOf(s) === 'integer' && ((s.exclusiveMinimum ?? -1) >= 0 || (s.minimum ?? 0) >= 1) ? null : 'id that is not a positive integer';
      if (key === 'limit' && (s.maximum ?? Infinity) > maxPageSize) return `page size above ${maxPageSize}`;
      return s.maximum !== undefined && Math.abs(s.maximum) <= largestNumber && (s.minimum ?? s.exclusiveMinimum) !== undefined ? null : 'number without a bounded range';
    case 'boolean':
    case 'null':
    case 'object':
      return null;
    default:
      return 'a value of no declared shape';
  }
}

describe('every input of the contract is bounded', () => {
  it('has maxLength on every string, maxItems on every array and a range on every number that is not an id', () => {
    const offenders = inputs.flatMap(([method, schema]) =>
      schemaNodes(schema).flatMap(({ path, key, schema: s }) => {
        const problem = unbounded(key, s);
        return problem ? [`${method} ${path.join('.')}: ${problem}`] : [];
      }),
    );
    // An equipment attachment (a PDF or photo up to 20 MB, as base64) is bounded by its own size check.
    expect(offenders.filter((o) => o !== 'equipment.attachments.add dataBase64: string without maxLength')).toEqual([]);
  });

  it('marks every date-named field as a date, month or instant, so the date walks below reach it', () => {
    const unmarked = inputs.flatMap(([method, schema]) =>
      objectNodes(schema).flatMap(({ path, properties }) =>
        Object.entries(properties)
          .filter(([key, p]) => dateName.test(key) && schemaNodes(p).some((n) => typeOf(n.schema) === 'string' && !fixed(n.schema)))
          .filter(([, p]) => !dateFormatOf(p))
          .map(([key]) => `${method} ${[...path, key].join('.')}`),
      ),
    );
    expect(unmarked).toEqual([]);
  });

  /**
   * Lists answer a page (`limit`), a bounded period (`from`..`to`), or what is bounded by the centre itself;
   * the last kind is named here with why, so a new list has to choose.
   */
  const boundedByTheCentre: Record<string, string> = {
    'clients.list': 'every client of one centre (hundreds): the page scrolls them virtually, sorted in the UI language',
    'staff.list': 'the staff accounts of one centre',
    'activities.list': 'the activity catalogue of one centre',
    'relatives.list': 'the relatives of one client',
    'decisions.list': 'the service decisions of one client',
    'assessments.list': 'the assessments of one client',
    'dementia.groups.list': 'the dementia groups of one centre (a handful)',
    'dementia.catalogue.list': 'the programme catalogue of one centre',
    'prices.list': 'the price list of one centre: a few dozen units × three payer categories × their price changes',
    'equipment.categories.list': 'the equipment categories of one centre: the built-in dozen and a few of its own',
    'equipment.items.list': 'paged by page and pageSize (at most maxPageSize rows)',
    'prices.units.list': "the centre's own service units (a handful beyond the catalogue)",
    'billing.absenceRules.list': 'six absence reasons × three payer categories',
  };

  it('pages every list and search, or bounds it by a period or by the centre itself', () => {
    const lists = inputs.filter(([method]) => /\.(list|search|history)$/.test(method));
    expect(lists.length).toBeGreaterThan(0);
    const unpaged = lists
      .filter(([, schema]) => !(schema.properties?.limit && (schema.properties.limit.maximum ?? Infinity) <= maxPageSize))
      .filter(([, schema]) => !(schema.properties?.from && schema.properties.to))
      .map(([method]) => method);
    expect(unpaged.sort()).toEqual(Object.keys(boundedByTheCentre).sort());
  });
});

/** Values no centre has: the first millennium and the last year four digits can hold. */
const huge: Record<string, { first: string; last: string }> = {
  date: { first: '1000-01-01', last: '9999-12-31' },
  'date-time': { first: '1000-01-01T00:00:00Z', last: '9999-12-31T23:59:59Z' },
  month: { first: '1000-01', last: '9999-12' },
};
/** Plausible years, but a span of two centuries. */
const long: Record<string, { first: string; last: string }> = {
  date: { first: '1901-01-01', last: '2099-12-31' },
  'date-time': { first: '1901-01-01T00:00:00Z', last: '2099-12-31T00:00:00Z' },
};
const startsRange = /^from$|From$/;
/** Periods that may be longer than a year, with their bound in months: a chart of observations spans five years. */
const longerPeriods: Record<string, number> = {
  'dementia.observations.history': 60,
  // The observation report (the only print job with from..to) prints that chart's period.
  'print.document': 60,
  'print.savePdf': 60,
  'sheets.recordPrint': 60,
};

/**
 * Pairs other than `from`..`to` that may span more than a period, with why: nothing walks them day by
 * day, and the plausible years (checked below for every date) bound them.
 */
const unboundedLengthPairs: Record<string, string> = {
  'validFrom..validTo': 'a decision’s validity is compared (overlap, expiry), never walked; it may be open-ended',
};

describe('every date of every method, sent as a huge range', () => {
  let core: Core;
  let ctx: ReturnType<typeof callContext>;
  beforeAll(async () => {
    ({ core, ctx } = await loggedInCore({ loginThrottle: { baseMs: 0 } }));
  });
  afterAll(() => core.close());

  async function refusedFast(method: string, input: unknown): Promise<CallResult<unknown>> {
    const before = databaseSnapshot(core.db);
    const { result, fastestMs } = await fastestCall(core, method, input, ctx, 50);
    expect(fastestMs, `${method} took too long`).toBeLessThan(50);
    expect(result, `${method} ${JSON.stringify(input)}`).toMatchObject({ ok: false, error: { kind: 'validation' } });
    expect(databaseSnapshot(core.db)).toBe(before);
    return result;
  }
  const codesAt = (result: CallResult<unknown>, path: (string | number)[]) =>
    result.ok ? [] : (result.error.issues ?? []).filter((i) => i.path.join('.') === path.join('.')).map((i) => i.code);

  const dated = inputs.flatMap(([method, schema]) =>
    objectNodes(schema).flatMap((node) => {
      const dates = Object.entries(node.properties).flatMap(([key, p]) => {
        const format = dateFormatOf(p);
        return format ? [{ key, format }] : [];
      });
      return dates.length ? [{ method, node, dates }] : [];
    }),
  );

  it('finds the methods that take dates (the walk is not vacuous)', () => {
    expect(dated.map((d) => d.method)).toEqual(expect.arrayContaining(['sessions.createSeries', 'sessions.list', 'audit.list', 'sheets.attendanceMonth', 'clients.create']));
  });

  it.each(dated.map((d) => [`${d.method} ${d.node.path.join('.')}`, d] as const))('%s refuses years 1000 and 9999 in every date, fast', async (_label, { method, node, dates }) => {
    const fields = Object.fromEntries(dates.map(({ key, format }) => [key, startsRange.test(key) ? huge[format]!.first : huge[format]!.last]));
    const result = await refusedFast(method, node.withFields(fields));
    for (const { key } of dates) {
      const codes = codesAt(result, [...node.path, key]);
      // Year 1000 may fail a date's own format rule first (isRealIsoDate starts at 1800); 9999 passes it.
      if (startsRange.test(key)) expect(codes.length, `${method} ${key}`).toBeGreaterThan(0);
      else expect(codes, `${method} ${key}`).toContain('field.dateOutOfRange');
    }
  });

  const pairs = dated.flatMap(({ method, node, dates }) =>
    dates.flatMap((start) => {
      if (!startsRange.test(start.key)) return [];
      const endKey = start.key === 'from' ? 'to' : start.key.replace(/From$/, 'To');
      const end = dates.find((d) => d.key === endKey);
      return end ? [{ method, node, start, end }] : [];
    }),
  );

  it('finds every from/to-like pair, and each either has a length bound or a reason here why not', () => {
    expect(pairs.length).toBeGreaterThan(0);
    const named = new Set(pairs.filter((p) => p.start.key !== 'from').map((p) => `${p.start.key}..${p.end.key}`));
    expect([...named].sort()).toEqual(Object.keys(unboundedLengthPairs).sort());
  });

  it.each(pairs.filter((p) => p.start.key === 'from').map((p) => [p.method, p] as const))('%s refuses a period longer than its bound, naming the bound', async (method, { node, start, end }) => {
    const span = long[start.format]!;
    const result = await refusedFast(method, node.withFields({ [start.key]: span.first, [end.key]: span.last }));
    const issue = result.ok ? undefined : result.error.issues?.find((i) => i.path.join('.') === [...node.path, end.key].join('.'));
    expect(issue?.code).toBe('field.rangeTooLong');
    expect(issue?.params?.count).toBeGreaterThan(0);
    expect(issue?.params?.count).toBeLessThanOrEqual(longerPeriods[method] ?? maxPeriodMonths);
  });
});
