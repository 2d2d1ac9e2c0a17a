import { asc, eq } from 'drizzle-orm';
import { activities } from '../schema/activities';
import type { Executor } from '../client';

export type ActivityRow = typeof activities.$inferSelect;

export function listActivities(db: Executor): ActivityRow[] {
  return db.select().from(activities).orderBy(asc(activities.id)).all();
}

export function findActivity(db: Executor, id: number): ActivityRow | undefined {
  return db.select().from(activities).where(eq(activities.id, id)).get();
}

export function findActivityByCode(db: Executor, code: string): ActivityRow | undefined {
  return db.select().from(activities).where(eq(activities.code, code)).get();
}

export function insertActivity(db: Executor, row: typeof activities.$inferInsert): ActivityRow {
  return db.insert(activities).values(row).returning().get();
}

export function updateActivity(db: Executor, id: number, patch: Partial<typeof activities.$inferInsert>): ActivityRow | undefined {
  return db.update(activities).set(patch).where(eq(activities.id, id)).returning().get();
}
