import { payersOfMonth } from '../billing/statement-lines';
import { amount } from '#shared/domain/en16931';
import { serviceKinds } from '#shared/domain/services';
import type { MonthlyPack } from '#shared/contract/municipal-reports';
import type { Handlers } from '../../dispatcher';
import { AppError, conflict } from '../../app-error';
import { reconcileMonth } from '../billing/reconcile';
import { audited } from '../audited';
import type { ServiceDeps } from '../service-deps';
import { assertMonthOver, invoiceSource } from './einvoice-build';
import { einvoiceXml } from './einvoice-ubl';
import type { InvoiceSource } from './einvoice-source';
import { nodePackFs, sha256, writePack, zipPack, type PackFile } from './pack-writer';
import { renderPdfs, type PdfJob } from './render-pdfs';
import { statementCsv } from '../billing/statement-csv';
import { statementXlsx } from '../billing/statement-xlsx';
import { statementData } from '../billing/statement-data';
import { statementOf } from './statement-source';
import { reportText } from './report-text';
import { todayOf } from './yearly-statistics';

const fileSafe = (value: string) => value.replace(/[^A-Za-z0-9-]/g, '_');

/**
 * `exports.monthlyPack`: every paying municipality's statement (XLSX, CSV, and PDF where the platform
 * renders print routes), the attendance sheet PDFs, the e-invoices of payers with invoice details, and a
 * summary with SHA-256 checksums; progress as events; the read and its audit row (with the totals) in
 * one transaction. Written through the platform's folder dialog into place atomically, or handed back
 * as a zip for the browser to download.
 */
