import { eq } from 'drizzle-orm';
import { centre } from '../schema/centre';
import type { Executor } from '../client';

export type CentreRow = typeof centre.$inferSelect;

const centreQuery = (db: Executor) => db.select().from(centre).where(eq(centre.id, 1)).prepare();
// Read on every check-in (the country's holidays): prepared once per connection, not rebuilt per call.
const centreQueries = new WeakMap<Executor, ReturnType<typeof centreQuery>>();

export function getCentre(db: Executor): CentreRow | undefined {
  let query = centreQueries.get(db);
  if (!query) {
    query = centreQuery(db);
    centreQueries.set(db, query);
  }
  return query.get();
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
