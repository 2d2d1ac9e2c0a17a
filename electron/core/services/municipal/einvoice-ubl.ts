import type { Invoice, InvoiceService } from '@e-invoice-eu/core';
import { loadInvoiceService } from '../../heavy-modules';
import { amount, invoiceTotals, price, type InvoiceLineInput, type InvoiceTotals, type VatKey } from '#shared/domain/en16931';
import { isVatScheme, partySchemes } from '#shared/domain/einvoice-parties';
import type { InvoiceParty, InvoiceSource, InvoiceSourceLine } from './einvoice-source';
import { reportText, type ReportText } from './report-text';

/** Peppol BIS Billing 3.0 (the library's default is plain EN 16931, which Peppol access points refuse). */
export const peppolCustomizationId = 'urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0';
export const peppolProfileId = 'urn:fdc:peppol.eu:2017:poacc:billing:01:1.0';

/**
 * Social care is VAT-exempt (VAT Directive art. 132(1)(g); Latvian VAT Act s. 52(1)(12)). The reason
 * codes stay as the VATEX list has them; the reason texts are in the invoice's language.
 */
export function vatKeyOf(line: Pick<InvoiceSourceLine, 'vatCategory' | 'vatRateBp'>, t: ReportText): VatKey {
  if (line.vatCategory === 'E') return { category: 'E', rate: 0, exemptionReasonCode: 'VATEX-EU-132-1G', exemptionReason: t('einvoiceXml.exemptSocialCare') };
  if (line.vatCategory === 'O') return { category: 'O', rate: null, exemptionReasonCode: 'VATEX-EU-O', exemptionReason: t('einvoiceXml.notSubject') };
  if (line.vatCategory === 'Z') return { category: 'Z', rate: 0 };
  return { category: 'S', rate: line.vatRateBp / 100 };
}

const unitCodeOf = (measure: InvoiceSourceLine['measure']) => (measure === 'day' ? 'DAY' : 'C62');

/** The client's share is billed to the client, not the municipality: a line allowance, net of VAT. */
function clientAllowance(line: InvoiceSourceLine): number {
  if (line.clientShareCents === 0) return 0;
  if (line.vatCategory !== 'S') return line.clientShareCents;
  return Math.round((line.clientShareCents * 10_000) / (10_000 + line.vatRateBp));
}

export function invoiceLines(source: InvoiceSource): InvoiceLineInput[] {
  const t = reportText(source.language);
  return source.lines.map((line, i) => {
    const allowance = clientAllowance(line);
    return {
      id: String(i + 1),
      name: line.name,
      quantity: line.units,
      unitCode: unitCodeOf(line.measure),
      unitPriceCents: line.unitPriceCents,
      vat: vatKeyOf(line, t),
      allowancesCents: allowance ? [{ amount: allowance, reason: t('einvoiceXml.clientCopayment') }] : [],
    };
  });
}

/**
 * The party's tax identifiers. BT-31/BT-48 (scheme VAT) when it has a VAT number, unless the invoice is
 * not subject to VAT (BR-O-02 forbids them then). A seller without one states its tax registration
 * identifier BT-32 (scheme TAX: the Latvian registration number and the Lithuanian legal entity code
 * are the taxpayer codes), which BR-S-02, BR-Z-02 and BR-E-02 require for standard-rated, zero-rated
 * and exempt lines.
 */
function taxSchemes(p: InvoiceParty, role: 'seller' | 'buyer', notSubject: boolean) {
  if (p.vatNumber && !notSubject) return [{ 'cbc:CompanyID': p.vatNumber, 'cac:TaxScheme': { 'cbc:ID': 'VAT' } }];
  if (role === 'seller') return [{ 'cbc:CompanyID': p.registrationNumber, 'cac:TaxScheme': { 'cbc:ID': 'TAX' } }];
  return [];
}

