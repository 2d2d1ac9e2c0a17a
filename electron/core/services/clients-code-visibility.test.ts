import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../core';
import { loggedInCore } from '../testing/test-core';
import { clientInput, codes, ok, staffContext } from '../testing/client-fixtures';

let core: Core | undefined;
afterEach(() => core?.close());

async function withTwoClients() {
  const logged = await loggedInCore();
  core = logged.core;
  const janis = await ok(core, logged.ctx, 'clients.create', clientInput());
  const jonas = await ok(core, logged.ctx, 'clients.create', clientInput({ firstName: 'Jonas', lastName: 'Žukauskas', codeCountry: 'LT', personalCode: codes.ltFull }));
  return { core, ctx: logged.ctx, janis: janis.client, jonas: jonas.client };
}

describe('personal codes in lists, search results and the card (issue 13, item 14)', () => {
  it('masks every code in the list and search results, for every role', async () => {
    const { core } = await withTwoClients();
    for (const role of ['manager', 'reception', 'carer'] as const) {
      const ctx = staffContext(core, role);
      const list = await ok(core, ctx, 'clients.list', {});
      expect(list.clients.map((c) => c.personalCode).sort()).toEqual(['120485-*****', '4470312****']);
      const found = await ok(core, ctx, 'clients.search', { query: '120485' });
      expect(found.clients.map((c) => c.personalCode)).toEqual(['120485-*****']);
    }
  });

  it('shows the full code on the card to those who write codes, masked (old codes too) to carers', async () => {
    const { core, ctx, janis } = await withTwoClients();
    await ok(core, ctx, 'clients.update', { ...clientInput({ personalCode: codes.lvNew }), id: janis.id });
    for (const role of ['manager', 'reception'] as const) {
      const card = await ok(core, staffContext(core, role), 'clients.get', { id: janis.id });
      expect(card.client.personalCode).toBe(codes.lvNew);
      expect(card.codes.map((c) => c.code)).toEqual(['12048512346', codes.lvNew]);
    }
    const carer = await ok(core, staffContext(core, 'carer'), 'clients.get', { id: janis.id });
    expect(carer.client.personalCode).toBe('324567-*****');
    expect(carer.codes.map((c) => c.code)).toEqual(['120485-*****', '324567-*****']);
  });
});

describe('clients.checkPersonalCode names another holder while typing', () => {
  it('names the holder of a current or earlier code, but not the card being edited', async () => {
    const { core, ctx, janis, jonas } = await withTwoClients();
    const taken = await ok(core, ctx, 'clients.checkPersonalCode', { country: 'LV', code: '12048512346' });
    expect(taken.holder).toEqual({ id: janis.id, name: 'Jānis Bērziņš' });
    expect((await ok(core, ctx, 'clients.checkPersonalCode', { country: 'LT', code: codes.ltFull })).holder).toEqual({ id: jonas.id, name: 'Jonas Žukauskas' });
    // Editing Jānis's own card: his code is his.
    expect((await ok(core, ctx, 'clients.checkPersonalCode', { country: 'LV', code: codes.lvLegacy, clientId: janis.id })).holder).toBeNull();
    // A free code, and a half-typed one, name nobody.
    expect((await ok(core, ctx, 'clients.checkPersonalCode', { country: 'LV', code: codes.lvLegacy2 })).holder).toBeNull();
    expect((await ok(core, ctx, 'clients.checkPersonalCode', { country: 'LV', code: '120485-1' })).holder).toBeNull();
    // An earlier code stays his for good.
    await ok(core, ctx, 'clients.update', { ...clientInput({ personalCode: codes.lvNew }), id: janis.id });
    expect((await ok(core, ctx, 'clients.checkPersonalCode', { country: 'LV', code: codes.lvLegacy })).holder?.id).toBe(janis.id);
  });
});
