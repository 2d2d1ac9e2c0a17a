import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../core';
import { loggedInCore } from '../testing/test-core';
import { clientInput, ok } from '../testing/client-fixtures';

let core: Core | undefined;
afterEach(() => core?.close());

/**
 * Issue 13, item 15: the audit page names what a row is about and whom its changes refer to, as they are
 * called now, in the reader's language; a name is never read back from the stored payload.
 */
describe('audit.list names records at read time', () => {
  it('names the client, the activity in the reader’s language, the staff member and a client’s own records', async () => {
    const logged = await loggedInCore();
    core = logged.core;
    const { ctx } = logged;
    const { client } = await ok(core, ctx, 'clients.create', clientInput());
    await ok(core, ctx, 'relatives.create', { clientId: client.id, name: 'Inese Bērziņa', relation: 'spouse', phone: '+371 27200000', language: 'lv', canCollect: true, emergencyContact: true, priority: 1 });
    const activity = await ok(core, ctx, 'activities.create', { nameLv: 'Dziedāšana', nameLt: 'Dainavimas', nameRu: 'Пение' });
    const { session } = await ok(core, ctx, 'sessions.create', { activityId: activity.id, date: '2026-11-26', startTime: '10:00', endTime: '11:00' });

    const page = await ok(core, { ...ctx, language: 'ru' }, 'audit.list', {});
    const subject = (entity: string, id: number) => page.entries.find((e) => e.entity === entity && e.entityId === String(id))?.subject;
    expect(subject('client', client.id)).toBe('Jānis Bērziņš');
    expect(page.entries.find((e) => e.entity === 'client_relative')?.subject).toBe('Jānis Bērziņš');
    expect(subject('activity', activity.id)).toBe('Пение');
    expect(subject('session', session.id)).toBe('Пение');
    expect(page.names.activity[String(activity.id)]).toBe('Пение');
    expect(page.names.client[String(client.id)]).toBe('Jānis Bērziņš');
    const admin = core.db.$client.prepare('SELECT id, full_name AS name FROM staff ORDER BY id LIMIT 1').get() as { id: number; name: string };
    expect(subject('staff', admin.id)).toBe(admin.name);
    expect((await ok(core, { ...ctx, language: 'lt' }, 'audit.list', { entity: 'activity' })).entries[0]?.subject).toBe('Dainavimas');
  });

  it('keeps an erased client erased: the current row, not the stored payload, gives the name', async () => {
    const logged = await loggedInCore();
    core = logged.core;
    const { ctx } = logged;
    const { client } = await ok(core, ctx, 'clients.create', clientInput());
    await ok(core, ctx, 'relatives.create', { clientId: client.id, name: 'Inese Bērziņa', relation: 'spouse', phone: '+371 27200000', language: 'lv', canCollect: true, emergencyContact: true, priority: 1 });
    const sql = core.db.$client;
    // What an erasure leaves: the name replaced (or the row gone); the audit payload still holds the old one.
    sql.prepare("UPDATE clients SET first_name = '—', last_name = '—' WHERE id = ?").run(client.id);
    const replaced = await ok(core, ctx, 'audit.list', {});
    expect(JSON.stringify(replaced.entries.map((e) => [e.subject, replaced.names]))).not.toContain('Bērziņš');

    sql.pragma('foreign_keys = OFF');
    sql.prepare('DELETE FROM client_relatives WHERE client_id = ?').run(client.id);
    sql.prepare('DELETE FROM client_codes WHERE client_id = ?').run(client.id);
    sql.prepare('DELETE FROM clients WHERE id = ?').run(client.id);
    const gone = await ok(core, ctx, 'audit.list', {});
    expect(gone.entries.find((e) => e.entity === 'client')?.subject).toBeNull();
    expect(gone.entries.find((e) => e.entity === 'client_relative')?.subject).toBeNull();
    expect(gone.names.client).toEqual({});
  });
});
