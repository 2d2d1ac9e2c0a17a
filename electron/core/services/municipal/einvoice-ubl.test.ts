import { describe, expect, it } from 'vitest';
import { DOMParser } from '@xmldom/xmldom';
import { AppError } from '../../app-error';
import { saveBuyer, saveSeller } from '#db/queries/einvoice-parties';
import { loggedInCore } from '../../testing/test-core';
import { addClient, addDay, addDecision, addPrice } from '../../testing/billing-fixtures';
import { assertInvoiceVat } from './einvoice-build';
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

const cbcNs = 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2';
const cacNs = 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2';
type Node = { getElementsByTagNameNS(ns: string, name: string): ArrayLike<Node>; textContent: string | null; parentNode: Node | null; localName: string };
const elements = (parent: Node, ns: string, name: string) => Array.from(parent.getElementsByTagNameNS(ns, name));
const childText = (parent: Node, name: string) => elements(parent, cbcNs, name).find((e) => e.parentNode === parent)?.textContent ?? null;
/** A party's cac:PartyTaxScheme as [CompanyID, TaxScheme/ID] pairs (BT-31 is scheme VAT, BT-32 any other). */
function taxSchemesOf(xml: string, role: 'AccountingSupplierParty' | 'AccountingCustomerParty') {
  const doc = new DOMParser().parseFromString(xml, 'text/xml') as unknown as Node;
  const partyEl = elements(elements(doc, cacNs, role)[0]!, cacNs, 'Party')[0]!;
  return elements(partyEl, cacNs, 'PartyTaxScheme').map((t) => [childText(t, 'CompanyID'), childText(elements(t, cacNs, 'TaxScheme')[0]!, 'ID')]);
}
function taxCategoriesOf(xml: string) {
  const doc = new DOMParser().parseFromString(xml, 'text/xml') as unknown as Node;
  return elements(doc, cacNs, 'TaxCategory').map((c) => ({ id: childText(c, 'ID'), percent: childText(c, 'Percent'), reasonCode: childText(c, 'TaxExemptionReasonCode') }));
}

/**
 * Rules of the official EN 16931 (CEN UBL schematron 1.3.16) and Peppol BIS 3.0.19 rule sets that our
 * invoices failed once they were run against them, written down by hand so they stay fixed without the
 * official files.
 */
