import { eq } from 'drizzle-orm';
import { centre } from '../schema/centre';
import type { Db, Executor } from '../client';
import { prepared, preparedPerExecutor } from '../prepared';

export type CentreRow = typeof centre.$inferSelect;

// Read on every check-in (the country's holidays): prepared once per connection, not rebuilt per call.
const centreQuery = preparedPerExecutor((db: Executor) => db.select().from(centre).where(eq(centre.id, 1)).prepare());

export function getCentre(db: Executor): CentreRow | undefined {
  return centreQuery(db).get();
}

/** The centre's country (its holidays, its identifiers); raw and prepared, as every check-in asks. */
export function centreCountry(db: Db): CentreRow['country'] | undefined {
  return prepared(db, 'SELECT country FROM centre WHERE id = 1').pluck().get() as CentreRow['country'] | undefined;
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
