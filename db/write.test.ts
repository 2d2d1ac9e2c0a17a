import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenedDatabase } from './open-database';
import { sourceMigrationsFolder } from './paths';
import { auditChanges, writeWithAudit } from './write';
import { insertStaff, findStaffByUsername, updateStaff } from './queries/staff';

const newStaff = {
  username: 'ieva',
  fullName: 'Ieva Kalniņa',
  role: 'reception' as const,
  language: 'lv' as const,
  passwordHash: 'scrypt$secret',
  createdAt: '2026-11-23T10:00:00.000Z',
};

describe('writeWithAudit', () => {
  let opened: OpenedDatabase;
  beforeEach(() => {
    opened = openDatabase({ file: ':memory:', migrationsFolder: sourceMigrationsFolder() });
  });
  afterEach(() => opened.close());

  const auditRows = () => opened.db.$client.prepare('SELECT * FROM audit_log ORDER BY id').all() as Record<string, unknown>[];

  it('commits the change and its audit record together', () => {
    const row = writeWithAudit(opened.db, { staffId: null, method: 'staff.create' }, (tx, audit) => {
      const created = insertStaff(tx, newStaff);
      audit({ entity: 'staff', entityId: created.id, after: created });
      return created;
    });
    expect(findStaffByUsername(opened.db, 'ieva')?.id).toBe(row.id);
    const [entry] = auditRows();
    expect(entry).toMatchObject({ method: 'staff.create', entity: 'staff', entity_id: String(row.id), staff_id: null });
    const changes = JSON.parse(String(entry?.changes)) as { after: Record<string, unknown> };
    expect(changes.after.fullName).toBe('Ieva Kalniņa');
    expect(changes.after).not.toHaveProperty('passwordHash');
  });

  it('rolls back the change when the audit or the change fails, leaving nothing behind', () => {
    expect(() =>
      writeWithAudit(opened.db, { staffId: null, method: 'staff.create' }, (tx, audit) => {
        const created = insertStaff(tx, newStaff);
        audit({ entity: 'staff', entityId: created.id, after: created });
        throw new Error('validation after insert');
      }),
    ).toThrow('validation after insert');
    expect(findStaffByUsername(opened.db, 'ieva')).toBeUndefined();
    expect(auditRows()).toEqual([]);
  });

  it('refuses a write that records no audit entry', () => {
    expect(() => writeWithAudit(opened.db, { staffId: null, method: 'staff.sneak' }, (tx) => insertStaff(tx, newStaff))).toThrow(
      /no audit entry/,
    );
    expect(findStaffByUsername(opened.db, 'ieva')).toBeUndefined();
  });

  it('records only the fields an update changed, before and after', () => {
    const created = insertStaff(opened.db, newStaff);
    writeWithAudit(opened.db, { staffId: created.id, method: 'auth.setLanguage' }, (tx, audit) => {
      const updated = updateStaff(tx, created.id, { language: 'ru', passwordHash: 'scrypt$other' });
      audit({ entity: 'staff', entityId: created.id, before: created, after: updated });
    });
    expect(JSON.parse(String(auditRows()[0]?.changes))).toEqual({ before: { language: 'lv' }, after: { language: 'ru' } });
  });

  it('compares lists and objects by content, and shows a missing field as null (no change)', () => {
    const text = auditChanges({
      entity: 'attendance',
      before: { meals: ['lunch'], note: null, arrivedAt: '08:30', leftAt: undefined, extra: { a: 1 } },
      after: { meals: ['lunch'], note: null, arrivedAt: '08:45', leftAt: null, extra: { a: 1 } },
    });
    expect(JSON.parse(String(text))).toEqual({ before: { arrivedAt: '08:30' }, after: { arrivedAt: '08:45' } });
  });

  it('never writes secrets into the trail', () => {
    const text = auditChanges({ entity: 'staff', after: { password: 'x', pinHash: 'y', token: 'z', fullName: 'A' } });
    expect(text).toBe(JSON.stringify({ before: null, after: { fullName: 'A' } }));
  });
});
