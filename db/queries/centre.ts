import { eq } from 'drizzle-orm';
import { centre } from '../schema/centre';
import type { Executor } from '../client';

export type CentreRow = typeof centre.$inferSelect;

export function getCentre(db: Executor): CentreRow | undefined {
  return db.select().from(centre).where(eq(centre.id, 1)).get();
}

export function insertCentre(db: Executor, row: Omit<typeof centre.$inferInsert, 'id'>): CentreRow {
  return db
    .insert(centre)
    .values({ ...row, id: 1 })
    .returning()
    .get();
}

export function updateCentre(db: Executor, patch: Partial<Omit<CentreRow, 'id'>>): CentreRow {
  const row = db.update(centre).set(patch).where(eq(centre.id, 1)).returning().get();
  if (!row) throw new Error('the centre row is missing');
  return row;
}
