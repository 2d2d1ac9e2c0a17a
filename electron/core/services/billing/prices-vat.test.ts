import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../core';
import type { CallResult, MethodInput, MethodName, MethodOutput } from '#shared/contract/index';
import { loggedInCore } from '../../testing/test-core';
import { addClient, addDay, addDecision, addPrice } from '../../testing/billing-fixtures';
import { saveBuyer, saveSeller } from '#db/queries/einvoice-parties';

let core: Core | undefined;
type Ctx = Awaited<ReturnType<typeof loggedInCore>>['ctx'];
/** `core.dispatch` with the answer typed from the contract. */
const call = <M extends MethodName>(c: Core, method: M, input: MethodInput<M>, ctx: Ctx) => c.dispatch(method, input, ctx) as Promise<CallResult<MethodOutput<M>>>;
afterEach(() => core?.close());

const price = (over: Partial<MethodInput<'prices.save'>> = {}): MethodInput<'prices.save'> => ({
  serviceUnit: 'laundry',
  payerCategory: 'own-municipality',
  validFrom: '2026-01-01',
  validTo: null,
  priceCents: 333,
  vatRateBp: 0,
  vatCategory: 'S',
  ...over,
});
const prices = (c: Core) => c.db.$client.prepare('SELECT service_unit AS unit, vat_category AS category, vat_rate_bp AS rate FROM prices ORDER BY id').all();
const audits = (c: Core) => (c.db.$client.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;

describe('the price list refuses a standard rate of 0 % where it is entered (EN 16931 BR-S-05)', () => {
  it.each([
    ['lv', 'Standarta likmei PVN likmei jābūt lielākai par 0 %. Norādiet likmi vai izvēlieties citu PVN kategoriju.'],
    ['lt', 'Taikant standartinį tarifą, PVM tarifas turi būti didesnis nei 0 %. Nurodykite tarifą arba pasirinkite kitą PVM kategoriją.'],
    ['ru', 'При стандартной ставке ставка НДС должна быть больше 0 %. Укажите ставку или выберите другую категорию НДС.'],
  ] as const)('in %s: a field error on the VAT rate, nothing written', async (language, message) => {
    const made = await loggedInCore({ now: () => new Date('2026-04-08T10:00:00') });
    core = made.core;
    const ctx = { ...made.ctx, language };
    const before = audits(core);
    const result = await core.dispatch('prices.save', price(), ctx);
    expect(result).toMatchObject({ ok: false, error: { kind: 'validation' } });
    if (result.ok) return;
    expect(result.error.issues).toEqual([{ path: ['vatRateBp'], code: 'field.vatRateZero', params: {}, message }]);
    expect(prices(core)).toEqual([]);
    expect(audits(core)).toBe(before);
  });

  it('accepts 21 % standard-rated, and 0 % with the exempt, zero-rated and not-subject categories; a change to S 0 % is refused too', async () => {
    const made = await loggedInCore({ now: () => new Date('2026-04-08T10:00:00') });
    core = made.core;
    const { ctx } = made;
    const saved = await call(core, 'prices.save', price({ vatRateBp: 2100 }), ctx);
    expect(saved).toMatchObject({ ok: true });
    for (const [serviceUnit, vatCategory] of [['care-day-8h', 'E'], ['shower', 'Z'], ['meal-lunch', 'O']] as const) {
      expect(await core.dispatch('prices.save', price({ serviceUnit, vatCategory }), ctx)).toMatchObject({ ok: true });
    }
    const id = saved.ok ? saved.data.price.id : 0;
    const changed = await core.dispatch('prices.save', price({ id, vatRateBp: 0 }), ctx);
    expect(changed).toMatchObject({ ok: false, error: { kind: 'validation', issues: [{ path: ['vatRateBp'], code: 'field.vatRateZero' }] } });
    expect(prices(core)).toEqual([
      { unit: 'laundry', category: 'S', rate: 2100 },
      { unit: 'care-day-8h', category: 'E', rate: 0 },
      { unit: 'shower', category: 'Z', rate: 0 },
      { unit: 'meal-lunch', category: 'O', rate: 0 },
    ]);
  });

  it('a price stored before the check (S at 0 %) is still refused when the month’s e-invoice is made', async () => {
    const made = await loggedInCore({ now: () => new Date('2026-04-03T10:00:00.000Z') });
    core = made.core;
    const db = core.db;
    addPrice(db, { unit: 'care-day-8h', cents: 1000, vatCategory: 'S', vatBp: 0 });
    const ozola = addClient(db, 'Ilze', 'Ozola');
    addDecision(db, ozola, { from: '2026-01-01' });
    addDay(db, ozola, '2026-03-02', { status: 'present', arrivedAt: '08:30', leftAt: '15:30' });
    const place = { street: 'Skolas iela 3', city: 'Aizkraukle', postalCode: 'LV-5101', country: 'LV' as const, updatedAt: '2026-01-01T00:00:00Z' };
    saveSeller(db, { legalName: 'Biedrība Saulrīts', registrationNumber: '40008012345', vatNumber: null, endpointScheme: '0218', iban: 'LV80BANK0000435195001', paymentDays: 30, ...place });
    saveBuyer(db, { payer: 'LV-aizkraukle', legalName: 'Aizkraukles novada pašvaldība', institutionCode: 'AIZK-SD', registrationNumber: '90000022399', vatNumber: null, endpointScheme: '0218', ...place });
    const result = await core.dispatch('exports.einvoice', { month: '2026-03', payer: 'LV-aizkraukle' }, { ...made.ctx, language: 'lv' });
    expect(result).toMatchObject({ ok: false, error: { kind: 'conflict', code: 'municipalReports.vatRateMissing' } });
  });
});
