import { z } from 'zod';

/** The part of JSON Schema that zod emits for the contract's inputs. */
export type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  maxLength?: number;
  maxItems?: number;
  minimum?: number;
  exclusiveMinimum?: number;
  maximum?: number;
};

/** A method's input as JSON Schema: the shape zod will enforce, independent of how the schema was written. */
export function inputJsonSchema(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

/** One node of an input schema, with the property it is the value of (`''` at the top). */
export interface SchemaNode {
  path: (string | number)[];
  key: string;
  schema: JsonSchema;
}

/** An object inside an input, and a way to build an input that reaches it. */
export interface ObjectNode {
  path: (string | number)[];
  properties: Record<string, JsonSchema>;
  /** The input holding `fields` at this object, with the discriminators of the union branches on the way. */
  withFields(fields: Record<string, unknown>): unknown;
}

const branches = (s: JsonSchema) => [...(s.anyOf ?? []), ...(s.oneOf ?? []), ...(s.allOf ?? [])];

/** Every node (through unions, objects and arrays), depth first. */
export function schemaNodes(schema: JsonSchema, path: (string | number)[] = [], key = ''): SchemaNode[] {
  const nested = [
    ...branches(schema).flatMap((b) => schemaNodes(b, path, key)),
    ...Object.entries(schema.properties ?? {}).flatMap(([k, p]) => schemaNodes(p, [...path, k], k)),
    ...(schema.items ? schemaNodes(schema.items, [...path, 0], key) : []),
  ];
  return [{ path, key, schema }, ...nested];
}

/** Every object of an input, each with a builder for inputs that reach it. */
export function objectNodes(schema: JsonSchema, path: (string | number)[] = [], wrap = (inner: unknown) => inner): ObjectNode[] {
  const found = branches(schema).flatMap((b) => objectNodes(b, path, wrap));
  if (schema.items) found.push(...objectNodes(schema.items, [...path, 0], (inner) => wrap([inner])));
  if (!schema.properties) return found;
  const properties = schema.properties;
  const discriminators = Object.fromEntries(Object.entries(properties).filter(([, p]) => p.const !== undefined).map(([k, p]) => [k, p.const]));
  const withFields = (fields: Record<string, unknown>) => wrap({ ...discriminators, ...fields });
  found.push({ path, properties, withFields });
  for (const [k, p] of Object.entries(properties)) found.push(...objectNodes(p, [...path, k], (inner) => withFields({ [k]: inner })));
  return found;
}

/** The date-ish format of a property (`date`, `date-time`, `month`), looking into `optional`/`nullable` unions. */
export function dateFormatOf(schema: JsonSchema): string | undefined {
  if (schema.format && ['date', 'date-time', 'month'].includes(schema.format)) return schema.format;
  return branches(schema).map(dateFormatOf).find((f) => f !== undefined);
}
