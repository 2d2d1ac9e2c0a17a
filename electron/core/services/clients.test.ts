import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../core';
import { loggedInCore } from '../testing/test-core';
import { clientInput, codes, countRows, ok, staffContext } from '../testing/client-fixtures';

let core: Core | undefined;
afterEach(() => core?.close());

async function setUp() {
  const logged = await loggedInCore();
  core = logged.core;
  return logged;
}

describe('clients.checkPersonalCode', () => {
  it('answers the documented shape with messages in the caller language', async () => {
    const { core, ctx } = await setUp();
    const good = await ok(core, ctx, 'clients.checkPersonalCode', { country: 'LV', code: codes.lvLegacy });
    expect(good).toEqual({ holder: null, kind: 'lv-legacy', normalised: '12048512346', birthDate: '1985-04-12', sex: null, errors: [], warnings: [] });

    const bad = await ok(core, { ...ctx, language: 'lv' }, 'clients.checkPersonalCode', { country: 'LV', code: codes.lvBadChecksum });
    expect(bad.errors).toEqual([{ code: 'checksum', overridable: true, message: expect.stringMatching(/Kontrolcipars nesakrīt/) as string }]);

    const newFormat = await ok(core, { ...ctx, language: 'ru' }, 'clients.checkPersonalCode', { country: 'LV', code: '32456789010' });
    expect(newFormat).toMatchObject({ kind: 'lv-new', errors: [], warnings: [{ code: 'checksum', overridable: false }] });
    expect(newFormat.warnings[0]?.message).toMatch(/[а-я]/);

    const lt = await ok(core, ctx, 'clients.checkPersonalCode', { country: 'LT', code: codes.ltDayUnknown });
    expect(lt).toMatchObject({ kind: 'lt', birthDate: null, sex: 'male', errors: [] });
  });
});

describe('clients.create', () => {
  it('registers LV legacy, LV new-format and LT 00-day codes, reading what each code holds', async () => {
    const { core, ctx } = await setUp();
    const legacy = await ok(core, ctx, 'clients.create', clientInput({ birthDate: '1999-01-01' }));
    // The code holds the birth date, so it wins over what was typed.
    expect(legacy.client).toMatchObject({ personalCode: '12048512346', codeCountry: 'LV', birthDate: '1985-04-12', status: 'active' });

    const fresh = await ok(core, ctx, 'clients.create', clientInput({ personalCode: codes.lvNew, birthDate: '1950-02-03', sex: 'female', firstName: 'Līga' }));
    expect(fresh.client).toMatchObject({ personalCode: codes.lvNew, birthDate: '1950-02-03', sex: 'female' });

    const lt = await ok(core, ctx, 'clients.create', clientInput({ codeCountry: 'LT', personalCode: codes.ltDayUnknown, firstName: 'Jonas', lastName: 'Žukauskas', language: 'lt' }));
    expect(lt.client).toMatchObject({ codeCountry: 'LT', birthDate: null, sex: 'male' });

    const card = await ok(core, ctx, 'clients.get', { id: legacy.client.id });
    expect(card.codes).toEqual([{ code: '12048512346', country: 'LV', validFrom: expect.any(String) as string, validTo: null, overrideReason: null }]);
  });

  it('asks for a reason on a wrong check digit, then saves and keeps the reason in the audit trail', async () => {
    const { core, ctx } = await setUp();
    const refused = await core.dispatch('clients.create', clientInput({ personalCode: codes.lvBadChecksum }), { ...ctx, language: 'lv' });
    expect(refused).toMatchObject({ ok: false, error: { kind: 'validation', issues: [{ path: ['codeOverrideReason'], code: 'field.codeOverrideReasonRequired' }] } });
    expect(countRows(core, 'clients')).toBe(0);

    const saved = await ok(core, ctx, 'clients.create', clientInput({ personalCode: codes.lvBadChecksum, codeOverrideReason: 'Pase pārbaudīta, kods sakrīt' }));
    expect(saved.client.personalCode).toBe('12048512347');
    const audit = core.db.$client.prepare("SELECT changes FROM audit_log WHERE method = 'clients.create'").get() as { changes: string };
    expect(audit.changes).toContain('Pase pārbaudīta, kods sakrīt');
  });

  it('refuses malformed codes and future birth dates with field errors, writing nothing', async () => {
    const { core, ctx } = await setUp();
    const malformed = await core.dispatch('clients.create', clientInput({ personalCode: '310285-12345' }), ctx);
    expect(malformed).toMatchObject({ ok: false, error: { issues: [{ path: ['personalCode'], code: 'personalCode.date' }] } });
    const future = await core.dispatch('clients.create', clientInput({ personalCode: '', birthDate: '2099-01-01' }), ctx);
    expect(future).toMatchObject({ ok: false, error: { issues: [{ path: ['birthDate'], code: 'field.birthDateFuture' }] } });
    const impossible = await core.dispatch('clients.create', clientInput({ personalCode: '', birthDate: '1950-02-30' }), ctx);
    expect(impossible).toMatchObject({ ok: false, error: { issues: [{ path: ['birthDate'], code: 'field.dateInvalid' }] } });
    expect(countRows(core, 'clients') + countRows(core, 'client_codes')).toBe(0);
  });

  it('refuses a duplicate code, naming who holds it', async () => {
    const { core, ctx } = await setUp();
    await ok(core, ctx, 'clients.create', clientInput());
    const again = await core.dispatch('clients.create', clientInput({ firstName: 'Pēteris', personalCode: '12048512346' }), { ...ctx, language: 'lv' });
    expect(again).toMatchObject({ ok: false, error: { kind: 'conflict', code: 'clients.duplicateCode', params: { name: 'Jānis Bērziņš' } } });
    expect(again.ok ? '' : again.error.message).toBe('Šis personas kods jau pieder klientam Jānis Bērziņš.');
    expect(countRows(core, 'clients')).toBe(1);
  });

  it('lets reception register, but not a carer', async () => {
    const { core } = await setUp();
    expect(await core.dispatch('clients.create', clientInput(), staffContext(core, 'reception'))).toMatchObject({ ok: true });
    expect(await core.dispatch('clients.create', clientInput({ personalCode: '' }), staffContext(core, 'carer'))).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    expect(await core.dispatch('clients.search', { query: 'berz' }, staffContext(core, 'carer'))).toMatchObject({ ok: true });
  });
});

