import fc from 'fast-check';
import { z } from 'zod';

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  minLength?: number;
  maxLength?: number;
};

/** A value of roughly the right type: right often enough to get past the outer checks. */
function nearValue(schema: JsonSchema, depth: number): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  if (schema.anyOf?.length) return fc.oneof(...schema.anyOf.map((s) => nearValue(s, depth)));
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'object':
      return depth > 3 ? fc.constant({}) : objectArbitrary(schema, depth + 1);
    case 'array':
      return fc.array(schema.items ? nearValue(schema.items, depth + 1) : fc.anything(), { maxLength: 4 });
    case 'string':
      return fc.oneof(
        fc.string({ minLength: schema.minLength ?? 0, maxLength: Math.min(schema.maxLength ?? 40, 300) }),
        fc.constantFrom('', ' ', 'Ā', 'Ж', '\u0000', 'a'.repeat(500), '../../etc', '<script>', "'; DROP TABLE staff;--"),
      );
    case 'integer':
    case 'number':
      return fc.oneof(fc.integer(), fc.double(), fc.constantFrom(0, -1, Number.MAX_SAFE_INTEGER));
    case 'boolean':
      return fc.boolean();
    default:
      return fc.anything();
  }
}

/** Objects with the schema's keys, each right-ish or garbage, some missing, sometimes an extra key. */
function objectArbitrary(schema: JsonSchema, depth: number): fc.Arbitrary<unknown> {
  const entries = Object.entries(schema.properties ?? {});
  const fields = Object.fromEntries(
    entries.map(([key, sub]) => [key, fc.oneof({ weight: 4, arbitrary: nearValue(sub, depth) }, { weight: 1, arbitrary: fc.anything() })]),
  );
  const record = fc.record(fields, { requiredKeys: [] });
  return fc.oneof(
    { weight: 5, arbitrary: record },
    { weight: 1, arbitrary: fc.tuple(record, fc.string(), fc.anything()).map(([r, k, v]) => ({ ...(r as object), [k]: v })) },
  );
}

/**
 * Garbage derived from a zod schema: its JSON Schema gives the shape, fast-check fills it with
 * values near and far from valid ones, mixed with anything at all.
 */
export function garbageFor(schema: z.ZodType): fc.Arbitrary<unknown> {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return fc.oneof({ weight: 3, arbitrary: nearValue(json, 0) }, { weight: 1, arbitrary: fc.anything() });
}
