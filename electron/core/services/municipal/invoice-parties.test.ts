import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../core';
import type { CallResult, MethodInput, MethodName, MethodOutput } from '#shared/contract/index';
import { loggedInCore } from '../../testing/test-core';

let core: Core | undefined;
type Ctx = Awaited<ReturnType<typeof loggedInCore>>['ctx'];
/** `core.dispatch` with the answer typed from the contract. */
const call = <M extends MethodName>(c: Core, method: M, input: MethodInput<M>, ctx: Ctx) => c.dispatch(method, input, ctx) as Promise<CallResult<MethodOutput<M>>>;
afterEach(() => core?.close());

const ltPlace = { street: 'Gedimino pr. 9', city: 'Vilnius', postalCode: 'LT-01103', country: 'LT' as const };
const ltSeller: MethodInput<'exports.setSeller'> = { legalName: 'VšĮ „Saulėtekio dienos centras“', registrationNumber: '304123456', vatNumber: null, endpointScheme: '0200', iban: 'LT12 1000 0111 0100 1000', paymentDays: 30, ...ltPlace };
const ltBuyer: MethodInput<'exports.setBuyer'> = { payer: 'LT-vilnius', legalName: 'Vilniaus miesto savivaldybės administracija', institutionCode: 'VMSA-SP', registrationNumber: '188710061', vatNumber: 'LT100006688411', endpointScheme: '9937', ...ltPlace };
const lvPlace = { street: 'Skolas iela 3', city: 'Aizkraukle', postalCode: 'LV-5101', country: 'LV' as const };
const lvBuyer: MethodInput<'exports.setBuyer'> = { payer: 'LV-aizkraukle', legalName: 'Aizkraukles novada pašvaldība', institutionCode: 'AIZK-SD', registrationNumber: '90000022399', vatNumber: 'LV90000022399', endpointScheme: '9939', ...lvPlace };

async function setUp() {
  const made = await loggedInCore({ now: () => new Date('2026-04-03T10:00:00.000Z') });
  core = made.core;
  return made;
}
const audits = (c: Core) => (c.db.$client.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;

describe('e-invoice parties: Latvian (0218 / 9939) and Lithuanian (0200 / 9937) identifiers', () => {
  it('keeps a Lithuanian seller by its legal entity code (0200) and a Lithuanian municipality by its VAT number (9937)', async () => {
    const { core: c, ctx } = await setUp();
    expect(await c.dispatch('exports.setSeller', ltSeller, ctx)).toMatchObject({ ok: true });
    expect(await c.dispatch('exports.setBuyer', ltBuyer, ctx)).toMatchObject({ ok: true });
    expect(await c.dispatch('exports.setBuyer', { ...ltBuyer, payer: 'LT-kaunas', vatNumber: 'LT188764867', endpointScheme: '0200' }, ctx)).toMatchObject({ ok: true });
    expect(await c.dispatch('exports.setBuyer', lvBuyer, ctx)).toMatchObject({ ok: true });
    const read = await call(c, 'exports.invoiceParties', {}, ctx);
    expect(read.ok && read.data.seller).toEqual(ltSeller);
    expect(read.ok && read.data.buyers.map((b) => [b.payer, b.registrationNumber, b.vatNumber, b.endpointScheme, b.country]).sort()).toEqual([
      ['LT-kaunas', '188710061', 'LT188764867', '0200', 'LT'],
      ['LT-vilnius', '188710061', 'LT100006688411', '9937', 'LT'],
      ['LV-aizkraukle', '90000022399', 'LV90000022399', '9939', 'LV'],
    ]);
  });

  it.each([
    ['an LT legal entity code of 11 digits', { registrationNumber: '30412345678' }, 'registrationNumber', 'field.registrationNumberLt', 'Juridinio asmens kodą turi sudaryti 9 skaitmenys.'],
    ['an LV registration number of 9 digits', { country: 'LV', endpointScheme: '0218', registrationNumber: '400080123' }, 'registrationNumber', 'field.registrationNumber', 'Registracijos numerį turi sudaryti 11 skaitmenų.'],
    ['an LT VAT number of 11 digits', { vatNumber: 'LT30412345678' }, 'vatNumber', 'field.vatNumberLt', 'Lietuvos PVM mokėtojo kodas: LT ir 9 arba 12 skaitmenų, pvz., LT123456789.'],
    ['a Latvian VAT number for a Lithuanian party', { vatNumber: 'LV40008012345' }, 'vatNumber', 'field.vatNumberLt', 'Lietuvos PVM mokėtojo kodas: LT ir 9 arba 12 skaitmenų, pvz., LT123456789.'],
    ['an LV VAT number of 9 digits', { country: 'LV', endpointScheme: '0218', registrationNumber: '40008012345', vatNumber: 'LV400080123' }, 'vatNumber', 'field.vatNumberLv', 'Latvijos PVM mokėtojo kodas: LV ir 11 skaitmenų, pvz., LV40008012345.'],
    ['a Latvian scheme for a Lithuanian party', { endpointScheme: '0218' }, 'endpointScheme', 'field.endpointSchemeCountry', 'Ši adresavimo schema neatitinka pasirinktos valstybės.'],
    ['a Lithuanian scheme for a Latvian party', { country: 'LV', registrationNumber: '40008012345', endpointScheme: '9937', vatNumber: 'LV40008012345' }, 'endpointScheme', 'field.endpointSchemeCountry', 'Ši adresavimo schema neatitinka pasirinktos valstybės.'],
    ['addressing by VAT number (9937) without one', { endpointScheme: '9937' }, 'vatNumber', 'field.endpointSchemeNeedsVat', 'Adresuojant pagal PVM mokėtojo kodą, nurodykite PVM mokėtojo kodą.'],
  ] as const)('refuses %s with a translated field error, writing nothing', async (_what, change, field, code, message) => {
    const { core: c, ctx } = await setUp();
    const before = audits(c);
    const result = await c.dispatch('exports.setSeller', { ...ltSeller, ...change }, { ...ctx, language: 'lt' });
    expect(result).toMatchObject({ ok: false, error: { kind: 'validation' } });
    if (result.ok) return;
    expect(result.error.issues).toEqual([{ path: [field], code, params: {}, message }]);
    const read = await call(c, 'exports.invoiceParties', {}, ctx);
    expect(read.ok && read.data.seller).toBeNull();
    expect(audits(c)).toBe(before);
  });

  it('checks the buyer the same way, in the caller’s language', async () => {
    const { core: c, ctx } = await setUp();
    const lv = await c.dispatch('exports.setBuyer', { ...ltBuyer, registrationNumber: '1887100612' }, { ...ctx, language: 'lv' });
    expect(lv.ok ? null : lv.error.issues).toEqual([{ path: ['registrationNumber'], code: 'field.registrationNumberLt', params: {}, message: 'Lietuvas juridiskās personas kodā jābūt 9 cipariem.' }]);
    const ru = await c.dispatch('exports.setBuyer', { ...lvBuyer, vatNumber: null }, { ...ctx, language: 'ru' });
    expect(ru.ok ? null : ru.error.issues).toEqual([{ path: ['vatNumber'], code: 'field.endpointSchemeNeedsVat', params: {}, message: 'Для адресации по номеру НДС укажите номер НДС.' }]);
  });
});