describe('clients.update', () => {
  it('switches to a new-format code keeping the old one in the history and the search', async () => {
    const { core, ctx } = await setUp();
    const { client } = await ok(core, ctx, 'clients.create', clientInput());
    await ok(core, ctx, 'clients.update', { ...clientInput({ personalCode: codes.lvNew }), id: client.id });
    const card = await ok(core, ctx, 'clients.get', { id: client.id });
    expect(card.client.personalCode).toBe(codes.lvNew);
    // The new code holds no birth date, so the one read from the old code stays only if typed again.
    expect(card.codes.map((c) => [c.code, c.validTo === null])).toEqual([
      ['12048512346', false],
      [codes.lvNew, true],
    ]);
    expect((await ok(core, ctx, 'clients.search', { query: '120485' })).clients.map((c) => c.id)).toEqual([client.id]);
    // The old code is still theirs: nobody else may take it.
    const other = await core.dispatch('clients.create', clientInput({ firstName: 'Anna', personalCode: codes.lvLegacy }), ctx);
    expect(other).toMatchObject({ ok: false, error: { kind: 'conflict', params: { name: 'Jānis Bērziņš' } } });
  });

  it('changes the status with its date and reason', async () => {
    const { core, ctx } = await setUp();
    const { client } = await ok(core, ctx, 'clients.create', clientInput());
    const { client: paused } = await ok(core, ctx, 'clients.update', { ...clientInput(), id: client.id, status: 'paused', statusSince: '2025-03-01', statusReason: 'Slimnīcā' });
    expect(paused).toMatchObject({ status: 'paused', statusSince: '2025-03-01', statusReason: 'Slimnīcā' });
    const missing = await core.dispatch('clients.update', { ...clientInput(), id: 9999 }, ctx);
    expect(missing).toMatchObject({ ok: false, error: { kind: 'not-found', code: 'clients.notFound' } });
  });
});

describe('clients.get', () => {
  it('records every opening of a card in the audit trail', async () => {
    const { core, ctx } = await setUp();
    const { client } = await ok(core, ctx, 'clients.create', clientInput());
    await ok(core, ctx, 'clients.get', { id: client.id });
    await ok(core, ctx, 'clients.get', { id: client.id });
    const opened = core.db.$client.prepare("SELECT entity, entity_id, changes FROM audit_log WHERE method = 'clients.get'").all();
    expect(opened).toEqual([
      { entity: 'client', entity_id: String(client.id), changes: null },
      { entity: 'client', entity_id: String(client.id), changes: null },
    ]);
  });
});
