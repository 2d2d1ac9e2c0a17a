import { describe, expect, it } from 'vitest';
import { einvoiceXml, peppolCustomizationId, peppolProfileId } from './einvoice-ubl';
import { readUbl } from './ubl-read';
import type { InvoiceSource, InvoiceSourceLine } from './einvoice-source';

const seller = { legalName: 'Biedrība “Saulrīts”', registrationNumber: '40008012345', vatNumber: null, endpointScheme: '0218' as const, street: 'Skolas iela 3', city: 'Aizkraukle', postalCode: 'LV-5101', country: 'LV' as const, iban: 'LV80 BANK 0000 4351 9500 1' };
const buyer = { legalName: 'Aizkraukles novada pašvaldība', registrationNumber: '90000022399', vatNumber: 'LV90000022399', endpointScheme: '9939' as const, street: 'Lāčplēša iela 1A', city: 'Aizkraukle', postalCode: 'LV-5101', country: 'LV' as const, institutionCode: 'AIZK-SD-01' };
const line = (over: Partial<InvoiceSourceLine>): InvoiceSourceLine => ({ serviceUnit: 'care-day-8h', name: 'Dienas aprūpe līdz 8 h', measure: 'day', units: 1, unitPriceCents: 100, amountCents: 100, clientShareCents: 0, vatCategory: 'E', vatRateBp: 0, ...over });
const source = (lines: InvoiceSourceLine[], over: Partial<InvoiceSource> = {}): InvoiceSource => ({
  number: 'AIZK-2026-03',
  issueDate: '2026-04-02',
  dueDate: '2026-05-02',
  month: { first: '2026-03-01', last: '2026-03-31' },
  language: 'lv',
  seller,
  buyer,
  lines,
  ...over,
});

describe('Peppol BIS 3.0 e-invoice from a statement', () => {
  it('carries the Peppol ids, BuyerReference, endpoint ids (0218 and 9939) and the statement’s figures to the cent', async () => {
    const { xml } = await einvoiceXml(
      source([
        line({ units: 42, unitPriceCents: 1450, amountCents: 60900, clientShareCents: 9135 }),
        line({ serviceUnit: 'shower', name: 'Duša', measure: 'session', units: 7, unitPriceCents: 235, amountCents: 1645 }),
      ]),
    );
    const read = readUbl(xml);
    expect(read).toMatchObject({
      customizationId: peppolCustomizationId,
      profileId: peppolProfileId,
      id: 'AIZK-2026-03',
      buyerReference: 'AIZK-SD-01',
      seller: { endpointId: '40008012345', endpointScheme: '0218' },
      buyer: { endpointId: 'LV90000022399', endpointScheme: '9939' },
      // 42 × 14.50 = 609.00 − 91.35 client share = 517.65; 7 × 2.35 = 16.45; sum 534.10
      totals: { lineExtension: '534.10', taxExclusive: '534.10', tax: '0.00', taxInclusive: '534.10', payable: '534.10' },
    });
    expect(read.breakdown).toEqual([{ category: 'E', percent: '0', exemptionReasonCode: 'VATEX-EU-132-1G', taxable: '534.10', tax: '0.00' }]);
    expect(read.lines).toEqual([
      { quantity: '42', unitCode: 'DAY', net: '517.65', price: '14.50' },
      { quantity: '7', unitCode: 'C62', net: '16.45', price: '2.35' },
    ]);
  });

  it('breaks VAT down per category: exempt care and a standard-rated laundry service', async () => {
    const { xml } = await einvoiceXml(
      source([line({ units: 20, unitPriceCents: 1500, amountCents: 30000 }), line({ serviceUnit: 'laundry', name: 'Veļas mazgāšana', measure: 'item', units: 3, unitPriceCents: 333, amountCents: 999, vatCategory: 'S', vatRateBp: 2100 })]),
    );
    const read = readUbl(xml);
    // 3 × 3.33 = 9.99; 21 % = 2.0979 → 2.10
    expect(read.breakdown).toEqual([
      { category: 'E', percent: '0', exemptionReasonCode: 'VATEX-EU-132-1G', taxable: '300.00', tax: '0.00' },
      { category: 'S', percent: '21', exemptionReasonCode: null, taxable: '9.99', tax: '2.10' },
    ]);
    expect(read.totals).toEqual({ lineExtension: '309.99', taxExclusive: '309.99', tax: '2.10', taxInclusive: '312.09', payable: '312.09' });
  });

  it('embeds the statement PDF as an additional document', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.4\n%statement\n');
    const { xml } = await einvoiceXml(source([line({})], { statementPdf: { fileName: 'statement-2026-03.pdf', bytes: pdf } }));
    expect(readUbl(xml).attachments).toEqual([{ fileName: 'statement-2026-03.pdf', mimeCode: 'application/pdf', bytes: Buffer.from(pdf).toString('base64').length }]);
  });

  it('leaves out the buyer’s VAT identifier when the municipality has none (endpoint by registration number, 0218)', async () => {
    const { xml } = await einvoiceXml(source([line({})], { buyer: { ...buyer, vatNumber: null, endpointScheme: '0218' } }));
    expect(readUbl(xml).buyer).toEqual({ endpointId: '90000022399', endpointScheme: '0218' });
    expect(xml).not.toContain('LV90000022399');
  });

  it('refuses data the EN 16931 schema does not allow (a country code that is none)', async () => {
    await expect(einvoiceXml(source([line({})], { buyer: { ...buyer, country: 'XX' as 'LV' } }))).rejects.toThrow();
  });
});
