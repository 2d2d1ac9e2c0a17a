import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenedDatabase } from './open-database';
import { sourceMigrationsFolder } from './paths';
import { erasedChanges } from './queries/erasure';

/**
 * Migration client_erasure opens one controlled way into the append-only audit trail: an erasure may
 * replace a row's `changes` by the erased marker, only for a row it listed in audit_redactions, and
 * nothing else. Everything else stays refused.
 */
describe('the erasure exception of the audit trail', () => {
  let dir: string;
  let opened: OpenedDatabase;
  const sql = () => opened.db.$client;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'caredesk-redaction-'));
    opened = openDatabase({ file: path.join(dir, 'caredesk.sqlite'), migrationsFolder: sourceMigrationsFolder() });
    sql().exec(`
      INSERT INTO staff (id, username, full_name, role, language, password_hash, created_at) VALUES (1, 'a', 'A', 'administrator', 'lv', 'x', '2026-01-01');
      INSERT INTO audit_log (id, at, method, entity, entity_id, changes) VALUES
        (1, '2026-01-01T00:00:00Z', 'clients.create', 'client', '7', '{"before":null,"after":{"firstName":"Zelmīra"}}'),
        (2, '2026-01-02T00:00:00Z', 'clients.update', 'client', '7', '{"before":{"phone":null},"after":{"phone":"123456"}}');
      INSERT INTO client_erasures (id, client_id, erased_at, staff_id, last_service, retention_years) VALUES (1, 7, '2031-01-01T00:00:00Z', 1, '2025-01-01', 5);
      INSERT INTO audit_redactions (audit_id, erasure_id) VALUES (1, 1);`);
  });
  afterEach(() => {
    opened.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const trail = () => sql().prepare('SELECT * FROM audit_log ORDER BY id').all();

  it('lets a listed row’s changes become the erased marker, and nothing else change', () => {
    sql().prepare('UPDATE audit_log SET changes = ? WHERE id = 1').run(erasedChanges);
    expect(sql().prepare('SELECT changes FROM audit_log WHERE id = 1').pluck().get()).toBe(erasedChanges);
  });

  const refused: Record<string, [string, unknown[]]> = {
    'a row no erasure listed': ['UPDATE audit_log SET changes = ? WHERE id = 2', [erasedChanges]],
    'any other text for the changes': ['UPDATE audit_log SET changes = ? WHERE id = 1', ['{"before":null,"after":null}']],
    'changes set to null': ['UPDATE audit_log SET changes = NULL WHERE id = 1', []],
    'the marker together with another column': ["UPDATE audit_log SET changes = ?, method = 'forged' WHERE id = 1", [erasedChanges]],
    'the marker with a new id': ['UPDATE OR REPLACE audit_log SET changes = ?, id = 2 WHERE id = 1', [erasedChanges]],
    'a DELETE of a listed row': ['DELETE FROM audit_log WHERE id = 1', []],
  };
  for (const [what, [statement, params]] of Object.entries(refused)) {
    it(`refuses ${what}`, () => {
      const before = trail();
      expect(() => sql().prepare(statement).run(...params)).toThrow(/append-only/);
      expect(trail()).toEqual(before);
    });
  }

  /** Every statement through which SQLite can change or remove a row, as db/audit-append-only.test.ts tries on audit_log. */
  const redactionRow = 'audit_redactions (audit_id, erasure_id) VALUES (1, 1)';
  const erasureRow = "client_erasures (id, client_id, erased_at, staff_id, last_service, retention_years) VALUES (1, 7, 'x', 1, '2030-01-01', 1)";
  const rewrites: Record<string, Record<string, string>> = {
    audit_redactions: {
      UPDATE: 'UPDATE audit_redactions SET erasure_id = 1 WHERE audit_id = 1',
      'UPDATE OR REPLACE onto another id': 'UPDATE OR REPLACE audit_redactions SET audit_id = 2 WHERE audit_id = 1',
      DELETE: 'DELETE FROM audit_redactions',
      'REPLACE INTO': `REPLACE INTO ${redactionRow}`,
      'INSERT OR REPLACE': `INSERT OR REPLACE INTO ${redactionRow}`,
      'INSERT OR REPLACE from a SELECT': 'INSERT OR REPLACE INTO audit_redactions SELECT audit_id, erasure_id FROM audit_redactions',
      'UPSERT on id': `INSERT INTO ${redactionRow} ON CONFLICT(audit_id) DO UPDATE SET erasure_id = excluded.erasure_id`,
      'UPSERT without a target': `INSERT INTO ${redactionRow} ON CONFLICT DO UPDATE SET erasure_id = excluded.erasure_id`,
    },
    client_erasures: {
      UPDATE: "UPDATE client_erasures SET last_service = '2030-01-01'",
      'UPDATE OR REPLACE onto another id': 'UPDATE OR REPLACE client_erasures SET id = 2 WHERE id = 1',
      DELETE: 'DELETE FROM client_erasures',
      'REPLACE INTO': `REPLACE INTO ${erasureRow}`,
      'INSERT OR REPLACE': `INSERT OR REPLACE INTO ${erasureRow}`,
      'INSERT OR REPLACE from a SELECT': 'INSERT OR REPLACE INTO client_erasures SELECT * FROM client_erasures',
      'UPSERT on id': `INSERT INTO ${erasureRow} ON CONFLICT(id) DO UPDATE SET last_service = excluded.last_service`,
      'UPSERT on the client': `INSERT INTO ${erasureRow.replace('(1, 7,', '(2, 7,')} ON CONFLICT(client_id) DO UPDATE SET last_service = excluded.last_service`,
      'UPSERT without a target': `INSERT INTO ${erasureRow} ON CONFLICT DO UPDATE SET last_service = excluded.last_service`,
    },
  };
  for (const recursive of ['OFF', 'ON']) {
    for (const [table, statements] of Object.entries(rewrites)) {
      for (const [how, statement] of Object.entries(statements)) {
        it(`refuses ${how} on ${table} with recursive_triggers ${recursive}`, () => {
          sql().pragma(`recursive_triggers = ${recursive}`);
          const rows = () => sql().prepare(`SELECT * FROM ${table}`).all();
          const before = rows();
          expect(() => sql().prepare(statement).run()).toThrow(/append-only/);
          expect(rows()).toEqual(before);
        });
      }
    }
  }
});
