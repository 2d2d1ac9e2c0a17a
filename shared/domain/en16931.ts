/**
 * The EN 16931 calculation rules an invoice to a municipality needs, in whole cents:
 * line net = quantity × net price − line allowances + line charges (BR-CO-10 family), the sum of
 * line nets (BT-106), document allowances and charges (BT-107/108), the total without VAT (BT-109),
 * the VAT breakdown per category and rate (BG-23: taxable amount BT-116, tax BT-117 rounded per
 * category), the VAT total (BT-110), the total with VAT (BT-112) and the amount due (BT-115).
 * Social services are usually VAT-exempt ('E', with a reason) or not subject to VAT ('O').
 */
export type VatCategory = 'S' | 'E' | 'O' | 'Z' | 'AE';

export interface VatKey {
  category: VatCategory;
  /** Percent; 0 for E, Z, AE, and absent (null) for O. */
  rate: number | null;
  /** BT-120/121, required for E, AE and O. */
  exemptionReason?: string;
  exemptionReasonCode?: string;
}

export interface InvoiceLineInput {
  id: string;
  name: string;
  quantity: number;
  /** UN/ECE Rec 20 unit code: DAY, C62 (one), … */
  unitCode: string;
  /** The net price per unit, in cents. */
  unitPriceCents: number;
  vat: VatKey;
  allowancesCents?: { amount: number; reason: string }[];
}

export interface DocumentAllowanceInput {
  amountCents: number;
  reason: string;
  vat: VatKey;
  charge?: boolean;
}

export interface VatBreakdown extends VatKey {
  taxableCents: number;
  taxCents: number;
}

export interface InvoiceTotals {
  lines: { id: string; netCents: number }[];
  lineExtensionCents: number;
  allowanceTotalCents: number;
  chargeTotalCents: number;
  taxExclusiveCents: number;
  taxCents: number;
  taxInclusiveCents: number;
  prepaidCents: number;
  payableCents: number;
  breakdown: VatBreakdown[];
}

/** Half away from zero, as the Peppol rules round amounts to two decimals. */
export function roundHalfAway(value: number): number {
  return Math.sign(value) * Math.round(Math.abs(value) + 1e-9);
}

const keyOf = (vat: VatKey) => `${vat.category}:${vat.rate ?? ''}`;

export function lineNetCents(line: InvoiceLineInput): number {
  const gross = roundHalfAway(line.quantity * line.unitPriceCents);
  const allowances = (line.allowancesCents ?? []).reduce((sum, a) => sum + a.amount, 0);
  return gross - allowances;
}

export function invoiceTotals(lines: readonly InvoiceLineInput[], documentLevel: readonly DocumentAllowanceInput[] = [], prepaidCents = 0): InvoiceTotals {
  const nets = lines.map((line) => ({ id: line.id, netCents: lineNetCents(line), vat: line.vat }));
  const lineExtensionCents = nets.reduce((sum, l) => sum + l.netCents, 0);
  const allowanceTotalCents = documentLevel.filter((a) => !a.charge).reduce((sum, a) => sum + a.amountCents, 0);
  const chargeTotalCents = documentLevel.filter((a) => a.charge).reduce((sum, a) => sum + a.amountCents, 0);
  const taxExclusiveCents = lineExtensionCents - allowanceTotalCents + chargeTotalCents;
  const groups = new Map<string, VatBreakdown>();
  const add = (vat: VatKey, cents: number) => {
    const key = keyOf(vat);
    const group = groups.get(key) ?? { ...vat, taxableCents: 0, taxCents: 0 };
    group.taxableCents += cents;
    groups.set(key, group);
  };
  for (const line of nets) add(line.vat, line.netCents);
  for (const a of documentLevel) add(a.vat, a.charge ? a.amountCents : -a.amountCents);
  const breakdown = [...groups.values()].map((g) => ({ ...g, taxCents: g.category === 'S' ? roundHalfAway((g.taxableCents * (g.rate ?? 0)) / 100) : 0 }));
  const taxCents = breakdown.reduce((sum, g) => sum + g.taxCents, 0);
  const taxInclusiveCents = taxExclusiveCents + taxCents;
  return {
    lines: nets.map(({ id, netCents }) => ({ id, netCents })),
    lineExtensionCents,
    allowanceTotalCents,
    chargeTotalCents,
    taxExclusiveCents,
    taxCents,
    taxInclusiveCents,
    prepaidCents,
    payableCents: taxInclusiveCents - prepaidCents,
    breakdown,
  };
}

/** Cents as the invoice writes amounts: two decimals, a point. */
export function amount(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** A unit price with up to four decimals (prices can be fractions of a cent). */
export function price(cents: number): string {
  return (cents / 100).toFixed(2);
}
