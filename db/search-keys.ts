import type Database from 'better-sqlite3';
import { searchKey } from '#shared/domain/search-key';

/**
 * `clients.search_key` is derived from the names by shared/domain/search-key.ts, and both the day
 * board's filter and the in-memory client index read it. When a release changes the canonical form
 * (issue 13 folded Latvian, Lithuanian and Cyrillic spellings onto one skeleton), keys written by an
 * older release, or in a restored backup, would miss the new queries. So every open recomputes the
 * keys and rewrites those that differ, in one transaction; comparing is cheap (50,000 clients in
 * well under a second) and needs no version to keep in step. The key is derived data, not a change
 * to the record: no audit row, `updated_at` untouched. Returns how many keys were rewritten.
 */
export function refreshSearchKeys(sqlite: Database.Database): number {
  const hasClients = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'clients'").get();
  if (!hasClients) return 0; // an older schema, before clients existed
  const rows = sqlite.prepare('SELECT id, first_name, last_name, search_key FROM clients').raw().all() as [number, string, string, string][];
  const stale: [string, number][] = [];
  for (const [id, firstName, lastName, stored] of rows) {
    const key = searchKey(firstName, lastName);
    if (key !== stored) stale.push([key, id]);
  }
  if (stale.length > 0) {
    const update = sqlite.prepare('UPDATE clients SET search_key = ? WHERE id = ?');
    sqlite.transaction(() => {
      for (const [key, id] of stale) update.run(key, id);
    })();
  }
  return stale.length;
}