export function monthlyPackHandlers({ db, now, events, platform }: ServiceDeps): Pick<Handlers, 'exports.monthlyPack'> {
  return {
    'exports.monthlyPack': async ({ month, language, confirmed }, call) => {
      const t = reportText(language);
      const today = todayOf(now);
      assertMonthOver(month, today);
      const read = audited(db, now, call)((tx, audit) => {
        const payers = payersOfMonth(tx, month);
        // An export like the statement: only once every open reconciliation warning is confirmed.
        const open = reconcileMonth(tx, month).filter((w) => !confirmed.includes(w.key));
        if (open.length > 0) throw conflict('billing.unconfirmedWarnings', { count: open.length });
        const generatedAt = now().toISOString();
        const confirmedWarnings = [...confirmed].sort();
        const statements = payers.map((payer) => {
          const statement = statementOf(tx, month, payer);
          // The same document as exports.statement writes, so the pack's files match the single exports.
          const data = statementData(tx, statement, { language, pseudonymised: false, preparedBy: call.actor().fullName, generatedAt, confirmedWarnings });
          return { payer, statement, data };
        });
        const invoices: { payer: string; source: InvoiceSource }[] = [];
        for (const { payer } of statements) {
          try {
            invoices.push({ payer, source: invoiceSource(tx, { month, payer, today, language }) });
          } catch (error) {
            // A payer without invoice details (or a private payer) gets its statement without an e-invoice.
            if (!(error instanceof AppError)) throw error;
          }
        }
        const amountCents = statements.reduce((sum, s) => sum + s.statement.totals.municipalityShareCents, 0);
        audit({ entity: 'monthly-pack', entityId: month, before: null, after: { payers: payers.length, invoices: invoices.length, amountCents, language } });
        return { statements, invoices, amountCents };
      });

      const services = serviceKinds.filter((s) => s === 'day-care' || s === 'dementia-day-centre');
      const renderer = platform.pdfRenderer ? await platform.pdfRenderer({ staffId: call.actor().id, language }) : null;
      const pdfs = renderer ? read.statements.length + services.length : 0;
      const of = read.statements.length * 2 + read.invoices.length + pdfs + 1;
      let step = 0;
      const progress = () => events.emit('exports.packProgress', { month, step: ++step, of });
      const files: PackFile[] = [];
      try {
        // The PDFs render while the XLSX and CSV are written, as many at once as the renderer can (renderPdfs).
        const pdfJobs: PdfJob[] = renderer
          ? [
              ...read.statements.map(({ payer }) => ({
                name: `statement-${fileSafe(payer)}-${month}.pdf`,
                route: `/print/statement/${month}?payer=${encodeURIComponent(payer)}&lang=${language}&confirmed=${encodeURIComponent(confirmed.join(','))}`,
                title: `statement-${payer}-${month}`,
              })),
              ...services.map((service) => ({ name: `attendance-${service}-${month}.pdf`, route: `/print/attendance/${month}?service=${service}&lang=${language}`, title: `attendance-${service}-${month}` })),
            ]
          : [];
        const rendering = renderer ? renderPdfs(renderer, pdfJobs, progress) : Promise.resolve(new Map<string, Uint8Array>());
        rendering.catch(() => undefined); // awaited below; a failed XLSX must not leave it unhandled
        const written: PackFile[][] = [];
        for (const { payer, data } of read.statements) {
          const xlsx = { name: `statement-${fileSafe(payer)}-${month}.xlsx`, bytes: new Uint8Array(await statementXlsx(data)) };
          progress();
          written.push([xlsx, { name: `statement-${fileSafe(payer)}-${month}.csv`, bytes: new Uint8Array(statementCsv(data)) }]);
          progress();
        }
        const pdfBytes = await rendering;
        const pdfFile = (name: string): PackFile[] => (pdfBytes.has(name) ? [{ name, bytes: pdfBytes.get(name)! }] : []);
        for (const [n, { payer }] of read.statements.entries()) files.push(...written[n]!, ...pdfFile(`statement-${fileSafe(payer)}-${month}.pdf`));
        for (const service of services) files.push(...pdfFile(`attendance-${service}-${month}.pdf`));
      } finally {
        await renderer?.close();
      }
      const invoiceTotals: { payer: string; payable: string }[] = [];
      for (const { payer, source } of read.invoices) {
        const pdf = files.find((f) => f.name === `statement-${fileSafe(payer)}-${month}.pdf`);
        const { xml, totals } = await einvoiceXml({ ...source, statementPdf: pdf ? { fileName: pdf.name, bytes: pdf.bytes } : null });
        files.push({ name: `einvoice-${source.number}.xml`, bytes: new TextEncoder().encode(xml) });
        invoiceTotals.push({ payer: source.number, payable: amount(totals.payableCents) });
        progress();
      }
      const summaryLines = [
        t('summary.summaryTitle', { month }),
        '',
        ...read.statements.map(({ payer, statement }) => `${t('summary.payer')}: ${payer}\t${t('summary.amount')}: ${amount(statement.totals.municipalityShareCents)}`),
        `${t('summary.total')}: ${amount(read.amountCents)}`,
        ...invoiceTotals.map((i) => `e-invoice ${i.payer}: ${i.payable}`),
        ...(renderer ? [] : ['', t('summary.pdfsLeftOut')]),
        '',
        `${t('summary.files')} (${t('summary.checksum')}):`,
        ...files.map((f) => `${sha256(f.bytes)}  ${f.name}`),
        '',
      ];
      files.push({ name: 'summary.txt', bytes: new TextEncoder().encode(summaryLines.join('\n')) });
      progress();

      const folderName = `CareDesk-${month}`;
      const zip = zipPack(folderName, files);
      const listed = files.map((f) => ({ name: f.name, bytes: f.bytes.length, sha256: sha256(f.bytes) }));
      const totals = { payers: read.statements.length, amountCents: read.amountCents };
      const parent = platform.chooseFolder ? await platform.chooseFolder({ title: folderName }) : null;
      if (parent) {
        const { folder } = writePack(parent, folderName, files, zip, nodePackFs);
        return { month, folder, zip: null, files: listed, totals } satisfies MonthlyPack;
      }
      return { month, folder: null, zip: { fileName: `${folderName}.zip`, mediaType: 'application/zip', base64: Buffer.from(zip).toString('base64') }, files: listed, totals } satisfies MonthlyPack;
    },
  };
}
