import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../core';
import { demoClock } from './demo-clock';
import { demoAdmin, seedDemo } from './seed-demo';
import { callContext } from '../testing/test-core';

let core: Core;
let ctx: ReturnType<typeof callContext>;

beforeAll(async () => {
  core = createCore({ now: demoClock('2026-11-25') });
  await seedDemo(core);
  ctx = callContext(core, 'lv');
  const login = await core.dispatch('auth.login', { username: demoAdmin.username, password: demoAdmin.password }, ctx);
  if (!login.ok) throw new Error(login.error.code);
}, 180_000);
afterAll(() => core?.close());

describe('demo equipment maintenance', () => {
  it('has schedules with history: the lift due within the month, the hoist overdue with its warning', async () => {
    const due = await core.dispatch('equipment.due', {}, ctx);
    if (!due.ok) throw new Error(due.error.code);
    const data = due.data as { overdue: { title: string; kind: string }[]; dueSoon: { title: string }[] };
    expect(data.overdue.map((d) => d.title)).toContain('Siksnu un stiprinājumu pārbaude');
    expect(data.dueSoon.map((d) => d.title)).toContain('Tehniskā apskate');
    const records = core.db.$client.prepare('SELECT count(*) FROM equipment_maintenance').pluck().get() as number;
    expect(records).toBeGreaterThan(20);
    const warnings = await core.dispatch('equipment.safetyWarnings', {}, ctx);
    expect(warnings.ok && (warnings.data as { itemIds: number[] }).itemIds.length).toBe(1);
  });

  it('has two months of hydromassage uses for clients and laundry loads without one', async () => {
    const counts = await core.dispatch('equipment.usage.counts', { from: '2026-09-01', to: '2026-11-30' }, ctx);
    if (!counts.ok) throw new Error(counts.error.code);
    const rows = (counts.data as { rows: { itemName: string; uses: number; clients: number }[] }).rows;
    const bed = rows.filter((r) => r.itemName === 'Hidromasāžas gulta');
    expect(bed.length).toBeGreaterThanOrEqual(2);
    expect(bed.every((r) => r.clients > 1)).toBe(true);
    expect(rows.some((r) => r.itemName === 'Veļas mašīna' && r.clients === 0 && r.uses > 10)).toBe(true);
  });
});
