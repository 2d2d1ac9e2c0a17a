import type { Statement } from 'better-sqlite3';
import type { Db } from './client';

const caches = new WeakMap<Db['$client'], Map<string, Statement>>();

/**
 * A statement prepared once per connection and reused: hot paths (the day board, check-in, the audit
 * row) skip both drizzle's query building and SQLite's parsing. better-sqlite3 runs everything on the
 * one connection, so a statement used inside `writeWithAudit` takes part in its transaction.
 */
export function prepared(db: Db, source: string): Statement {
  let cache = caches.get(db.$client);
  if (!cache) {
    cache = new Map();
    caches.set(db.$client, cache);
  }
  let statement = cache.get(source);
  if (!statement) {
    statement = db.$client.prepare(source);
    cache.set(source, statement);
  }
  return statement;
}

/**
 * A drizzle query built and prepared once per database (or transaction object) and reused, for the
 * queries hot paths run on every call: building one costs more than running it (bench: bookings-book).
 * Values go in through `sql.placeholder` and the prepared query's `get`/`all`.
 */
export function preparedPerExecutor<Db extends object, Q>(build: (db: Db) => Q): (db: Db) => Q {
  const queries = new WeakMap<Db, Q>();
  return (db) => {
    let query = queries.get(db);
    if (!query) {
      query = build(db);
      queries.set(db, query);
    }
    return query;
  };
}
