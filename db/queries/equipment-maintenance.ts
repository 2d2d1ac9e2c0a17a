import { and, desc, eq, max } from 'drizzle-orm';
import type { Executor } from '../client';
import { equipmentMaintenance, equipmentSchedule, equipmentSettings } from '../schema/equipment-maintenance';
import { equipmentItem } from '../schema/equipment';
import { staff } from '../schema/staff';

export type ScheduleRow = typeof equipmentSchedule.$inferSelect;
export type NewScheduleRow = typeof equipmentSchedule.$inferInsert;
export type MaintenanceRow = typeof equipmentMaintenance.$inferSelect;

/** The few item fields the maintenance rules need (purchase date, status); the register owns the rest. */
export function itemForMaintenance(db: Executor, itemId: number) {
  return db
    .select({ id: equipmentItem.id, purchaseDate: equipmentItem.purchaseDate, status: equipmentItem.status, createdAt: equipmentItem.createdAt })
    .from(equipmentItem)
    .where(eq(equipmentItem.id, itemId))
    .get();
}

export function setItemStatus(db: Executor, itemId: number, status: typeof equipmentItem.$inferSelect.status, updatedAt: string) {
  return db.update(equipmentItem).set({ status, updatedAt }).where(eq(equipmentItem.id, itemId)).returning().get();
}

export function findSchedule(db: Executor, id: number): ScheduleRow | undefined {
  return db.select().from(equipmentSchedule).where(eq(equipmentSchedule.id, id)).get();
}

export function schedulesOfItem(db: Executor, itemId: number, limit: number) {
  return db
    .select({ schedule: equipmentSchedule, staffName: staff.fullName })
    .from(equipmentSchedule)
    .leftJoin(staff, eq(staff.id, equipmentSchedule.responsibleStaffId))
    .where(eq(equipmentSchedule.itemId, itemId))
    .orderBy(desc(equipmentSchedule.active), equipmentSchedule.id)
    .limit(limit)
    .all();
}

export function insertSchedule(db: Executor, row: NewScheduleRow): ScheduleRow {
  return db.insert(equipmentSchedule).values(row).returning().get();
}

export function updateSchedule(db: Executor, id: number, patch: Partial<NewScheduleRow>): ScheduleRow | undefined {
  return db.update(equipmentSchedule).set(patch).where(eq(equipmentSchedule.id, id)).returning().get();
}

/** The last completed maintenance of a schedule (index on schedule_id, done_on). */
export function lastDoneOf(db: Executor, scheduleId: number): string | null {
  return db.select({ last: max(equipmentMaintenance.doneOn) }).from(equipmentMaintenance).where(eq(equipmentMaintenance.scheduleId, scheduleId)).get()?.last ?? null;
}

export function insertMaintenance(db: Executor, row: typeof equipmentMaintenance.$inferInsert): MaintenanceRow {
  return db.insert(equipmentMaintenance).values(row).returning().get();
}

export function maintenanceOfItem(db: Executor, itemId: number, limit: number) {
  return db
    .select({ record: equipmentMaintenance, scheduleTitle: equipmentSchedule.title })
    .from(equipmentMaintenance)
    .leftJoin(equipmentSchedule, eq(equipmentSchedule.id, equipmentMaintenance.scheduleId))
    .where(eq(equipmentMaintenance.itemId, itemId))
    .orderBy(desc(equipmentMaintenance.doneOn), desc(equipmentMaintenance.id))
    .limit(limit)
    .all();
}

export function findSettings(db: Executor) {
  return db.select().from(equipmentSettings).where(and(eq(equipmentSettings.id, 1))).get();
}

export function saveSettings(db: Executor, blockUseWhenOverdue: boolean, updatedAt: string) {
  return db
    .insert(equipmentSettings)
    .values({ id: 1, blockUseWhenOverdue, updatedAt })
    .onConflictDoUpdate({ target: equipmentSettings.id, set: { blockUseWhenOverdue, updatedAt } })
    .returning()
    .get();
}
