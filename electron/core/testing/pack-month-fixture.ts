import type { Executor } from '#db/client';
import { saveBuyer, saveSeller } from '#db/queries/einvoice-parties';
import { addClient, addDay, addDecision, addPrice } from './billing-fixtures';

/** The invoice parties' address in the pack tests. */
export const packPlace = { street: 'Skolas iela 3', city: 'Aizkraukle', postalCode: 'LV-5101', country: 'LV' as const, updatedAt: '2026-01-01T00:00:00Z' };

/**
 * March 2026 by hand: Ozola (Aizkraukle) 3 days × 10.00 + 3 lunches × 2.50 = 37.50, 10 % co-payment on days and meals = 3.75;
 * Liepa (Jaunjelgava, another municipality) 2 days × 12.00 = 24.00. Aizkraukle has invoice details, Jaunjelgava not.
 */
export function seedPackMarch(db: Executor): void {
  addPrice(db, { unit: 'care-day-8h', cents: 1000 });
  addPrice(db, { unit: 'meal-lunch', cents: 250 });
  addPrice(db, { unit: 'care-day-8h', cents: 1200, category: 'other-municipality' });
  const ozola = addClient(db, 'Ilze', 'Ozola');
  addDecision(db, ozola, { from: '2026-01-01', copayPercent: 10 });
  for (const d of ['02', '03', '04']) addDay(db, ozola, `2026-03-${d}`, { status: 'present', meals: ['lunch'], arrivedAt: '08:30', leftAt: '15:30' });
  const liepa = addClient(db, 'Anna', 'Liepa');
  addDecision(db, liepa, { from: '2026-01-01', payer: 'LV-jaunjelgava' });
  for (const d of ['05', '06']) addDay(db, liepa, `2026-03-${d}`, { status: 'present', meals: [], arrivedAt: '08:30', leftAt: '15:30' });
  saveSeller(db, { legalName: 'Biedrība Saulrīts', registrationNumber: '40008012345', vatNumber: null, endpointScheme: '0218', iban: 'LV80BANK0000435195001', paymentDays: 30, ...packPlace });
  saveBuyer(db, { payer: 'LV-aizkraukle', legalName: 'Aizkraukles novada pašvaldība', institutionCode: 'AIZK-SD', registrationNumber: '90000022399', vatNumber: 'LV90000022399', endpointScheme: '9939', ...packPlace });
}
