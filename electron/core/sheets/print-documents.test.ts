import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../core';
import type { PlatformPort } from '../platform';
import { loggedInCore } from '../testing/test-core';
import { loginAs } from '../testing/sheet-fixtures';
import { insertClient } from '../testing/board-fixtures';
import { ok, staffContext } from '../testing/client-fixtures';
import { insertItem } from '../services/loans/loan-fixtures';
import { databaseSnapshot } from '../testing/database-snapshot';
import { valueKey } from '#shared/i18n/audit-keys';
import { createI18n } from '#shared/i18n/create-i18n';
import type { PrintJob } from '#shared/contract/print';
import { printFileTitle } from './print-file-name';

/** The respite statement, yearly statistics, loan act, incident report and municipal statement print through `print.*`, audited. */
let core: Core | undefined;
afterEach(() => core?.close());

const today = new Date(2026, 2, 11, 14, 0);
const printAudit = (c: Core) =>
  c.db.$client.prepare("SELECT method, entity_id, changes FROM audit_log WHERE entity = 'print' ORDER BY id").all() as { method: string; entity_id: string; changes: string }[];

const respite = { document: 'respite-statement', month: '2026-02', carerId: 4, language: 'lt' } as const;
const yearly = { document: 'yearly-statistics', year: 2025, language: 'ru' } as const;
const statement = { document: 'statement', month: '2026-02', payer: 'LV-riga', pseudonymised: false, language: 'lv' } as const;

const fall = (clientId: number) => ({
  clientId, kind: 'fall' as const, occurredOn: '2026-03-10', occurredAt: '11:20', place: 'Koridors',
  description: 'Paklupa uz paklāja.', injuries: '', familyInformedAt: '', doctorInformedAt: '', municipalityInformedAt: '',
});

async function withDocuments(platform?: PlatformPort) {
  const made = await loggedInCore({ now: () => today, ...(platform ? { platform } : {}) });
  core = made.core;
  const client = insertClient(made.core.db, { firstName: 'Valdis', lastName: 'Sproģis' });
  const carer = staffContext(made.core, 'carer');
  const { staff } = await ok(made.core, carer, 'incidents.responsibles', {});
  const { incident } = await ok(made.core, carer, 'incidents.create', { ...fall(client), followUps: [{ action: 'Noņemt paklāju', responsibleId: staff[0]!.id, dueOn: '2026-03-12' }] });
  const itemId = insertItem(made.core.db, { number: 'RK-001', category: 'wheelchair' });
  const { id: loanId } = await ok(made.core, made.ctx, 'loans.lend', { itemId, clientId: client, handedOverOn: '2026-03-02', condition: 'Laba' });
  const jobs: PrintJob[] = [
    respite,
    yearly,
    { document: 'loan-act', loanId, language: 'ru' },
    { document: 'incident-report', incidentId: incident.id, language: 'lv' },
    statement,
  ];
  return { ...made, jobs, incidentId: incident.id, loanId };
}

