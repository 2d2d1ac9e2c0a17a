import { afterEach, describe, expect, it } from 'vitest';
import { ageGroupOn, confirmsName, isPastRetention, retentionCutoff } from '#shared/domain/retention';
import type { Core } from '../core';
import { loggedInCore, validSetup } from '../testing/test-core';
import { clientInput, ok } from '../testing/client-fixtures';
import { discharge } from '../testing/privacy-fixtures';

let core: Core | undefined;
afterEach(() => core?.close());

describe('the retention rules', () => {
  it('counts whole years back from today, 29 February falling back to the 28th', () => {
    expect(retentionCutoff('2031-03-02', 5)).toBe('2026-03-02');
    expect(retentionCutoff('2028-02-29', 1)).toBe('2027-02-28');
    expect(isPastRetention('2026-03-02', '2031-03-02', 5)).toBe(true);
    expect(isPastRetention('2026-03-03', '2031-03-02', 5)).toBe(false);
  });

  it('keeps an age group instead of the birth date', () => {
    expect(ageGroupOn('1942-07-05', '2024-12-31')).toBe('75-84');
    expect(ageGroupOn('1949-12-31', '2024-12-31')).toBe('75-84');
    expect(ageGroupOn('1950-01-01', '2024-12-31')).toBe('65-74');
    expect(ageGroupOn('1949-01-01', '2014-12-31')).toBe('65-74');
    expect(ageGroupOn('1950-01-01', '2014-12-31')).toBe('18-64');
    expect(ageGroupOn(null, '2024-12-31')).toBe('unknown');
  });

  it('accepts the name in either order, without case or diacritics, and nothing else', () => {
    const client = { firstName: 'Jānis', lastName: 'Bērziņš' };
    expect(confirmsName('Bērziņš Jānis', client)).toBe(true);
    expect(confirmsName('  janis   BERZINS ', client)).toBe(true);
    expect(confirmsName('Jānis', client)).toBe(false);
    expect(confirmsName('', client)).toBe(false);
  });
});

describe('retention.update and retention.clients', () => {
  it('stores the years (audited), and lists the ended clients past them in the caller’s alphabet', async () => {
    let clock = new Date('2020-03-02T09:00:00');
    const logged = await loggedInCore({ now: () => clock });
    core = logged.core;
    const { ctx } = logged;
    expect(await ok(core, ctx, 'retention.get', {})).toEqual({ retentionYears: 5 });
    const ids: Record<string, number> = {};
    for (const [firstName, lastName] of [['Ērika', 'Čakste'], ['Ilze', 'Ozola'], ['Anna', 'Zariņa'], ['Pēteris', 'Aktīvais']] as const) {
      ids[lastName] = (await ok(core, ctx, 'clients.create', clientInput({ firstName, lastName, personalCode: undefined, codeCountry: undefined }))).client.id;
    }
    await discharge(core, ctx, ids.Čakste!, '2020-03-01');
    await discharge(core, ctx, ids.Ozola!, '2020-03-02');
    await discharge(core, ctx, ids.Zariņa!, '2020-03-02');

    clock = new Date('2023-03-02T09:00:00');
    await ok(core, ctx, 'auth.login', { username: validSetup.admin.username, password: validSetup.admin.password });
    expect((await ok(core, ctx, 'retention.clients', {})).clients).toEqual([]);
    expect(await core.dispatch('retention.update', { retentionYears: 0 }, ctx)).toMatchObject({ ok: false, error: { kind: 'validation' } });
    expect(await ok(core, ctx, 'retention.update', { retentionYears: 3 })).toEqual({ retentionYears: 3 });
    const row = core.db.$client.prepare("SELECT entity, changes FROM audit_log WHERE method = 'retention.update'").get();
    expect(row).toEqual({ entity: 'centre', changes: JSON.stringify({ before: { retentionYears: 5 }, after: { retentionYears: 3 } }) });

    const listed = await ok(core, ctx, 'retention.clients', {});
    expect(listed.cutoff).toBe('2020-03-02');
    // Latvian order: Č after C, before Z; the active client is still served.
    expect(listed.clients.map((c) => `${c.lastName} ${c.lastService}`)).toEqual(['Čakste 2020-03-01', 'Ozola 2020-03-02', 'Zariņa 2020-03-02']);
  });
});
