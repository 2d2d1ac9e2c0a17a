import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../core';
import type { UiLanguage } from '#shared/contract/common';
import { loggedInCore } from '../testing/test-core';
import { clientInput, codes, ok } from '../testing/client-fixtures';
import type { callContext } from '../testing/test-core';

let core: Core;
let ctx: ReturnType<typeof callContext>;
const people = [
  { firstName: 'Jānis', lastName: 'Bērziņš', codeCountry: 'LV', personalCode: codes.lvLegacy, phone: '+371 2912 3456' },
  { firstName: 'Иван', lastName: 'Иванов', codeCountry: 'LV', personalCode: codes.lvNew, language: 'ru' },
  { firstName: 'Pēteris', lastName: 'Ivanovs', codeCountry: 'LV', personalCode: codes.lvLegacy2 },
  { firstName: 'Jonas', lastName: 'Žukauskas', codeCountry: 'LT', personalCode: codes.ltDayUnknown, language: 'lt' },
  { firstName: 'Anna', lastName: 'Ābele', codeCountry: '', personalCode: '' },
  { firstName: 'Zane', lastName: 'Apsīte', codeCountry: '', personalCode: '' },
  { firstName: 'Ona', lastName: 'Čepaitė', codeCountry: 'LT', personalCode: codes.ltFull, language: 'lt' },
  { firstName: 'Kārlis', lastName: 'Cīrulis', codeCountry: '', personalCode: '' },
] as const;

beforeAll(async () => {
  ({ core, ctx } = await loggedInCore());
  // Search once before the writes, so the index is live and must follow every write.
  await ok(core, ctx, 'clients.search', { query: 'a' });
  for (const person of people) await ok(core, ctx, 'clients.create', clientInput(person));
});
afterAll(() => core.close());

const names = async (query: string, language: UiLanguage = 'lv') =>
  (await ok(core, { ...ctx, language }, 'clients.search', { query })).clients.map((c) => `${c.firstName} ${c.lastName}`);

describe('clients.search', () => {
  it.each([
    ['berzins', ['Jānis Bērziņš']],
    ['BĒRZ', ['Jānis Bērziņš']],
    ['ivanov', ['Pēteris Ivanovs', 'Иван Иванов']],
    ['Ivanovs', ['Pēteris Ivanovs', 'Иван Иванов']],
    ['иванов', ['Pēteris Ivanovs', 'Иван Иванов']],
    ['žukausk', ['Jonas Žukauskas']],
    ['zukauskas', ['Jonas Žukauskas']],
    ['jonas zuk', ['Jonas Žukauskas']],
    ['cepait', ['Ona Čepaitė']],
  ])('%s finds %j', async (query, expected) => {
    expect(await names(query)).toEqual(expected);
  });

  it('finds by code digits with or without the hyphen, by any four digits, and by phone', async () => {
    expect(await names('120485-12346')).toEqual(['Jānis Bērziņš']);
    expect(await names('12048512346')).toEqual(['Jānis Bērziņš']);
    expect(await names('8512')).toEqual(['Jānis Bērziņš']);
    expect(await names('0100')).toEqual(['Jonas Žukauskas']);
    expect(await names('2912 3456')).toEqual(['Jānis Bērziņš']);
    expect(await names('nobody')).toEqual([]);
    expect(await names('  ')).toEqual([]);
  });

  it('sorts results in the alphabet of the UI language', async () => {
    const lv = await names('a');
    expect(lv.indexOf('Zane Apsīte')).toBeLessThan(lv.indexOf('Anna Ābele'));
    // Latvian puts C before Č; Lithuanian too, but both after plain C words.
    expect(await names('c')).toEqual(['Kārlis Cīrulis', 'Ona Čepaitė']);
  });

  it('respects the limit', async () => {
    expect((await ok(core, ctx, 'clients.search', { query: 'a', limit: 2 })).clients).toHaveLength(2);
  });
});

describe('clients.list', () => {
  it('lists everyone sorted by the caller language, filtered by status', async () => {
    const all = (await ok(core, { ...ctx, language: 'lv' }, 'clients.list', {})).clients.map((c) => c.lastName);
    expect(all).toEqual(['Apsīte', 'Ābele', 'Bērziņš', 'Cīrulis', 'Čepaitė', 'Ivanovs', 'Žukauskas', 'Иванов']);
    expect((await ok(core, ctx, 'clients.list', { status: 'paused' })).clients).toEqual([]);
  });
});