describe('printing the five documents', () => {
  it('audits each print and saved PDF under the document, with a file name in the print language', async () => {
    const titles: string[] = [];
    const platform: PlatformPort = {
      printDocument: (request) => {
        titles.push(request.title);
        return Promise.resolve('printed');
      },
      savePdf: () => Promise.resolve({ outcome: 'saved', fileName: '/home/maija/doc.pdf' }),
    };
    const { core: c, ctx, jobs, incidentId, loanId } = await withDocuments(platform);
    const before = printAudit(c).length;
    for (const job of jobs) {
      expect(await c.dispatch('print.document', job, ctx)).toEqual({ ok: true, data: { outcome: 'printed' } });
      expect(await c.dispatch('print.savePdf', job, ctx)).toMatchObject({ ok: true, data: { outcome: 'saved' } });
    }
    const rows = printAudit(c).slice(before);
    expect(rows.map((r) => [r.method, r.entity_id])).toEqual(
      [`respite-statement:2026-02:4`, 'yearly-statistics:2025', `loan-act:${loanId}`, `incident-report:${incidentId}`, 'statement:2026-02:LV-riga'].flatMap((key) => [
        ['print.document', key],
        ['print.savePdf', key],
      ]),
    );
    expect((JSON.parse(rows[0]!.changes) as { after: unknown }).after).toEqual({ ...respite, action: 'print', fileName: null });
    expect((JSON.parse(rows[3]!.changes) as { after: unknown }).after).toMatchObject({ document: 'yearly-statistics', year: 2025, action: 'pdf', fileName: '/home/maija/doc.pdf' });
    // Titles (and suggested PDF names) in the print language, without personal data.
    expect(titles).toEqual(jobs.map((job) => printFileTitle(job)));
    expect(titles[0]).toBe('Atokvėpio valandų pažyma – 2026-02 – 4');
    expect(titles[1]).toBe('Годовой статистический отчёт – 2025');
    expect(titles[3]).toBe(`Incidenta ziņojums – ${incidentId}`);
    expect(titles.join(' ')).not.toContain('Sproģis');
  });

  it('audits the browser print dialog, refuses roles the data is not theirs, unknown records and out-of-bound periods', async () => {
    const { core: c, ctx, jobs, loanId } = await withDocuments();
    const base = printAudit(c).length;
    for (const job of jobs) expect(await c.dispatch('print.document', job, ctx)).toEqual({ ok: true, data: { outcome: 'not-available' } });
    expect(printAudit(c)).toHaveLength(base);
    for (const job of jobs) expect(await c.dispatch('sheets.recordPrint', job, ctx)).toEqual({ ok: true, data: {} });
    const rows = printAudit(c).slice(base);
    const afters = rows.map((r) => (JSON.parse(r.changes) as { after: { document: string; action: string } }).after);
    expect(afters.map((after) => [after.document, after.action])).toEqual(jobs.map((job) => [job.document, 'browser-print-dialog']));

    const carer = await loginAs(c, 'carer', 'Kārlis');
    const reception = await loginAs(c, 'reception', 'Rasma');
    const snapshot = databaseSnapshot(c.db);
    const refusals: [PrintJob, typeof carer][] = [
      [respite, carer],
      [yearly, carer],
      [statement, carer],
      [statement, reception],
      [jobs[3]!, reception],
      [{ document: 'loan-act', loanId, language: 'lv' }, carer],
    ];
    for (const [job, who] of refusals) {
      expect(await c.dispatch('sheets.recordPrint', job, who)).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
      expect(await c.dispatch('print.savePdf', job, who)).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    }
    // The roles the data allows: a carer prints the incident report, reception the loan act.
    expect(await c.dispatch('sheets.recordPrint', jobs[3]!, carer)).toMatchObject({ ok: true });
    expect(await c.dispatch('sheets.recordPrint', jobs[2]!, reception)).toMatchObject({ ok: true });
    const afterAllowed = databaseSnapshot(c.db);
    expect(afterAllowed).not.toBe(snapshot);

    const bad: unknown[] = [
      { ...respite, month: '2026-02-01' },
      { ...respite, month: '2026-13' },
      { ...yearly, year: 20251 },
      { ...yearly, year: 1800 },
      { ...statement, month: '2026-01..2026-12' },
      { ...statement, payer: 'x'.repeat(121) },
      { ...statement, pseudonymised: undefined },
      { document: 'loan-act', loanId: 999_999, language: 'lv' },
      { document: 'incident-report', incidentId: 999_999, language: 'lv' },
    ];
    for (const job of bad) expect(await c.dispatch('sheets.recordPrint', job, ctx)).toMatchObject({ ok: false });
    expect(databaseSnapshot(c.db)).toBe(afterAllowed);
  });

  it('names each document in the audit trail in every language', () => {
    for (const document of ['respite-statement', 'yearly-statistics', 'loan-act', 'incident-report', 'statement']) {
      const key = valueKey('print', 'document', document);
      expect(key).toBe(`sheets:printDocument.${document}`);
      const names = (['lv', 'lt', 'ru', 'en'] as const).map((language) => createI18n(language).t(key!, { lng: language }));
      for (const name of names) expect(name).not.toContain('printDocument');
      expect(new Set(names).size).toBe(4);
    }
  });
});
