import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../core';
import type { PlatformPort } from '../../platform';
import { loggedInCore } from '../../testing/test-core';
import { insertClient } from '../../testing/board-fixtures';
import { createStaff, loggedInAs } from '../../testing/staff-fixtures';
import { createI18n } from '#shared/i18n/create-i18n';
import { valueKey } from '#shared/i18n/audit-keys';

let core: Core | undefined;
afterEach(() => core?.close());

const printAudit = (c: Core) =>
  c.db.$client.prepare("SELECT method, entity_id, changes FROM audit_log WHERE entity = 'print' ORDER BY id").all() as { method: string; entity_id: string; changes: string }[];

describe('the observation report through the print machinery', () => {
  it('audits a print, a saved PDF and the browser print dialog, each naming the client and period', async () => {
    const platform: PlatformPort = {
      printDocument: () => Promise.resolve('printed'),
      savePdf: () => Promise.resolve({ outcome: 'saved', fileName: '/home/maija/novērojumi.pdf' }),
    };
    let ctx;
    ({ core, ctx } = await loggedInCore({ platform }));
    const clientId = insertClient(core.db, { firstName: 'Anna', lastName: 'Ozola' });
    const job = { document: 'observation-report', clientId, from: '2025-12-09', to: '2026-03-09', language: 'ru' } as const;
    expect(await core.dispatch('print.document', job, ctx)).toEqual({ ok: true, data: { outcome: 'printed' } });
    expect(await core.dispatch('print.savePdf', job, ctx)).toMatchObject({ ok: true, data: { outcome: 'saved' } });
    expect(await core.dispatch('sheets.recordPrint', job, ctx)).toEqual({ ok: true, data: {} });
    const rows = printAudit(core);
    expect(rows.map((r) => r.method)).toEqual(['print.document', 'print.savePdf', 'sheets.recordPrint']);
    for (const row of rows) expect(row.entity_id).toBe(`observation-report:${clientId}:2025-12-09:2026-03-09`);
    expect(JSON.parse(rows[1]!.changes)).toEqual({ before: null, after: { ...job, action: 'pdf', fileName: '/home/maija/novērojumi.pdf' } });
    expect(JSON.parse(rows[2]!.changes)).toMatchObject({ after: { action: 'browser-print-dialog' } });
  });

  it('refuses reception (health data) and an unknown client, auditing nothing', async () => {
    let ctx;
    ({ core, ctx } = await loggedInCore());
    const clientId = insertClient(core.db, { firstName: 'Anna', lastName: 'Ozola' });
    const job = { document: 'observation-report', clientId, from: '2026-01-01', to: '2026-03-09', language: 'lv' } as const;
    await createStaff(core, ctx, { username: 'o.reception', role: 'reception' });
    await createStaff(core, ctx, { username: 'o.carer', role: 'carer' });
    const reception = await loggedInAs(core, 'o.reception');
    expect(await core.dispatch('sheets.recordPrint', job, reception)).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    expect(await core.dispatch('sheets.recordPrint', { ...job, clientId: 9999 }, ctx)).toMatchObject({ ok: false, error: { kind: 'not-found' } });
    expect(printAudit(core)).toEqual([]);
    expect(await core.dispatch('sheets.recordPrint', job, await loggedInAs(core, 'o.carer'))).toEqual({ ok: true, data: {} });
    expect(printAudit(core)).toHaveLength(1);
  });

  it('names the document in the audit trail in every language', () => {
    const key = valueKey('print', 'document', 'observation-report');
    expect(key).toBe('dementia:report.title');
    const names = (['lv', 'lt', 'ru', 'en'] as const).map((language) => createI18n(language).t(key!, { lng: language }));
    for (const name of names) expect(name).not.toMatch(/report\.title/);
    expect(new Set(names).size).toBe(4);
  });
});
