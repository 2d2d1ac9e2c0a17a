import { describe, expect, it } from 'vitest';
import { amount, invoiceTotals, type InvoiceLineInput, type VatKey } from './en16931';

const exempt: VatKey = { category: 'E', rate: 0, exemptionReasonCode: 'VATEX-EU-132-1G', exemptionReason: 'Social care services' };
const standard: VatKey = { category: 'S', rate: 21 };
const reduced: VatKey = { category: 'S', rate: 12 };
const notSubject: VatKey = { category: 'O', rate: null, exemptionReasonCode: 'VATEX-EU-O', exemptionReason: 'Not subject to VAT' };
const line = (id: string, quantity: number, unitPriceCents: number, vat: VatKey, extra: Partial<InvoiceLineInput> = {}): InvoiceLineInput => ({ id, name: id, quantity, unitCode: 'DAY', unitPriceCents, vat, ...extra });

describe('EN 16931 totals (hand-written expected figures)', () => {
  it('sums exempt day-care lines: 21 days × 14.50 + 3 showers × 2.35 = 311.55, no VAT', () => {
    const totals = invoiceTotals([line('1', 21, 1450, exempt), line('2', 3, 235, exempt, { unitCode: 'C62' })]);
    expect(totals.lines).toEqual([{ id: '1', netCents: 30450 }, { id: '2', netCents: 705 }]);
    expect(totals).toMatchObject({ lineExtensionCents: 31155, taxExclusiveCents: 31155, taxCents: 0, taxInclusiveCents: 31155, payableCents: 31155 });
    expect(totals.breakdown).toEqual([{ ...exempt, taxableCents: 31155, taxCents: 0 }]);
  });

  it('rounds VAT once per category, not per line: 3 lines of 0.33 at 21 % give 0.21, not 3 × 0.07', () => {
    const totals = invoiceTotals([line('1', 1, 33, standard), line('2', 1, 33, standard), line('3', 1, 33, standard)]);
    expect(totals.breakdown).toEqual([{ ...standard, taxableCents: 99, taxCents: 21 }]);
    expect(totals.taxInclusiveCents).toBe(120);
  });

  it('keeps a breakdown per category and rate: E, S 21 %, S 12 %, O', () => {
    const totals = invoiceTotals([line('1', 20, 1500, exempt), line('2', 4, 825, standard), line('3', 10, 310, reduced), line('4', 2, 500, notSubject)]);
    expect(totals.breakdown.map((b) => [b.category, b.rate, b.taxableCents, b.taxCents])).toEqual([
      ['E', 0, 30000, 0],
      ['S', 21, 3300, 693],
      ['S', 12, 3100, 372],
      ['O', null, 1000, 0],
    ]);
    expect(totals).toMatchObject({ lineExtensionCents: 37400, taxCents: 1065, taxInclusiveCents: 38465, payableCents: 38465 });
  });

  it('subtracts a line allowance (the client’s share) from the line net', () => {
    const totals = invoiceTotals([line('1', 22, 1500, exempt, { allowancesCents: [{ amount: 6600, reason: 'Client co-payment' }] })]);
    expect(totals.lines[0]!.netCents).toBe(26400);
    expect(totals.payableCents).toBe(26400);
  });

  it('applies document allowances and charges to their own VAT category and to the totals', () => {
    const totals = invoiceTotals([line('1', 10, 1000, standard), line('2', 10, 1000, exempt)], [
      { amountCents: 1000, reason: 'Discount', vat: standard },
      { amountCents: 250, reason: 'Transport', vat: exempt, charge: true },
    ]);
    expect(totals).toMatchObject({ lineExtensionCents: 20000, allowanceTotalCents: 1000, chargeTotalCents: 250, taxExclusiveCents: 19250 });
    expect(totals.breakdown.map((b) => [b.category, b.taxableCents, b.taxCents])).toEqual([
      ['S', 9000, 1890],
      ['E', 10250, 0],
    ]);
    expect(totals.taxInclusiveCents).toBe(21140);
  });

  it('rounds a fractional quantity half away from zero: 2.5 h × 3.33 = 8.325 → 8.33', () => {
    expect(invoiceTotals([line('1', 2.5, 333, exempt, { unitCode: 'HUR' })]).lineExtensionCents).toBe(833);
  });

  it('rounds VAT half up: 0.50 × 21 % = 0.105 → 0.11', () => {
    expect(invoiceTotals([line('1', 1, 50, standard)]).taxCents).toBe(11);
  });

  it('subtracts the prepaid amount from the amount due', () => {
    expect(invoiceTotals([line('1', 10, 1000, exempt)], [], 2500).payableCents).toBe(7500);
  });

  it('writes amounts with two decimals and a point', () => {
    expect([amount(0), amount(5), amount(31155), amount(-1250)]).toEqual(['0.00', '0.05', '311.55', '-12.50']);
  });
});
