import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenedDatabase } from './open-database';
import { sourceMigrationsFolder } from './paths';
import { writeWithAudit } from './write';

const row = (id: number, method: string) => `(${id}, '2026-01-01T00:00:00Z', '${method}', 'thing')`;
const columns = 'audit_log (id, at, method, entity)';

/** Every statement through which SQLite can change or remove an existing row of audit_log. */
const rewrites: Record<string, string> = {
  UPDATE: "UPDATE audit_log SET method = 'forged' WHERE id = 1",
  'UPDATE OR REPLACE onto another id': 'UPDATE OR REPLACE audit_log SET id = 2 WHERE id = 1',
  DELETE: 'DELETE FROM audit_log WHERE id = 1',
  'REPLACE INTO': `REPLACE INTO ${columns} VALUES ${row(1, 'forged')}`,
  'INSERT OR REPLACE': `INSERT OR REPLACE INTO ${columns} VALUES ${row(1, 'forged')}`,
  'INSERT OR REPLACE from a SELECT': `INSERT OR REPLACE INTO ${columns} SELECT id, at, 'forged', entity FROM audit_log`,
  'UPSERT on id': `INSERT INTO ${columns} VALUES ${row(1, 'forged')} ON CONFLICT(id) DO UPDATE SET method = excluded.method`,
  'UPSERT without a target': `INSERT INTO ${columns} VALUES ${row(1, 'forged')} ON CONFLICT DO UPDATE SET method = excluded.method`,
};

describe('the audit trail is append-only on a migrated database', () => {
  let dir: string;
  let opened: OpenedDatabase;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'caredesk-audit-'));
    opened = openDatabase({ file: path.join(dir, 'caredesk.sqlite'), migrationsFolder: sourceMigrationsFolder() });
    opened.db.$client.exec(`INSERT INTO ${columns} VALUES ${row(1, 'test.first')}, ${row(2, 'test.second')}`);
  });
  afterEach(() => {
    opened.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const trail = () => opened.db.$client.prepare('SELECT * FROM audit_log ORDER BY id').all();

  // REPLACE deletes the old row without firing DELETE triggers unless recursive_triggers is on; test both.
  for (const recursive of ['OFF', 'ON']) {
    for (const [how, statement] of Object.entries(rewrites)) {
      it(`refuses ${how} with recursive_triggers ${recursive} and leaves the trail as it was`, () => {
        const sqlite = opened.db.$client;
        sqlite.pragma(`recursive_triggers = ${recursive}`);
        const before = trail();
        expect(() => sqlite.prepare(statement).run()).toThrow(/append-only/);
        expect(trail()).toEqual(before);
      });
    }
  }

  it('still appends: new rows, audited writes, and an explicit id nobody has', () => {
    opened.db.$client.exec(`INSERT INTO ${columns} VALUES ${row(10, 'test.explicit')}`);
    writeWithAudit(opened.db, { staffId: null, method: 'test.write' }, (_tx, audit) => audit({ entity: 'thing', entityId: 1 }));
    expect(opened.db.$client.prepare('SELECT id, method FROM audit_log ORDER BY id').all()).toEqual([
      { id: 1, method: 'test.first' },
      { id: 2, method: 'test.second' },
      { id: 10, method: 'test.explicit' },
      { id: 11, method: 'test.write' },
    ]);
  });

  it('has no other append-only table that these tests would miss', () => {
    const guarded = opened.db.$client
      .prepare("SELECT DISTINCT tbl_name FROM sqlite_master WHERE type = 'trigger' AND sql LIKE '%RAISE(ABORT%'")
      .pluck()
      .all();
    // The erasure's own record (migration client_erasure) is append-only too: db/audit-redaction.test.ts.
    // `booking`'s triggers refuse overlapping bookings (migration loans_bookings), they do not freeze rows.
    expect([...guarded].sort()).toEqual(['audit_log', 'audit_redactions', 'booking', 'client_erasures']);
  });
});
