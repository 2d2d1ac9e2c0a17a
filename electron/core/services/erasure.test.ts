import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { searchKey } from '#shared/domain/search-key';
import { erasedChanges } from '#db/queries/erasure';
import type { Core } from '../core';
import { loggedInCore, validSetup, type callContext } from '../testing/test-core';
import { clientInput, ok, staffContext } from '../testing/client-fixtures';
import { discharge, distinctive, seedServedClient } from '../testing/privacy-fixtures';

/**
 * Erasure after the retention period, on a database FILE: the client is served in November 2024
 * (decision to the end of 2024), discharged, and erased in March 2030 under the default five years.
 */

let dir: string;
let core: Core;
let clock = new Date('2024-11-29T09:00:00');
const setDay = (day: string) => (clock = new Date(`${day}T09:00:00`));

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'caredesk-erasure-'));
  setDay('2024-11-29');
});
afterEach(() => {
  core?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function servedAndDischarged() {
  const logged = await loggedInCore({ dataDir: dir, now: () => clock });
  core = logged.core;
  const { clientId } = await seedServedClient(core, logged.ctx, '2024-11-29', '2024-12-31');
  await discharge(core, logged.ctx, clientId, '2024-11-29');
  return { ...logged, clientId };
}

const sql = () => core.db.$client;

/** Years later: the session of 2024 has long expired, so the administrator signs in again. */
async function laterDay(ctx: ReturnType<typeof callContext>, day: string) {
  setDay(day);
  await ok(core, ctx, 'auth.login', { username: validSetup.admin.username, password: validSetup.admin.password });
}

/** The database file and its WAL as bytes, after pushing the WAL into the file. */
function fileBytes(): Buffer {
  sql().pragma('wal_checkpoint(TRUNCATE)');
  const file = path.join(dir, 'caredesk.sqlite');
  const wal = `${file}-wal`;
  return Buffer.concat([fs.readFileSync(file), fs.existsSync(wal) ? fs.readFileSync(wal) : Buffer.alloc(0)]);
}

/** Every form the client's identity takes in the file: as typed (UTF-8), the code stored and shown, the search key. */
const traces = [
  distinctive.firstName,
  distinctive.lastName,
  distinctive.relative,
  distinctive.storedCode,
  distinctive.phone,
  searchKey(distinctive.firstName, distinctive.lastName),
  ...searchKey(distinctive.firstName, distinctive.lastName).split(' ').filter((word) => word.length >= 5),
];
const found = (bytes: Buffer) => traces.filter((trace) => bytes.includes(Buffer.from(trace, 'utf8')));

describe('clients.erase', () => {
  it('leaves neither the name nor the personal code anywhere in the file, the WAL or the search, and keeps the statistics and the trail’s shape', async () => {
    const { ctx, clientId } = await servedAndDischarged();
    expect(found(fileBytes())).toEqual(traces);
    await laterDay(ctx, '2030-03-02');
    expect((await ok(core, ctx, 'clients.search', { query: 'Ķuzķēna' })).clients).toHaveLength(1);
    const trailBefore = sql().prepare('SELECT id, at, staff_id, method, entity, entity_id FROM audit_log ORDER BY id').all();

    const listed = await ok(core, ctx, 'retention.clients', {});
    expect(listed).toMatchObject({ retentionYears: 5, cutoff: '2025-03-02', clients: [{ id: clientId, lastService: '2024-12-31', status: 'discharged' }] });
    const result = await ok(core, ctx, 'clients.erase', { clientId, reason: 'Glabāšanas termiņš beidzies', confirmName: 'ķuzķēna zelmīra' });
    expect(result).toMatchObject({ compacted: true });
    expect(result.auditRowsRedacted).toBeGreaterThanOrEqual(12);

    expect(found(fileBytes())).toEqual([]);
    expect((await ok(core, ctx, 'clients.search', { query: 'Ķuzķēna' })).clients).toEqual([]);
    expect((await ok(core, ctx, 'clients.list', {})).clients).toEqual([]);
    expect((await ok(core, ctx, 'retention.clients', {})).clients).toEqual([]);
    expect(await core.dispatch('clients.get', { id: clientId }, ctx)).toMatchObject({ ok: false, error: { kind: 'not-found' } });

    // No table keeps a row pointing at the client, whatever tables the schema has by now.
    const tables = sql().prepare("SELECT m.name FROM sqlite_master m JOIN pragma_table_info(m.name) c WHERE m.type = 'table' AND c.name = 'client_id' AND m.name <> 'client_erasures'").pluck().all() as string[];
    expect(tables.length).toBeGreaterThanOrEqual(7);
    for (const table of tables) expect(sql().prepare(`SELECT count(*) FROM ${table} WHERE client_id = ?`).pluck().get(clientId), table).toBe(0);

    // The trail keeps every row with its method, record, time and staff; the client's changes are the marker.
    const trailAfter = sql().prepare('SELECT id, at, staff_id, method, entity, entity_id FROM audit_log ORDER BY id').all();
    expect(trailAfter.slice(0, trailBefore.length)).toEqual(trailBefore);
    const redacted = sql().prepare('SELECT a.changes FROM audit_log a JOIN audit_redactions r ON r.audit_id = a.id').pluck().all();
    expect(redacted).toHaveLength(result.auditRowsRedacted);
    expect(new Set(redacted)).toEqual(new Set([erasedChanges]));
    const own = sql().prepare("SELECT method, staff_id AS staffId, changes FROM audit_log WHERE entity = 'client_erasure'").get() as { method: string; staffId: number; changes: string };
    expect(own.method).toBe('clients.erase');
    expect(JSON.parse(own.changes)).toMatchObject({ after: { clientId, reason: 'Glabāšanas termiņš beidzies', lastService: '2024-12-31', retentionYears: 5 } });

    expect(sql().prepare('SELECT sex, age_group AS ageGroup, services, days_by_month AS days FROM erased_client_stats').all()).toEqual([
      { sex: 'female', ageGroup: '75-84', services: '["day-care"]', days: '{"2024-11":{"present":1,"absent":0}}' },
    ]);

    core.close();
    const file = path.join(dir, 'caredesk.sqlite');
    expect(found(Buffer.concat([fs.readFileSync(file), ...(fs.existsSync(`${file}-wal`) ? [fs.readFileSync(`${file}-wal`)] : [])]))).toEqual([]);
  });

  it('refuses a client not past retention, one still served, a mistyped name, and anyone but an administrator', async () => {
    const { ctx, clientId } = await servedAndDischarged();
    const { client: active } = await ok(core, ctx, 'clients.create', clientInput({ personalCode: undefined, codeCountry: undefined }));
    await laterDay(ctx, '2029-12-30');
    const erase = (id: number, confirmName: string, as = ctx) => core.dispatch('clients.erase', { clientId: id, reason: 'Termiņš', confirmName }, as);

    expect(await erase(clientId, 'Zelmīra Ķuzķēna')).toMatchObject({ ok: false, error: { kind: 'conflict', code: 'erasure.notPastRetention', params: { date: '2029-12-31' } } });
    expect(await erase(active.id, 'Jānis Bērziņš')).toMatchObject({ ok: false, error: { kind: 'conflict', code: 'erasure.stillServed' } });
    await laterDay(ctx, '2030-01-02');
    expect(await erase(clientId, 'Zelmīra Ķuzķena')).toMatchObject({ ok: true });
    for (const role of ['manager', 'reception', 'carer'] as const) {
      expect(await erase(active.id, 'Jānis Bērziņš', staffContext(core, role))).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    }
    expect(await erase(999, 'Nav Neviens')).toMatchObject({ ok: false, error: { kind: 'not-found' } });
  });

  it('refuses a name that is not the client’s, and keeps the client', async () => {
    const { ctx, clientId } = await servedAndDischarged();
    await laterDay(ctx, '2031-01-01');
    expect(await core.dispatch('clients.erase', { clientId, reason: 'Termiņš', confirmName: 'Zelmīra Kalniņa' }, ctx)).toMatchObject({
      ok: false,
      error: { kind: 'conflict', code: 'erasure.nameMismatch' },
    });
    expect(found(fileBytes())).toEqual(traces);
    expect(sql().prepare('SELECT count(*) FROM client_erasures').pluck().get()).toBe(0);
  });
});
