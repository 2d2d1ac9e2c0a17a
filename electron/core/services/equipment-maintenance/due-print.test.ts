import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../core';
import type { PlatformPort } from '../../platform';
import { loggedInCore } from '../../testing/test-core';
import { loginAs } from '../../testing/sheet-fixtures';
import { valueKey } from '#shared/i18n/audit-keys';
import { createI18n } from '#shared/i18n/create-i18n';

/** The due list prints through the shared print machinery (`print.*`), audited like every other document. */
let core: Core | undefined;
afterEach(() => core?.close());

const today = new Date(2026, 2, 9, 9, 0);
const dueJob = { document: 'equipment-due', asOf: '2026-03-09', language: 'ru' } as const;
const printAudit = (c: Core) =>
  c.db.$client.prepare("SELECT method, entity_id, changes FROM audit_log WHERE entity = 'print' ORDER BY id").all() as { method: string; entity_id: string; changes: string }[];

describe('printing the due list', () => {
  it('audits what the platform printed or saved, under the document and its date, and not what was cancelled', async () => {
    const titles: string[] = [];
    let printed = 0;
    const platform: PlatformPort = {
      printDocument: (request) => {
        titles.push(request.title);
        printed += 1;
        return Promise.resolve(printed === 1 ? 'printed' : 'cancelled');
      },
      savePdf: () => Promise.resolve({ outcome: 'saved', fileName: '/home/maija/apkopes.pdf' }),
    };
    let ctx;
    ({ core, ctx } = await loggedInCore({ platform, now: () => today }));
    expect(await core.dispatch('print.document', dueJob, ctx)).toEqual({ ok: true, data: { outcome: 'printed' } });
    expect(await core.dispatch('print.document', dueJob, ctx)).toEqual({ ok: true, data: { outcome: 'cancelled' } });
    expect(await core.dispatch('print.savePdf', { ...dueJob, language: 'lt' }, ctx)).toMatchObject({ ok: true, data: { outcome: 'saved' } });
    const rows = printAudit(core);
    expect(rows.map((r) => [r.method, r.entity_id])).toEqual([
      ['print.document', 'equipment-due:2026-03-09'],
      ['print.savePdf', 'equipment-due:2026-03-09'],
    ]);
    expect(JSON.parse(rows[0]!.changes)).toEqual({ before: null, after: { ...dueJob, action: 'print', fileName: null } });
    expect((JSON.parse(rows[1]!.changes) as { after: unknown }).after).toMatchObject({ document: 'equipment-due', language: 'lt', action: 'pdf', fileName: '/home/maija/apkopes.pdf' });
    // A file name without personal data.
    expect(titles[0]).toBe('equipment-due-2026-03-09');
  });

  it('audits the browser print dialog for any role that reads the due list; the old recordPrint is gone', async () => {
    let ctx;
    ({ core, ctx } = await loggedInCore({ now: () => today }));
    expect(await core.dispatch('print.document', dueJob, ctx)).toEqual({ ok: true, data: { outcome: 'not-available' } });
    expect(printAudit(core)).toEqual([]);
    const carer = await loginAs(core, 'carer', 'Kārlis');
    expect(await core.dispatch('sheets.recordPrint', dueJob, carer)).toEqual({ ok: true, data: {} });
    const [row] = printAudit(core);
    expect(row).toMatchObject({ method: 'sheets.recordPrint', entity_id: 'equipment-due:2026-03-09' });
    expect((JSON.parse(row!.changes) as { after: unknown }).after).toMatchObject({ document: 'equipment-due', action: 'browser-print-dialog' });
    expect(await core.dispatch('equipment.due.recordPrint', { asOf: '2026-03-09', language: 'lv' }, ctx)).toMatchObject({ ok: false });
    expect(await core.dispatch('sheets.recordPrint', { ...dueJob, asOf: 'yesterday' }, ctx)).toMatchObject({ ok: false });
    expect(printAudit(core)).toHaveLength(1);
  });

  it('names the document in the audit trail in every language', () => {
    const key = valueKey('print', 'document', 'equipment-due');
    expect(key).toBe('equipmentMaintenance:due.printTitle');
    const names = (['lv', 'lt', 'ru', 'en'] as const).map((language) => createI18n(language).t(key!, { lng: language }));
    for (const name of names) expect(name).not.toContain('printTitle');
    expect(new Set(names).size).toBe(4);
  });
});
