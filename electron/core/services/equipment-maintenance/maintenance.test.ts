import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../core';
import type { callContext} from '../../testing/test-core';
import { loggedInCore } from '../../testing/test-core';
import { insertClient } from '../../testing/board-fixtures';
import { databaseSnapshot } from '../../testing/database-snapshot';
import { insertEquipmentItem } from '../../testing/equipment-maintenance-fixtures';
import { recordUsage } from '../equipment-usage/record-usage';
import { inspectionOverdue } from '#db/queries/equipment-due';
import { AppError } from '../../app-error';

let core: Core;
let ctx: ReturnType<typeof callContext>;
let today = new Date(2026, 2, 9, 9, 0);

beforeEach(async () => {
  today = new Date(2026, 2, 9, 9, 0);
  ({ core, ctx } = await loggedInCore({ now: () => today }));
});
afterEach(() => core.close());

const ok = async <T = Record<string, unknown>>(method: string, input: unknown, context = ctx): Promise<T> => {
  const result = await core.dispatch(method, input, context);
  if (!result.ok) throw new Error(`${method} failed: ${result.error.code} ${JSON.stringify(result.error.issues ?? [])}`);
  return result.data as T;
};
const sql = () => core.db.$client;
const auditOf = (entity: string) => sql().prepare('SELECT method FROM audit_log WHERE entity = ? ORDER BY id').pluck().all(entity);

type Schedule = { id: number; nextDueOn: string | null; lastDoneOn: string | null; dueState: string | null; usesSinceLast: number | null };
type Due = { asOf: string; overdue: { scheduleId: number; itemId: number }[]; dueSoon: { scheduleId: number }[]; upcoming: { scheduleId: number }[] };

const inspection = (itemId: number, extra: Record<string, unknown> = {}) => ({
  itemId,
  title: 'Tehniskā apskate',
  kind: 'safety-inspection',
  intervalUnit: 'months',
  intervalValue: 12,
  responsibleKind: 'supplier',
  supplierName: 'Liftu serviss SIA',
  supplierContact: '+371 20000000',
  blocksUse: true,
  ...extra,
});

