import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../core';
import type { PlatformPort } from '../platform';
import { loggedInCore } from '../testing/test-core';
import { loginAs } from '../testing/sheet-fixtures';

let core: Core | undefined;
afterEach(() => core?.close());

const sheetJob = { document: 'attendance-sheet', month: '2026-11', service: 'day-care', language: 'lt' } as const;
const printAudit = (c: Core) =>
  c.db.$client.prepare("SELECT method, entity_id, changes FROM audit_log WHERE entity = 'print' ORDER BY id").all() as { method: string; entity_id: string; changes: string }[];

describe('printing', () => {
  it('answers not-available without a platform printer, and audits the browser print dialog instead', async () => {
    let ctx;
    ({ core, ctx } = await loggedInCore());
    expect(await core.dispatch('print.document', sheetJob, ctx)).toEqual({ ok: true, data: { outcome: 'not-available' } });
    expect(await core.dispatch('print.savePdf', sheetJob, ctx)).toEqual({ ok: true, data: { outcome: 'not-available', fileName: null } });
    expect(printAudit(core)).toEqual([]);
    expect(await core.dispatch('sheets.recordPrint', sheetJob, ctx)).toEqual({ ok: true, data: {} });
    const [row] = printAudit(core);
    expect(row).toMatchObject({ method: 'sheets.recordPrint', entity_id: 'attendance-sheet:2026-11:day-care' });
    expect(JSON.parse(row!.changes)).toEqual({ before: null, after: { ...sheetJob, action: 'browser-print-dialog', fileName: null } });
  });

  it('audits what the platform printed or saved, not what was cancelled', async () => {
    const outcomes: string[] = [];
    const platform: PlatformPort = {
      printDocument: (request) => {
        outcomes.push(request.title);
        return Promise.resolve(outcomes.length === 1 ? 'printed' : 'cancelled');
      },
      savePdf: () => Promise.resolve({ outcome: 'saved', fileName: '/home/maija/lapa.pdf' }),
    };
    let ctx;
    ({ core, ctx } = await loggedInCore({ platform }));
    expect(await core.dispatch('print.document', sheetJob, ctx)).toEqual({ ok: true, data: { outcome: 'printed' } });
    expect(await core.dispatch('print.document', sheetJob, ctx)).toEqual({ ok: true, data: { outcome: 'cancelled' } });
    expect(await core.dispatch('print.savePdf', { document: 'day-list', date: '2026-11-23', language: 'lv' }, ctx)).toMatchObject({ ok: true, data: { outcome: 'saved' } });
    expect(outcomes).toEqual(['Lankomumo žiniaraštis – Dienos socialinė globa – 2026-11', 'Lankomumo žiniaraštis – Dienos socialinė globa – 2026-11']);
    expect(printAudit(core).map((r) => [r.method, r.entity_id])).toEqual([
      ['print.document', 'attendance-sheet:2026-11:day-care'],
      ['print.savePdf', 'day-list:2026-11-23'],
    ]);
  });

  it('suggests a file name in the print language, with the service’s translated name and no personal data', async () => {
    const titles: string[] = [];
    const platform: PlatformPort = {
      printDocument: () => Promise.resolve('cancelled'),
      savePdf: (request) => {
        titles.push(request.title);
        return Promise.resolve({ outcome: 'cancelled', fileName: null });
      },
    };
    let ctx;
    ({ core, ctx } = await loggedInCore({ platform }));
    for (const language of ['lv', 'lt', 'ru', 'en'] as const) {
      await core.dispatch('print.savePdf', { document: 'attendance-sheet', month: '2026-11', service: 'respite-care', language }, ctx);
    }
    await core.dispatch('print.savePdf', { document: 'day-list', date: '2026-11-23', language: 'ru' }, ctx);
    expect(titles).toEqual([
      'Apmeklējuma uzskaites lapa – Atelpas brīža pakalpojums – 2026-11',
      'Lankomumo žiniaraštis – Atokvėpio paslauga – 2026-11',
      'Табель посещаемости – Услуга временной передышки – 2026-11',
      'Attendance sheet – Respite care – 2026-11',
      'Список посещаемости за день – 2026-11-23',
    ]);
  });

  it('lets reception print the day list but not the monthly sheet', async () => {
    ({ core } = await loggedInCore());
    const reception = await loginAs(core, 'reception', 'Rita');
    expect(await core.dispatch('sheets.recordPrint', sheetJob, reception)).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    expect(await core.dispatch('sheets.recordPrint', { document: 'day-list', date: '2026-11-23', language: 'lv' }, reception)).toEqual({ ok: true, data: {} });
    const carer = await loginAs(core, 'carer', 'Kārlis');
    expect(await core.dispatch('sheets.recordPrint', { document: 'day-list', date: '2026-11-23', language: 'lv' }, carer)).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
  });
});