/**
 * The party's Peppol endpoint (BT-34 / BT-49): its VAT number under the country's VAT scheme (LV 9939,
 * LT 9937) when chosen and known, else its registration number under the country's registration scheme
 * (LV 0218, LT 0200), which is also the ICD of its legal registration identifier (BT-30 / BT-47).
 */
function party(p: InvoiceParty, role: 'seller' | 'buyer', notSubject: boolean) {
  const vat = isVatScheme(p.endpointScheme) ? p.vatNumber : null;
  const endpoint = vat ?? p.registrationNumber;
  const scheme = vat ? partySchemes[p.country].vat : partySchemes[p.country].registration;
  const schemes = taxSchemes(p, role, notSubject);
  return {
    'cbc:EndpointID': endpoint,
    'cbc:EndpointID@schemeID': scheme,
    'cac:PartyName': { 'cbc:Name': p.legalName },
    'cac:PostalAddress': { 'cbc:StreetName': p.street, 'cbc:CityName': p.city, 'cbc:PostalZone': p.postalCode, 'cac:Country': { 'cbc:IdentificationCode': p.country } },
    ...(schemes.length ? { 'cac:PartyTaxScheme': schemes } : {}),
    'cac:PartyLegalEntity': { 'cbc:RegistrationName': p.legalName, 'cbc:CompanyID': p.registrationNumber, 'cbc:CompanyID@schemeID': partySchemes[p.country].registration },
  } as const;
}

const taxCategory = (vat: VatKey) => ({
  'cbc:ID': vat.category,
  ...(vat.rate !== null ? { 'cbc:Percent': String(vat.rate) } : {}),
  ...(vat.exemptionReasonCode ? { 'cbc:TaxExemptionReasonCode': vat.exemptionReasonCode, 'cbc:TaxExemptionReason': vat.exemptionReason } : {}),
  'cac:TaxScheme': { 'cbc:ID': 'VAT' },
});

