import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../core';
import { seedDemo } from './seed-demo';
import { countRows } from '../testing/client-fixtures';

let core: Core | undefined;
afterEach(() => core?.close());

describe('demo centre', () => {
  it('has forty clients with valid codes of both countries, relatives, decisions, assessments and attendance with meals', async () => {
    core = createCore();
    await seedDemo(core);
    expect(countRows(core, 'clients')).toBe(40);
    expect(countRows(core, "client_codes WHERE country = 'LT'")).toBe(9);
    expect(countRows(core, "client_codes WHERE code LIKE '32%'")).toBe(3);
    expect(countRows(core, "client_codes WHERE country = 'LT' AND substr(code, 6, 2) = '00'")).toBe(2);
    expect(countRows(core, 'client_relatives')).toBe(30);
    expect(countRows(core, 'service_decisions')).toBe(40);
    expect(countRows(core, 'client_assessments')).toBe(40);
    const expiring = core.db.$client.prepare("SELECT count(*) AS n FROM service_decisions WHERE valid_to <= date('now', '+30 days')").get() as { n: number };
    expect(expiring.n).toBeGreaterThanOrEqual(5);
    // Two months of days with meals, all of kinds the demo centre serves (the default breakfast, lunch, snack).
    expect(countRows(core, "attendance WHERE meals <> '[]'")).toBeGreaterThan(100);
    expect(countRows(core, "attendance, json_each(attendance.meals) WHERE json_each.value NOT IN ('breakfast', 'lunch', 'snack')")).toBe(0);
  });
});