describe('EN 16931 business rules the invoice meets', () => {
  it('BR-E-02 / BR-S-02 / BR-Z-02: a seller without a VAT number states its tax registration identifier (BT-32, scheme other than VAT)', async () => {
    for (const vatCategory of ['E', 'S', 'Z'] as const) {
      const { xml } = await einvoiceXml(source([line({ vatCategory, vatRateBp: vatCategory === 'S' ? 2100 : 0 })]));
      // The association's registration number is its Latvian taxpayer code; TAX, not VAT (BR-CO-09 would want a VAT number).
      expect(taxSchemesOf(xml, 'AccountingSupplierParty')).toEqual([['40008012345', 'TAX']]);
    }
  });

  it('BR-S-02 and friends: a seller with a VAT number states it as the seller VAT identifier (BT-31) only', async () => {
    const { xml } = await einvoiceXml(source([line({ vatCategory: 'S', vatRateBp: 2100 })], { seller: { ...seller, vatNumber: 'LV40008012345' } }));
    expect(taxSchemesOf(xml, 'AccountingSupplierParty')).toEqual([['LV40008012345', 'VAT']]);
    expect(taxSchemesOf(xml, 'AccountingCustomerParty')).toEqual([['LV90000022399', 'VAT']]);
  });

  it('BR-O-02: an invoice not subject to VAT carries neither the seller’s nor the buyer’s VAT identifier (BT-31, BT-48)', async () => {
    const { xml } = await einvoiceXml(source([line({ vatCategory: 'O', units: 2, unitPriceCents: 1000, amountCents: 2000 })], { seller: { ...seller, vatNumber: 'LV40008012345' } }));
    expect(taxSchemesOf(xml, 'AccountingSupplierParty')).toEqual([['40008012345', 'TAX']]);
    expect(taxSchemesOf(xml, 'AccountingCustomerParty')).toEqual([]);
    // The buyer is still reached by its VAT number as the Peppol endpoint (9939): that is no VAT identifier.
    expect(readUbl(xml).buyer).toEqual({ endpointId: 'LV90000022399', endpointScheme: '9939' });
    // BR-O-05/BR-O-09/BR-O-10: category O has no rate and states its exemption reason.
    expect(taxCategoriesOf(xml)).toEqual([{ id: 'O', percent: null, reasonCode: 'VATEX-EU-O' }]);
  });

  it('BR-O-11 / BR-S-05: lines the rules cannot carry are refused with a translated error before an invoice is made', () => {
    const refusal = (lines: Parameters<typeof assertInvoiceVat>[0]) => {
      try {
        assertInvoiceVat(lines);
        return null;
      } catch (error) {
        return error instanceof AppError ? { code: error.code, params: error.params } : error;
      }
    };
    expect(refusal([line({ vatCategory: 'O' }), line({ vatCategory: 'E', name: 'Duša' })])).toEqual({ code: 'municipalReports.vatNotSubjectMixed', params: {} });
    expect(refusal([line({ vatCategory: 'E' }), line({ vatCategory: 'S', vatRateBp: 0, name: 'Veļas mazgāšana' })])).toEqual({ code: 'municipalReports.vatRateMissing', params: { unit: 'Veļas mazgāšana' } });
    expect(refusal([line({ vatCategory: 'O' }), line({ vatCategory: 'O', serviceUnit: 'shower' })])).toBeNull();
    expect(refusal([line({ vatCategory: 'E' }), line({ vatCategory: 'S', vatRateBp: 2100 }), line({ vatCategory: 'Z' })])).toBeNull();
  });

  it('exports.einvoice refuses a month that mixes services outside the scope of VAT with exempt ones (BR-O-11), in the caller’s language, writing nothing', async () => {
    const { core, ctx } = await loggedInCore({ now: () => new Date('2026-04-03T10:00:00.000Z') });
    try {
      const db = core.db;
      addPrice(db, { unit: 'care-day-8h', cents: 1000 });
      addPrice(db, { unit: 'meal-lunch', cents: 250, vatCategory: 'O' });
      const ozola = addClient(db, 'Ilze', 'Ozola');
      addDecision(db, ozola, { from: '2026-01-01' });
      addDay(db, ozola, '2026-03-02', { status: 'present', meals: ['lunch'], arrivedAt: '08:30', leftAt: '15:30' });
      const place = { street: 'Skolas iela 3', city: 'Aizkraukle', postalCode: 'LV-5101', country: 'LV' as const, updatedAt: '2026-01-01T00:00:00Z' };
      saveSeller(db, { legalName: 'Biedrība Saulrīts', registrationNumber: '40008012345', vatNumber: null, endpointScheme: '0218', iban: 'LV80BANK0000435195001', paymentDays: 30, ...place });
      saveBuyer(db, { payer: 'LV-aizkraukle', legalName: 'Aizkraukles novada pašvaldība', institutionCode: 'AIZK-SD', registrationNumber: '90000022399', vatNumber: null, endpointScheme: '0218', ...place });
      const audits = () => (db.$client.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
      const before = audits();
      const result = await core.dispatch('exports.einvoice', { month: '2026-03', payer: 'LV-aizkraukle' }, { ...ctx, language: 'lv' });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error).toMatchObject({ kind: 'conflict', code: 'municipalReports.vatNotSubjectMixed' });
      expect(result.error.message).toContain('Ārpus PVN piemērošanas');
      expect(audits()).toBe(before);
    } finally {
      core.close();
    }
  });
});

const ltSeller = { legalName: 'VšĮ „Saulėtekio dienos centras“', registrationNumber: '304123456', vatNumber: null, endpointScheme: '0200' as const, street: 'Gedimino pr. 9', city: 'Vilnius', postalCode: 'LT-01103', country: 'LT' as const, iban: 'LT12 1000 0111 0100 1000' };
const ltBuyer = { legalName: 'Vilniaus miesto savivaldybės administracija', registrationNumber: '188710061', vatNumber: 'LT100006688411', endpointScheme: '9937' as const, street: 'Konstitucijos pr. 3', city: 'Vilnius', postalCode: 'LT-09601', country: 'LT' as const, institutionCode: 'VMSA-SP' };
const ltInvoice = (over: Partial<InvoiceSource> = {}) =>
  source([line({ name: 'Dienos priežiūra iki 8 val.', units: 20, unitPriceCents: 1500, amountCents: 30000, clientShareCents: 4500 })], { number: 'LT-VILNIUS-2026-03', language: 'lt', seller: ltSeller, buyer: ltBuyer, ...over });

