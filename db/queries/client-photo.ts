import { eq } from 'drizzle-orm';
import type { Executor } from '../client';
import { clientPhoto } from '../schema/dementia';

export type ClientPhotoRow = typeof clientPhoto.$inferSelect;

export function findClientPhoto(db: Executor, clientId: number): ClientPhotoRow | undefined {
  return db.select().from(clientPhoto).where(eq(clientPhoto.clientId, clientId)).get();
}

export function upsertClientPhoto(db: Executor, row: ClientPhotoRow): void {
  const { clientId: _c, ...changes } = row;
  db.insert(clientPhoto).values(row).onConflictDoUpdate({ target: clientPhoto.clientId, set: changes }).run();
}

export function deleteClientPhoto(db: Executor, clientId: number): void {
  db.delete(clientPhoto).where(eq(clientPhoto.clientId, clientId)).run();
}

/** Which of `clientIds` have a photo (the day page asks for the pictures one by one). */
export function clientsWithPhoto(db: Executor): Set<number> {
  return new Set(db.select({ clientId: clientPhoto.clientId }).from(clientPhoto).all().map((r) => r.clientId));
}