/** The invoice as @e-invoice-eu/core's EN 16931 data model, from figures computed once in cents. */
export function invoiceData(source: InvoiceSource): { invoice: Invoice; totals: InvoiceTotals } {
  const lines = invoiceLines(source);
  const totals = invoiceTotals(lines);
  const eur = 'EUR' as const;
  // BR-O-11: an invoice not subject to VAT has no other VAT category (assertInvoiceVat refuses a mix).
  const notSubject = lines.some((l) => l.vat.category === 'O');
  const buyer = party(source.buyer, 'buyer', notSubject);
  const invoice = {
    'ubl:Invoice': {
      'cbc:CustomizationID': peppolCustomizationId,
      'cbc:ProfileID': peppolProfileId,
      'cbc:ID': source.number,
      'cbc:IssueDate': source.issueDate,
      'cbc:DueDate': source.dueDate,
      'cbc:InvoiceTypeCode': '380',
      ...(source.note ? { 'cbc:Note': [source.note] } : {}),
      'cbc:DocumentCurrencyCode': eur,
      'cbc:BuyerReference': source.buyer.institutionCode,
      'cac:InvoicePeriod': { 'cbc:StartDate': source.month.first, 'cbc:EndDate': source.month.last },
      'cac:AccountingSupplierParty': { 'cac:Party': party(source.seller, 'seller', notSubject) },
      'cac:AccountingCustomerParty': {
        // The buyer's VAT identifier is a single element in the model; absent (not undefined) when the buyer has none.
        'cac:Party': { ...buyer, 'cac:PartyIdentification': { 'cbc:ID': source.buyer.institutionCode }, ...(buyer['cac:PartyTaxScheme'] ? { 'cac:PartyTaxScheme': buyer['cac:PartyTaxScheme'][0] } : {}) },
      },
      'cac:PaymentMeans': [{ 'cbc:PaymentMeansCode': '58', 'cbc:PaymentID': source.number, 'cac:PayeeFinancialAccount': { 'cbc:ID': source.seller.iban.replace(/\s+/g, '') } }],
      'cac:TaxTotal': [
        {
          'cbc:TaxAmount': amount(totals.taxCents),
          'cbc:TaxAmount@currencyID': eur,
          'cac:TaxSubtotal': totals.breakdown.map((b) => ({
            'cbc:TaxableAmount': amount(b.taxableCents),
            'cbc:TaxableAmount@currencyID': eur,
            'cbc:TaxAmount': amount(b.taxCents),
            'cbc:TaxAmount@currencyID': eur,
            'cac:TaxCategory': taxCategory(b),
          })),
        },
      ],
      'cac:LegalMonetaryTotal': {
        'cbc:LineExtensionAmount': amount(totals.lineExtensionCents),
        'cbc:LineExtensionAmount@currencyID': eur,
        'cbc:TaxExclusiveAmount': amount(totals.taxExclusiveCents),
        'cbc:TaxExclusiveAmount@currencyID': eur,
        'cbc:TaxInclusiveAmount': amount(totals.taxInclusiveCents),
        'cbc:TaxInclusiveAmount@currencyID': eur,
        'cbc:PayableAmount': amount(totals.payableCents),
        'cbc:PayableAmount@currencyID': eur,
      },
      'cac:InvoiceLine': lines.map((line, i) => ({
        'cbc:ID': line.id,
        'cbc:InvoicedQuantity': String(line.quantity),
        'cbc:InvoicedQuantity@unitCode': line.unitCode,
        'cbc:LineExtensionAmount': amount(totals.lines[i]!.netCents),
        'cbc:LineExtensionAmount@currencyID': eur,
        ...(line.allowancesCents?.length
          ? {
              'cac:AllowanceCharge': line.allowancesCents.map((a) => ({
                'cbc:ChargeIndicator': 'false',
                'cbc:AllowanceChargeReasonCode': '95',
                'cbc:AllowanceChargeReason': a.reason,
                'cbc:Amount': amount(a.amount),
                'cbc:Amount@currencyID': eur,
              })),
            }
          : {}),
        'cac:Item': {
          'cbc:Name': line.name,
          'cac:SellersItemIdentification': { 'cbc:ID': source.lines[i]!.serviceUnit },
          'cac:ClassifiedTaxCategory': { 'cbc:ID': line.vat.category, ...(line.vat.rate !== null ? { 'cbc:Percent': String(line.vat.rate) } : {}), 'cac:TaxScheme': { 'cbc:ID': 'VAT' } },
        },
        'cac:Price': { 'cbc:PriceAmount': price(line.unitPriceCents), 'cbc:PriceAmount@currencyID': eur },
      })),
    },
  };
  return { invoice: invoice as unknown as Invoice, totals };
}

const silent = { log: () => {}, warn: () => {}, error: () => {} };
/** One generator for the process: it compiles the EN 16931 schema's validator once, not per invoice. */
let generator: InvoiceService | null = null;

/**
 * UBL 2.1 XML by @e-invoice-eu/core, which validates the data against its EN 16931 schema first
 * (a missing mandatory element or a wrong code is an error, not a broken file). The statement PDF goes
 * in as an additional document reference.
 */
export async function einvoiceXml(source: InvoiceSource): Promise<{ xml: string; totals: InvoiceTotals }> {
  const { invoice, totals } = invoiceData(source);
  const pdf = source.statementPdf;
  const xml = await (generator ??= new (await loadInvoiceService())(silent)).generate(invoice, {
    format: 'UBL',
    lang: source.language,
    ...(pdf ? { embedPDF: true, pdf: { buffer: pdf.bytes, filename: pdf.fileName, mimetype: 'application/pdf', id: `${source.number}-statement`, description: reportText(source.language)('einvoiceXml.statement') } } : {}),
  });
  return { xml: typeof xml === 'string' ? xml : new TextDecoder().decode(xml), totals };
}
