import { and, asc, eq, isNull, ne, sql } from 'drizzle-orm';
import { clients } from '../schema/clients';
import { clientCodes } from '../schema/client-records';
import type { Db, Executor } from '../client';
import { prepared, preparedPerExecutor } from '../prepared';

export type ClientRow = typeof clients.$inferSelect;
export type NewClientRow = typeof clients.$inferInsert;
export type ClientCodeRow = typeof clientCodes.$inferSelect;

// Most services check the client first (a booking, a usage, an observation): prepared once, not built per call.
const clientById = preparedPerExecutor((db: Executor) => db.select().from(clients).where(eq(clients.id, sql.placeholder('id'))).prepare());

export function findClient(db: Executor, id: number): ClientRow | undefined {
  return clientById(db).get({ id });
}

/** Whether a client with this id exists: raw and prepared, for writes that only need to know (a booking). */
export function clientExists(db: Db, id: number): boolean {
  return prepared(db, 'SELECT 1 FROM clients WHERE id = ?').get(id) !== undefined;
}

export function insertClient(db: Executor, row: NewClientRow): ClientRow {
  return db.insert(clients).values(row).returning().get();
}

export function updateClient(db: Executor, id: number, patch: Partial<NewClientRow>): ClientRow {
  const row = db.update(clients).set(patch).where(eq(clients.id, id)).returning().get();
  if (!row) throw new Error(`client ${id} vanished during update`);
  return row;
}

/** Who holds (or once held) a code, other than `exceptClientId`. */
export function findCodeHolder(db: Executor, country: 'LV' | 'LT', code: string, exceptClientId = 0): ClientRow | undefined {
  return db
    .select({ client: clients })
    .from(clientCodes)
    .innerJoin(clients, eq(clients.id, clientCodes.clientId))
    .where(and(eq(clientCodes.country, country), eq(clientCodes.code, code), ne(clientCodes.clientId, exceptClientId)))
    .get()?.client;
}

export function listClientCodes(db: Executor, clientId: number): ClientCodeRow[] {
  return db.select().from(clientCodes).where(eq(clientCodes.clientId, clientId)).orderBy(asc(clientCodes.validFrom), asc(clientCodes.id)).all();
}

export function insertClientCode(db: Executor, row: typeof clientCodes.$inferInsert): ClientCodeRow {
  return db.insert(clientCodes).values(row).returning().get();
}

/** Ends the client's current code; it stays in the history and in the search. */
export function closeCurrentCode(db: Executor, clientId: number, validTo: string): void {
  db.update(clientCodes).set({ validTo }).where(and(eq(clientCodes.clientId, clientId), isNull(clientCodes.validTo))).run();
}

/** An earlier code of this client, to reinstate instead of inserting a duplicate row. */
export function findOwnCode(db: Executor, clientId: number, country: 'LV' | 'LT', code: string): ClientCodeRow | undefined {
  return db
    .select()
    .from(clientCodes)
    .where(and(eq(clientCodes.clientId, clientId), eq(clientCodes.country, country), eq(clientCodes.code, code)))
    .get();
}

export function reopenCode(db: Executor, id: number): void {
  db.update(clientCodes).set({ validTo: null }).where(eq(clientCodes.id, id)).run();
}
