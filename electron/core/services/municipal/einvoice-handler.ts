import { amount } from '#shared/domain/en16931';
import type { Handlers } from '../../dispatcher';
import { audited } from '../audited';
import type { ServiceDeps } from '../service-deps';
import { einvoiceXml, invoiceLines } from './einvoice-ubl';
import { invoiceSource } from './einvoice-build';
import { invoiceTotals } from '#shared/domain/en16931';
import { todayOf } from './yearly-statistics';

/**
 * `exports.einvoice`: the statement, seller and buyer are read and the export recorded (with the
 * invoice's totals) in one transaction; the XML is then generated and validated by @e-invoice-eu/core.
 */
export function einvoiceHandlers({ db, now }: ServiceDeps): Pick<Handlers, 'exports.einvoice'> {
  return {
    'exports.einvoice': async ({ month, payer }, call) => {
      const source = audited(db, now, call)((tx, audit) => {
        const read = invoiceSource(tx, { month, payer, today: todayOf(now), language: call.language });
        const totals = invoiceTotals(invoiceLines(read));
        audit({ entity: 'einvoice', entityId: read.number, before: null, after: { month, payer, lines: read.lines.length, payableCents: totals.payableCents, taxCents: totals.taxCents } });
        return read;
      });
      const { xml, totals } = await einvoiceXml(source);
      return {
        file: { fileName: `${source.number}.xml`, mediaType: 'application/xml', base64: Buffer.from(xml, 'utf8').toString('base64') },
        totals: { lineExtension: amount(totals.lineExtensionCents), taxExclusive: amount(totals.taxExclusiveCents), tax: amount(totals.taxCents), payable: amount(totals.payableCents) },
      };
    },
  };
}
