import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, databaseFileName, type Core } from '../core';
import type { UiLanguage } from '#shared/contract/common';
import { callContext, loggedInCore, validSetup } from '../testing/test-core';
import { clientInput, codes, ok } from '../testing/client-fixtures';

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

describe('clients.search across Latvian, Lithuanian and Cyrillic spelling', () => {
  let other: Core;
  let otherCtx: ReturnType<typeof callContext>;
  const find = async (query: string) =>
    (await ok(other, { ...otherCtx, language: 'lv' }, 'clients.search', { query })).clients.map((c) => `${c.firstName} ${c.lastName}`);

  beforeAll(async () => {
    ({ core: other, ctx: otherCtx } = await loggedInCore());
    await ok(other, otherCtx, 'clients.search', { query: 'a' });
    const names = [
      ['Евгений', 'Семёнов'], ['Jurijs', 'Hruščovs'], ['Tatjana', 'Bikova'], ['Oļegs', 'Jakovļevs'], ['Нина', 'Щукина'],
      ['Jurgis', 'Liubovas'], ['Jana', 'Ozola'], ['Jānis', 'Ozols'], ['Cilda', 'Ceplīte'],
    ];
    for (const [firstName, lastName] of names) await ok(other, otherCtx, 'clients.create', clientInput({ firstName, lastName, codeCountry: '', personalCode: '' }));
  });
  afterAll(() => other.close());

  it.each([
    ['Jevgēņijs', 'Евгений Семёнов'], ['jevgenijus semionovas', 'Евгений Семёнов'], ['Semjonovs', 'Евгений Семёнов'], ['semj', 'Евгений Семёнов'],
    ['юрий', 'Jurijs Hruščovs'], ['Хрущёв', 'Jurijs Hruščovs'], ['Chruščiovas', 'Jurijs Hruščovs'], ['chrusc', 'Jurijs Hruščovs'],
    ['Татьяна Быкова', 'Tatjana Bikova'], ['Bykova', 'Tatjana Bikova'], ['олег яковлев', 'Oļegs Jakovļevs'], ['Olegas Jakovlevas', 'Oļegs Jakovļevs'],
    ['Ņina Ščukina', 'Нина Щукина'], ['nina shchukina', 'Нина Щукина'], ['Юргис', 'Jurgis Liubovas'],
  ])('%s finds %s', async (query, expected) => {
    expect(await find(query)).toEqual([expected]);
  });

  it('lists what was typed first, then what a half-typed word may still become', async () => {
    // "Jana" is also the start of Janas (Lithuanian for Ян): Jānis comes, after Jana.
    expect(await find('Jana')).toEqual(['Jana Ozola', 'Jānis Ozols']);
    // A final c may be the start of Lithuanian ch (х): the c-names first, then Hruščovs.
    expect(await find('c')).toEqual(['Cilda Ceplīte', 'Jurijs Hruščovs']);
  });
});

describe('a centre whose search keys an older release wrote', () => {
  it('is found by every spelling once reopened: keys are recomputed on open and the index is built from them', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'caredesk-search-'));
    try {
      const first = await loggedInCore({ dataDir });
      await ok(first.core, first.ctx, 'clients.create', clientInput({ firstName: 'Евгений', lastName: 'Семёнов', codeCountry: '', personalCode: '' }));
      first.core.close();
      const raw = new Database(path.join(dataDir, databaseFileName));
      raw.prepare("UPDATE clients SET search_key = 'evgenii semenov'").run();
      raw.close();

      const reopened = createCore({ dataDir });
      const ctx = callContext(reopened, 'lv');
      await ok(reopened, ctx, 'auth.login', { username: validSetup.admin.username, password: validSetup.admin.password });
      const found = async (query: string) => (await ok(reopened, ctx, 'clients.search', { query })).clients.map((c) => c.lastName);
      expect(await found('Semjonovs')).toEqual(['Семёнов']);
      expect(await found('Jevgenijus')).toEqual(['Семёнов']);
      reopened.close();
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
