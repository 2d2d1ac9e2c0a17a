import { DOMParser } from '@xmldom/xmldom';

const cbc = 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2';
const cac = 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2';

type El = { getElementsByTagNameNS(ns: string, name: string): ArrayLike<El>; textContent: string | null; getAttribute(name: string): string | null; parentNode: unknown };

/** The figures an invoice XML carries, read back as a receiving system would (tests, the pack's summary). */
export function readUbl(xml: string) {
  const doc = new DOMParser().parseFromString(xml, 'text/xml') as unknown as El;
  const all = (parent: El, ns: string, name: string) => Array.from(parent.getElementsByTagNameNS(ns, name));
  const one = (parent: El, ns: string, name: string) => all(parent, ns, name)[0];
  const text = (parent: El | undefined, name: string) => (parent ? one(parent, cbc, name)?.textContent ?? null : null);
  const root = doc;
  const totals = one(root, cac, 'LegalMonetaryTotal');
  const party = (name: string) => {
    const p = one(one(root, cac, name)!, cac, 'Party')!;
    const endpoint = one(p, cbc, 'EndpointID')!;
    return { endpointId: endpoint.textContent, endpointScheme: endpoint.getAttribute('schemeID') };
  };
  /** BT-30 / BT-47 (legal registration identifier and its ICD scheme) and the party's tax identifiers (BT-31/32, BT-48) as [id, scheme]. */
  const identifiers = (name: string) => {
    const p = one(one(root, cac, name)!, cac, 'Party')!;
    const legal = one(one(p, cac, 'PartyLegalEntity')!, cbc, 'CompanyID');
    const taxIds = all(p, cac, 'PartyTaxScheme').map((t) => [text(t, 'CompanyID'), text(one(t, cac, 'TaxScheme'), 'ID')]);
    return { legalId: legal?.textContent ?? null, legalScheme: legal?.getAttribute('schemeID') ?? null, taxIds };
  };
  const taxTotal = one(root, cac, 'TaxTotal')!;
  return {
    customizationId: text(root, 'CustomizationID'),
    profileId: text(root, 'ProfileID'),
    id: text(root, 'ID'),
    buyerReference: text(root, 'BuyerReference'),
    seller: party('AccountingSupplierParty'),
    buyer: party('AccountingCustomerParty'),
    totals: {
      lineExtension: text(totals, 'LineExtensionAmount'),
      taxExclusive: text(totals, 'TaxExclusiveAmount'),
      taxInclusive: text(totals, 'TaxInclusiveAmount'),
      payable: text(totals, 'PayableAmount'),
      tax: one(taxTotal, cbc, 'TaxAmount')?.textContent ?? null,
    },
    breakdown: all(taxTotal, cac, 'TaxSubtotal').map((s) => {
      const category = one(s, cac, 'TaxCategory')!;
      return {
        category: text(category, 'ID'),
        percent: text(category, 'Percent'),
        exemptionReasonCode: text(category, 'TaxExemptionReasonCode'),
        taxable: text(s, 'TaxableAmount'),
        tax: text(s, 'TaxAmount'),
      };
    }),
    lines: all(root, cac, 'InvoiceLine').map((l) => ({
      quantity: text(l, 'InvoicedQuantity'),
      unitCode: one(l, cbc, 'InvoicedQuantity')?.getAttribute('unitCode') ?? null,
      net: text(l, 'LineExtensionAmount'),
      price: text(one(l, cac, 'Price'), 'PriceAmount'),
    })),
    identifiers: { seller: identifiers('AccountingSupplierParty'), buyer: identifiers('AccountingCustomerParty') },
    /** The invoice's own words (in its language): line allowance reasons, exemption reasons per VAT category, attached documents' descriptions. */
    texts: {
      allowanceReasons: all(root, cbc, 'AllowanceChargeReason').map((r) => r.textContent),
      exemptionReasons: all(taxTotal, cac, 'TaxCategory').map((c) => ({ code: text(c, 'TaxExemptionReasonCode'), reason: text(c, 'TaxExemptionReason') })),
      documentDescriptions: all(root, cac, 'AdditionalDocumentReference').map((d) => text(d, 'DocumentDescription')),
    },
    attachments: all(root, cbc, 'EmbeddedDocumentBinaryObject').map((a) => ({ fileName: a.getAttribute('filename'), mimeCode: a.getAttribute('mimeCode'), bytes: (a.textContent ?? '').length })),
  };
}
