import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../core';
import { demoAdmin, seedDemo, seedDemoIfEmpty } from './seed-demo';
import { demoLoginLines } from './demo-logins';
import { fixedSession } from '../call-context';
import { countRows } from '../testing/client-fixtures';
import { addDays, localDate } from '#shared/domain/local-date';

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
    // 30 from the register's demo, plus a main carer for each dementia-group client who had no relative (seed-demo-dementia-safety.ts).
    expect(countRows(core, 'client_relatives')).toBe(32);
    expect(countRows(core, 'service_decisions')).toBe(40);
    expect(countRows(core, 'client_assessments')).toBe(40);
    // Within 30 days of the core's day (the demo dates its decisions by it), never SQLite's 'now'.
    const horizon = addDays(localDate(core.now()), 30);
    const expiring = core.db.$client.prepare('SELECT count(*) AS n FROM service_decisions WHERE valid_to <= ?').get(horizon) as { n: number };
    expect(expiring.n).toBeGreaterThanOrEqual(5);
    // Two months of days with meals, all of kinds the demo centre serves (the default breakfast, lunch, snack).
    expect(countRows(core, "attendance WHERE meals <> '[]'")).toBeGreaterThan(100);
    expect(countRows(core, "attendance, json_each(attendance.meals) WHERE json_each.value NOT IN ('breakfast', 'lunch', 'snack')")).toBe(0);
  });
});

describe('demo logins', () => {
  it('prints one login per role, administrator first, each of which signs in; a second seeding is skipped', async () => {
    core = createCore();
    await seedDemo(core);
    const lines = demoLoginLines();
    expect(lines[0]).toBe(`Demo centre login: ${demoAdmin.username} / ${demoAdmin.password}`);
    const logins = lines.flatMap((line) => {
      const match = /^ {2}(\w+): (\S+) \/ ([^\s,]+)/.exec(line);
      return match ? [{ role: match[1], username: match[2] as string, password: match[3] as string }] : [];
    });
    expect(logins.map((l) => l.role)).toEqual(['administrator', 'manager', 'reception', 'carer']);
    for (const { username, password } of logins) {
      const result = await core.dispatch('auth.login', { username, password }, { session: fixedSession(null), language: 'lv', origin: 'test' });
      expect(result.ok ? username : result.error).toBe(username);
    }
    expect(await seedDemoIfEmpty(core)).toBe('reused');
    expect(countRows(core, 'clients')).toBe(40);
  });
});