describe('schedules and maintenance', () => {
  it('counts the first due date from the purchase, then from the last completed maintenance', async () => {
    const lift = insertEquipmentItem(core.db, { inventoryNumber: 'INV-001', purchaseDate: '2025-01-31' });
    const schedule = await ok<Schedule>('equipment.schedules.create', inspection(lift));
    expect(schedule).toMatchObject({ nextDueOn: '2026-01-31', lastDoneOn: null, dueState: 'overdue' });

    await ok('equipment.maintenance.record', { itemId: lift, scheduleId: schedule.id, doneOn: '2026-02-27', performedBy: 'J. Meistars', work: 'Ikgadējā pārbaude', costCents: 12000, documentRef: 'AKTS-17', result: 'ok' });
    // A record entered late for an earlier day never moves the due date back.
    await ok('equipment.maintenance.record', { itemId: lift, scheduleId: schedule.id, doneOn: '2026-01-15', performedBy: 'J. Meistars', work: 'Starppārbaude', result: 'ok' });
    const [listed] = (await ok<{ schedules: Schedule[] }>('equipment.schedules.list', { itemId: lift })).schedules;
    expect(listed).toMatchObject({ lastDoneOn: '2026-02-27', nextDueOn: '2027-02-27', dueState: 'upcoming' });
    const { records } = await ok<{ records: { doneOn: string; costCents: number | null }[] }>('equipment.maintenance.list', { itemId: lift });
    expect(records.map((r) => r.doneOn)).toEqual(['2026-02-27', '2026-01-15']);
    expect(auditOf('equipment_maintenance')).toEqual(['equipment.maintenance.record', 'equipment.maintenance.record']);
    expect(auditOf('equipment_schedule')).toEqual(['equipment.schedules.create', 'equipment.maintenance.record', 'equipment.maintenance.record']);
  });

  it('a month-interval schedule from 31 January is due at the end of February', async () => {
    const bed = insertEquipmentItem(core.db, { inventoryNumber: 'INV-002', category: 'hydromassage-bed', purchaseDate: '2026-01-31' });
    const schedule = await ok<Schedule>('equipment.schedules.create', inspection(bed, { kind: 'cleaning', intervalValue: 1, blocksUse: false }));
    expect(schedule.nextDueOn).toBe('2026-02-28');
    const days = await ok<Schedule>('equipment.schedules.create', inspection(bed, { kind: 'maintenance', intervalUnit: 'days', intervalValue: 30, startsOn: '2026-02-01' }));
    expect(days.nextDueOn).toBe('2026-03-03');
  });

  it('a result “out of service” takes the item out of service in the same transaction', async () => {
    const hoist = insertEquipmentItem(core.db, { inventoryNumber: 'INV-003', category: 'hoist' });
    const result = await ok<{ itemStatus: string }>('equipment.maintenance.record', { itemId: hoist, doneOn: '2026-03-01', performedBy: 'Inese', work: 'Siksnu pārbaude: plīsums', result: 'out-of-service' });
    expect(result.itemStatus).toBe('out-of-service');
    expect(sql().prepare('SELECT status FROM equipment_item WHERE id = ?').pluck().get(hoist)).toBe('out-of-service');
    expect(auditOf('equipment_item')).toEqual(['equipment.maintenance.record']);
  });

  it('the due list splits overdue, due within 30 days and upcoming, leaving written-off items out', async () => {
    const a = insertEquipmentItem(core.db, { inventoryNumber: 'A', purchaseDate: '2025-03-01' });
    const b = insertEquipmentItem(core.db, { inventoryNumber: 'B', purchaseDate: '2025-03-20' });
    const c = insertEquipmentItem(core.db, { inventoryNumber: 'C', purchaseDate: '2025-05-20' });
    const gone = insertEquipmentItem(core.db, { inventoryNumber: 'D', purchaseDate: '2025-01-01', status: 'written-off' });
    const sa = await ok<Schedule>('equipment.schedules.create', inspection(a));
    const sb = await ok<Schedule>('equipment.schedules.create', inspection(b));
    const sc = await ok<Schedule>('equipment.schedules.create', inspection(c));
    sql().prepare("INSERT INTO equipment_schedule (item_id, title, kind, interval_unit, interval_value, starts_on, responsible_kind, supplier_name, next_due_on, created_at, updated_at) VALUES (?, 'x', 'inspection', 'months', 12, '2025-01-01', 'supplier', 'S', '2026-01-01', '', '')").run(gone);
    const due = await ok<Due>('equipment.due', {});
    expect(due.asOf).toBe('2026-03-09');
    expect(due.overdue.map((d) => d.scheduleId)).toEqual([sa.id]);
    expect(due.dueSoon.map((d) => d.scheduleId)).toEqual([sb.id]);
    expect(due.upcoming.map((d) => d.scheduleId)).toEqual([sc.id]);
    const later = await ok<Due>('equipment.due', { asOf: '2026-06-01' });
    expect(later.overdue.map((d) => d.scheduleId)).toEqual([sa.id, sb.id, sc.id]);
  });

  it('a schedule counted in uses comes due after that many uses', async () => {
    const washer = insertEquipmentItem(core.db, { inventoryNumber: 'W-1', category: 'washing-machine', purchaseDate: '2026-01-01' });
    const schedule = await ok<Schedule>('equipment.schedules.create', inspection(washer, { kind: 'maintenance', intervalUnit: 'uses', intervalValue: 3, blocksUse: false }));
    expect(schedule).toMatchObject({ nextDueOn: null, usesSinceLast: 0, dueState: 'upcoming' });
    for (const day of ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05']) await ok('equipment.usage.log', { itemId: washer, usedOn: day });
    const due = await ok<Due>('equipment.due', {});
    expect(due.overdue).toEqual([expect.objectContaining({ scheduleId: schedule.id, usesSinceLast: 4 })]);
    await ok('equipment.maintenance.record', { itemId: washer, scheduleId: schedule.id, doneOn: '2026-03-06', performedBy: 'Aija', work: 'Filtra tīrīšana', result: 'ok' });
    expect((await ok<{ schedules: Schedule[] }>('equipment.schedules.list', { itemId: washer })).schedules[0]).toMatchObject({ usesSinceLast: 0, dueState: 'upcoming' });
  });
});

describe('bad input writes nothing', () => {
  it('an interval of 0 is a translated field error', async () => {
    const lift = insertEquipmentItem(core.db, { inventoryNumber: 'INV-010' });
    const before = databaseSnapshot(core.db);
    for (const language of ['lv', 'lt', 'ru'] as const) {
      const result = await core.dispatch('equipment.schedules.create', inspection(lift, { intervalValue: 0 }), { ...ctx, language });
      expect(result).toMatchObject({ ok: false, error: { kind: 'validation', issues: [expect.objectContaining({ path: ['intervalValue'], code: 'field.intervalPositive' })] } });
      const message = !result.ok ? result.error.issues?.[0]?.message : '';
      expect(message).toBe({ lv: 'Intervālam jābūt vismaz 1.', lt: 'Intervalas turi būti ne mažesnis kaip 1.', ru: 'Интервал должен быть не меньше 1.' }[language]);
    }
    expect(databaseSnapshot(core.db)).toBe(before);
  });

  it('a maintenance dated before the purchase is refused, in the caller’s language', async () => {
    const lift = insertEquipmentItem(core.db, { inventoryNumber: 'INV-011', purchaseDate: '2025-06-01' });
    const schedule = await ok<Schedule>('equipment.schedules.create', inspection(lift));
    const before = databaseSnapshot(core.db);
    const result = await core.dispatch('equipment.maintenance.record', { itemId: lift, scheduleId: schedule.id, doneOn: '2025-05-31', performedBy: 'X Y', work: 'Pārbaude', result: 'ok' }, { ...ctx, language: 'lv' });
    expect(result).toMatchObject({ ok: false, error: { kind: 'conflict', code: 'equipmentMaintenance.beforePurchase', message: 'Apkopes datums nevar būt pirms iegādes datuma (01.06.2025).' } });
    const future = await core.dispatch('equipment.maintenance.record', { itemId: lift, doneOn: '2026-03-10', performedBy: 'X Y', work: 'Pārbaude', result: 'ok' }, ctx);
    expect(future).toMatchObject({ ok: false, error: { code: 'equipmentMaintenance.inFuture' } });
    expect(databaseSnapshot(core.db)).toBe(before);
  });

  it('a use of an item whose safety inspection is overdue: a warning, and refused once the centre blocks it', async () => {
    const lift = insertEquipmentItem(core.db, { inventoryNumber: 'INV-012', purchaseDate: '2024-01-10' });
    const client = insertClient(core.db, { firstName: 'Anna', lastName: 'Ozola' });
    await ok('equipment.schedules.create', inspection(lift));
    expect(await ok('equipment.safetyWarnings', {})).toEqual({ asOf: '2026-03-09', itemIds: [lift], blocking: false });
    await ok('equipment.usage.log', { itemId: lift, clientId: client, usedOn: '2026-03-09' });

    await ok('equipment.settings.update', { blockUseWhenOverdue: true });
    const before = databaseSnapshot(core.db);
    const refused = await core.dispatch('equipment.usage.log', { itemId: lift, clientId: client, usedOn: '2026-03-09' }, { ...ctx, language: 'ru' });
    expect(refused).toMatchObject({ ok: false, error: { kind: 'conflict', code: 'equipmentMaintenance.usageBlocked', message: 'Проверка безопасности этой единицы просрочена: до проверки пользоваться ею нельзя.' } });
    // The function bookings call refuses the same, inside their transaction.
    expect(() => recordUsage(core.db, { itemId: lift, usedOn: '2026-03-09', staffId: 1 })).toThrow(AppError);
    expect(databaseSnapshot(core.db)).toBe(before);
    expect(inspectionOverdue(core.db, lift, '2026-03-09')).toBe(true);
    expect(inspectionOverdue(core.db, lift, '2025-01-10')).toBe(false);
  });

  it('a use before the purchase or of a written-off item is refused', async () => {
    const chair = insertEquipmentItem(core.db, { inventoryNumber: 'SC-1', category: 'shower-chair', purchaseDate: '2026-02-01' });
    const old = insertEquipmentItem(core.db, { inventoryNumber: 'SC-0', category: 'shower-chair', status: 'written-off' });
    const before = databaseSnapshot(core.db);
    expect(await core.dispatch('equipment.usage.log', { itemId: chair, usedOn: '2026-01-31' }, ctx)).toMatchObject({ ok: false, error: { code: 'equipmentMaintenance.usageBeforePurchase' } });
    expect(await core.dispatch('equipment.usage.log', { itemId: old, usedOn: '2026-03-01' }, ctx)).toMatchObject({ ok: false, error: { code: 'equipmentMaintenance.usageWrittenOff' } });
    expect(databaseSnapshot(core.db)).toBe(before);
  });
});

describe('usage log', () => {
  it('logs uses from the item, a client and a session, and counts them per month per item', async () => {
    const bed = insertEquipmentItem(core.db, { inventoryNumber: 'HB-1', name: 'Hidromasāžas gulta', category: 'hydromassage-bed', purchaseDate: '2025-10-01' });
    const anna = insertClient(core.db, { firstName: 'Anna', lastName: 'Ozola' });
    const janis = insertClient(core.db, { firstName: 'Jānis', lastName: 'Bērziņš' });
    await ok('equipment.usage.log', { itemId: bed, clientId: anna, usedOn: '2026-01-12', startedAt: '10:00', minutes: 30 });
    await ok('equipment.usage.log', { itemId: bed, clientId: janis, usedOn: '2026-01-19', minutes: 30 });
    await ok('equipment.usage.log', { itemId: bed, clientId: anna, usedOn: '2026-02-02', minutes: 30, note: 'Labi' });
    const use = await ok<{ clientName: string; staffName: string }>('equipment.usage.log', { itemId: bed, clientId: janis, usedOn: '2026-02-09', minutes: 20 });
    expect(use).toMatchObject({ clientName: 'Jānis Bērziņš', staffName: 'Anna Bērziņa' });

    const counts = await ok<{ months: string[]; rows: unknown[] }>('equipment.usage.counts', { from: '2025-12-01', to: '2026-02-28' });
    expect(counts.months).toEqual(['2025-12', '2026-01', '2026-02']);
    expect(counts.rows).toEqual([
      { itemId: bed, inventoryNumber: 'HB-1', itemName: 'Hidromasāžas gulta', month: '2026-01', uses: 2, clients: 2, minutes: 60 },
      { itemId: bed, inventoryNumber: 'HB-1', itemName: 'Hidromasāžas gulta', month: '2026-02', uses: 2, clients: 2, minutes: 50 },
    ]);
    const ofAnna = await ok<{ uses: { usedOn: string }[] }>('equipment.usage.list', { clientId: anna });
    expect(ofAnna.uses.map((u) => u.usedOn)).toEqual(['2026-02-02', '2026-01-12']);
    expect(auditOf('equipment_usage')).toHaveLength(4);
  });
});
