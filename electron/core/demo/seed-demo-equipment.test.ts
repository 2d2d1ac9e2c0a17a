import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Core } from '../core';
import { ok } from '../testing/client-fixtures';
import type { callContext} from '../testing/test-core';
import { loggedInCore, validSetup } from '../testing/test-core';
import { seedDemoEquipment } from './seed-demo-equipment';

let core: Core;
let ctx: ReturnType<typeof callContext>;

beforeEach(async () => {
  ({ core, ctx } = await loggedInCore({ now: () => new Date(2026, 10, 20, 9, 0) }));
});
afterEach(() => core.close());

it('seeds the project’s equipment through the services, numbered in one scheme, one chair written off early', async () => {
  await seedDemoEquipment(core, validSetup.admin.username);
  const report = await ok(core, ctx, 'equipment.durability', { projectCode: 'ENI-LLB-1-031', language: 'lv' });
  expect(report.items.map((i) => i.inventoryNumber).slice(0, 3)).toEqual(['PSAC-2021/001', 'PSAC-2021/002', 'PSAC-2021/003']);
  expect(report.items.map((i) => i.category)).toEqual(expect.arrayContaining(['Pacēlāja platforma', 'Hidromasāžas gulta', 'Dušas krēsls', 'Veļas mašīna', 'Veļas žāvētājs']));
  expect(report.totals).toMatchObject({ items: 15, writtenOff: 1, writtenOffEarly: 1 });
  const all = await ok(core, ctx, 'equipment.items.list', { page: 1, pageSize: 100 });
  expect(all.total).toBe(18);
  expect(core.db.$client.prepare("SELECT count(*) FROM audit_log WHERE method LIKE 'equipment.%'").pluck().get()).toBe(20);
});
