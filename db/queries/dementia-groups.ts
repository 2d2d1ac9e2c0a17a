import { and, asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../client';
import { dementiaGroup, dementiaGroupMember, dementiaGroupStaff } from '../schema/dementia';
import { clients } from '../schema/clients';
import { staff } from '../schema/staff';

export type DementiaGroupRow = typeof dementiaGroup.$inferSelect;
export type NewDementiaGroupRow = typeof dementiaGroup.$inferInsert;

/** ISO weekday (1 = Monday … 7 = Sunday) of an ISO date, computed by SQLite. */
const isoWeekday = (date: string) => sql`((CAST(strftime('%w', ${date}) AS INTEGER) + 6) % 7 + 1)`;

/** A client's active dementia-day-centre decision in force on `date` (not voided). */
const hasDecisionOn = (date: string) => sql`EXISTS (
  SELECT 1 FROM service_decisions d
  WHERE d.client_id = ${dementiaGroupMember.clientId} AND d.service = 'dementia-day-centre' AND d.voided_at IS NULL
    AND d.valid_from <= ${date} AND (d.valid_to IS NULL OR d.valid_to >= ${date}))`;

/**
 * The active groups a client attends on `date`: a member, the group meets on that weekday and the client
 * holds a dementia-day-centre decision in force. With the closing time and the collect-alarm delay.
 */
export function groupsOfClientOn(db: Executor, clientId: number, date: string) {
  return db
    .select({
      id: dementiaGroup.id,
      name: dementiaGroup.name,
      room: dementiaGroup.room,
      opensAt: dementiaGroup.opensAt,
      closesAt: dementiaGroup.closesAt,
      collectAlarmDelayMinutes: dementiaGroup.collectAlarmDelayMinutes,
    })
    .from(dementiaGroupMember)
    .innerJoin(dementiaGroup, eq(dementiaGroup.id, dementiaGroupMember.groupId))
    .where(
      and(
        eq(dementiaGroupMember.clientId, clientId),
        eq(dementiaGroup.active, true),
        sql`EXISTS (SELECT 1 FROM json_each(${dementiaGroup.weekdays}) w WHERE w.value = ${isoWeekday(date)})`,
        hasDecisionOn(date),
      ),
    )
    .orderBy(asc(dementiaGroup.closesAt), asc(dementiaGroup.id))
    .all();
}

export function listGroups(db: Executor) {
  return db
    .select({
      group: dementiaGroup,
      members: sql<number>`(SELECT count(*) FROM dementia_group_member m WHERE m.group_id = "dementia_group"."id")`,
    })
    .from(dementiaGroup)
    .orderBy(asc(dementiaGroup.name), asc(dementiaGroup.id))
    .all();
}

export function findGroup(db: Executor, id: number): DementiaGroupRow | undefined {
  return db.select().from(dementiaGroup).where(eq(dementiaGroup.id, id)).get();
}

export function insertGroup(db: Executor, row: NewDementiaGroupRow): DementiaGroupRow {
  return db.insert(dementiaGroup).values(row).returning().get();
}

export function updateGroup(db: Executor, id: number, patch: Partial<NewDementiaGroupRow>): DementiaGroupRow | undefined {
  return db.update(dementiaGroup).set(patch).where(eq(dementiaGroup.id, id)).returning().get();
}

export function groupStaff(db: Executor, groupId: number) {
  return db
    .select({ staffId: staff.id, fullName: staff.fullName })
    .from(dementiaGroupStaff)
    .innerJoin(staff, eq(staff.id, dementiaGroupStaff.staffId))
    .where(eq(dementiaGroupStaff.groupId, groupId))
    .orderBy(asc(staff.fullName))
    .all();
}

export function setGroupStaff(db: Executor, groupId: number, staffIds: readonly number[]): void {
  db.delete(dementiaGroupStaff).where(eq(dementiaGroupStaff.groupId, groupId)).run();
  if (staffIds.length) db.insert(dementiaGroupStaff).values(staffIds.map((staffId) => ({ groupId, staffId }))).run();
}

export function groupMemberIds(db: Executor, groupId: number): number[] {
  return db
    .select({ clientId: dementiaGroupMember.clientId })
    .from(dementiaGroupMember)
    .where(eq(dementiaGroupMember.groupId, groupId))
    .all()
    .map((r) => r.clientId);
}

export function groupMembers(db: Executor, groupId: number) {
  return db
    .select({ clientId: clients.id, firstName: clients.firstName, lastName: clients.lastName, status: clients.status })
    .from(dementiaGroupMember)
    .innerJoin(clients, eq(clients.id, dementiaGroupMember.clientId))
    .where(eq(dementiaGroupMember.groupId, groupId))
    .orderBy(asc(clients.lastName), asc(clients.firstName))
    .all();
}

export function setGroupMembers(db: Executor, groupId: number, clientIds: readonly number[]): void {
  db.delete(dementiaGroupMember).where(eq(dementiaGroupMember.groupId, groupId)).run();
  if (clientIds.length) db.insert(dementiaGroupMember).values(clientIds.map((clientId) => ({ groupId, clientId }))).run();
}

/** Members of a group who attend on `date` (decision in force), for the day page. */
export function membersOn(db: Executor, groupId: number, date: string): number[] {
  return db
    .select({ clientId: dementiaGroupMember.clientId })
    .from(dementiaGroupMember)
    .where(and(eq(dementiaGroupMember.groupId, groupId), hasDecisionOn(date)))
    .all()
    .map((r) => r.clientId);
}

/** Active clients holding a dementia-day-centre decision in force on `date`: who may join a group. */
export function clientsWithDecisionOn(db: Executor, date: string) {
  return db
    .select({ clientId: clients.id, firstName: clients.firstName, lastName: clients.lastName })
    .from(clients)
    .where(
      and(
        eq(clients.status, 'active'),
        sql`EXISTS (SELECT 1 FROM service_decisions d WHERE d.client_id = ${clients.id} AND d.service = 'dementia-day-centre'
          AND d.voided_at IS NULL AND d.valid_from <= ${date} AND (d.valid_to IS NULL OR d.valid_to >= ${date}))`,
      ),
    )
    .orderBy(asc(clients.lastName), asc(clients.firstName))
    .all();
}
