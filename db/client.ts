import type Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import type { RunResult } from 'better-sqlite3';
import * as schema from './schema/index';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };
/** A database or a transaction: queries take this so they compose inside `writeWithAudit`. */
export type Executor = BaseSQLiteDatabase<'sync', RunResult, typeof schema>;

export function wrapDrizzle(sqlite: Database.Database): Db {
  return drizzle({ client: sqlite, schema, casing: 'snake_case' });
}
export { schema };
