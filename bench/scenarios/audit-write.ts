import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { Core } from '#core/core';
import { writeWithAudit } from '#db/write';
import { centreFixture } from '../fixtures/centre';
import { assertSamePragmas, rawSqliteFixture, type RawSqlite } from '../fixtures/raw-sqlite';
import { defineScenario } from '../scenario';

/** A small table that exists only in the bench's copy of the database, shaped like the baseline's `t`. */
const benchNote = sqliteTable('bench_note', {
  id: integer('id').primaryKey(),
  a: text('a').notNull(),
  b: text('b').notNull(),
});

interface State {
  core: Core;
  adminId: number;
  raw: RawSqlite;
  n: number;
}

/**
 * `writeWithAudit` without the dispatcher: one drizzle INSERT … RETURNING plus its audit row in one
 * transaction, against one bare prepared INSERT of the same shape. Both commit to disk with the same
 * pragmas, so the ratio is what drizzle, the audit row and the transaction cost beyond the fsync.
 */
export default defineScenario<State>({
  id: 'write-audit',
  name: 'write with audit record: writeWithAudit insert (drizzle)',
  baselineName: 'bare prepared single-row INSERT (autocommit)',
  budget: 4,
  iterations: 500,
  async setup(env) {
    const fixture = await centreFixture(env);
    const raw = await rawSqliteFixture(env);
    assertSamePragmas(fixture.core.db.$client, raw.db);
    fixture.core.db.$client.exec('CREATE TABLE IF NOT EXISTS bench_note(id INTEGER PRIMARY KEY, a TEXT NOT NULL, b TEXT NOT NULL)');
    return { core: fixture.core, adminId: fixture.admin.id, raw, n: 0 };
  },
  baseline({ raw }) {
    raw.insert();
  },
  subject(state) {
    const n = ++state.n;
    writeWithAudit(state.core.db, { staffId: state.adminId, method: 'bench.note' }, (tx, audit) => {
      const row = tx.insert(benchNote).values({ a: `Vārds ${n}`, b: `Uzvārds ${n}` }).returning().get();
      audit({ entity: 'bench_note', entityId: row.id, after: row });
      return row;
    });
  },
});