describe('a Lithuanian centre bills a Lithuanian municipality (EAS 0200 and 9937)', () => {
  it('addresses the seller by its legal entity code (0200) and the buyer by its VAT number (9937); the seller without a VAT number states its LT code as BT-32', async () => {
    const read = readUbl((await einvoiceXml(ltInvoice())).xml);
    expect(read.seller).toEqual({ endpointId: '304123456', endpointScheme: '0200' });
    expect(read.buyer).toEqual({ endpointId: 'LT100006688411', endpointScheme: '9937' });
    expect(read.identifiers).toEqual({
      seller: { legalId: '304123456', legalScheme: '0200', taxIds: [['304123456', 'TAX']] },
      buyer: { legalId: '188710061', legalScheme: '0200', taxIds: [['LT100006688411', 'VAT']] },
    });
    // 20 × 15.00 = 300.00 − 45.00 client share = 255.00, exempt
    expect(read.totals).toEqual({ lineExtension: '255.00', taxExclusive: '255.00', tax: '0.00', taxInclusive: '255.00', payable: '255.00' });
  });

  it('a municipality without a VAT number is addressed by its legal entity code (0200), a seller with one by 9937', async () => {
    const read = readUbl((await einvoiceXml(ltInvoice({ seller: { ...ltSeller, vatNumber: 'LT100012345678', endpointScheme: '9937' }, buyer: { ...ltBuyer, vatNumber: null, endpointScheme: '0200' } }))).xml);
    expect(read.seller).toEqual({ endpointId: 'LT100012345678', endpointScheme: '9937' });
    expect(read.buyer).toEqual({ endpointId: '188710061', endpointScheme: '0200' });
    expect(read.identifiers.seller).toEqual({ legalId: '304123456', legalScheme: '0200', taxIds: [['LT100012345678', 'VAT']] });
    expect(read.identifiers.buyer.taxIds).toEqual([]);
  });
});

describe('the invoice’s own texts are in its language; the codes stay', () => {
  const pdf = { fileName: 'statement-2026-03.pdf', bytes: new TextEncoder().encode('%PDF-1.4\n%statement\n') };
  const withCopay = line({ units: 2, unitPriceCents: 1000, amountCents: 2000, clientShareCents: 500 });
  it.each([
    ['lv', 'Klienta līdzmaksājums', 'Ikmēneša pārskats', 'Sociālās aprūpes pakalpojumi, atbrīvoti no PVN (Direktīvas 2006/112/EK 132. panta 1. punkta g) apakšpunkts)', 'Ārpus PVN piemērošanas jomas'],
    ['lt', 'Kliento mokėjimo dalis', 'Mėnesio ataskaita', 'Socialinės globos paslaugos, neapmokestinamos PVM (Direktyvos 2006/112/EB 132 straipsnio 1 dalies g punktas)', 'Ne PVM objektas'],
    ['ru', 'Доля клиента', 'Ежемесячный отчёт', 'Услуги социального ухода, освобождённые от НДС (Директива 2006/112/ЕС, статья 132, пункт 1, подпункт g)', 'Вне сферы применения НДС'],
  ] as const)('%s: the co-payment allowance, the attached statement and the exemption reasons', async (language, copayment, statement, exempt, notSubject) => {
    const exemptRead = readUbl((await einvoiceXml(source([withCopay], { language, statementPdf: pdf }))).xml);
    expect(exemptRead.texts).toEqual({
      allowanceReasons: [copayment],
      exemptionReasons: [{ code: 'VATEX-EU-132-1G', reason: exempt }],
      documentDescriptions: [statement],
    });
    const notSubjectRead = readUbl((await einvoiceXml(source([line({ ...withCopay, vatCategory: 'O' })], { language }))).xml);
    expect(notSubjectRead.texts).toEqual({ allowanceReasons: [copayment], exemptionReasons: [{ code: 'VATEX-EU-O', reason: notSubject }], documentDescriptions: [] });
  });
});
