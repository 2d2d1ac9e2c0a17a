import type { VatCategory } from '#shared/domain/en16931';
import type { EndpointScheme, PartyCountry } from '#shared/domain/einvoice-parties';

/**
 * What an e-invoice is made from: the month's statement for one payer, as lines per service unit and
 * price. Shaped after the billing statement (electron/core/services/billing/statement-lines.ts) but
 * independent of it, so the invoice can be tested from hand-written figures.
 */
export interface InvoiceSourceLine {
  serviceUnit: string;
  /** The unit's name in the invoice language. */
  name: string;
  measure: 'day' | 'session' | 'item' | 'meal';
  units: number;
  unitPriceCents: number;
  /** units × unit price, as the statement shows it. */
  amountCents: number;
  /** The clients' co-payment on these units (with VAT where VAT applies): not billed to the municipality. */
  clientShareCents: number;
  vatCategory: VatCategory;
  /** Basis points: 2100 = 21 %. */
  vatRateBp: number;
}

export interface InvoiceParty {
  legalName: string;
  registrationNumber: string;
  vatNumber: string | null;
  endpointScheme: EndpointScheme;
  street: string;
  city: string;
  postalCode: string;
  country: PartyCountry;
}

export interface InvoiceSource {
  number: string;
  issueDate: string;
  dueDate: string;
  month: { first: string; last: string };
  language: 'lv' | 'lt' | 'ru' | 'en';
  seller: InvoiceParty & { iban: string };
  buyer: InvoiceParty & { institutionCode: string };
  lines: InvoiceSourceLine[];
  note?: string;
  /** The statement PDF, attached as an additional document when there is one. */
  statementPdf?: { fileName: string; bytes: Uint8Array } | null;
}
