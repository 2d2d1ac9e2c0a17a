import type { CallContext } from '#core/call-context';
import type { Core } from '#core/core';
import type Database from 'better-sqlite3';
import { clientsFixture } from '../fixtures/clients';
import { defineScenario, type Scenario } from '../scenario';

interface State {
  core: Core;
  ctx: CallContext;
  byId: Database.Statement;
  ids: number[];
  turn: number;
}

async function setup(env: Parameters<Scenario['setup']>[0]): Promise<State> {
  const fixture = await clientsFixture(env);
  const byId = fixture.core.db.$client.prepare('SELECT id, first_name, last_name, personal_code FROM clients WHERE id = ?');
  return { core: fixture.core, ctx: fixture.directContext(fixture.admin), byId, ids: fixture.ids, turn: 0 };
}

/** The floor every read is compared with: one bare prepared primary-key lookup. */
function baseline(state: State) {
  const id = state.ids[(state.turn * 7919) % state.ids.length];
  if (!state.byId.get(id)) throw new Error(`client ${id} missing`);
}

/** `clients.search` through the dispatcher over 50,000 clients, cycling through one kind of query. */
function searchScenario(id: string, label: string, queries: string[], maxP95Ms?: number) {
  return defineScenario<State>({
    id,
    name: `clients.search, 50,000 clients: ${label}`,
    baselineName: 'bare prepared SELECT by id',
    ...(maxP95Ms === undefined ? {} : { maxP95Ms }),
    warmup: 100,
    iterations: 600,
    setup,
    baseline,
    async subject(state) {
      const query = queries[state.turn++ % queries.length] as string;
      const result = await state.core.dispatch('clients.search', { query, limit: 20 }, state.ctx);
      if (!result.ok) throw new Error(`clients.search failed: ${result.error.code}`);
    },
  });
}

export const searchPrefixes = searchScenario('client-search-prefix', '1–3 letter prefixes', ['b', 'be', 'ber', 'i', 'iv', 'zu', 'ž', 'ан', 'pe', 'k', 'šm', 'ona']);
// Issue 13: diacritic-free and cross-script search within 2 ms at p95 (it measured 5.3 ms, p50 0.39 ms).
export const searchFolded = searchScenario(
  'client-search-folded',
  'diacritic-free and cross-script names',
  ['berzins', 'zukauskas', 'ivanov', 'Ivanovs', 'kazlauskiene', 'jankauskaite', 'smirnova', 'kenins', 'liga zarina', 'petr'],
  2,
);
/** Latvian, Lithuanian and Cyrillic spellings of one name, whole and half-typed, each finding the others. */
export const searchCrossScript = searchScenario(
  'client-search-cross-script',
  'Latvian ↔ Lithuanian ↔ Cyrillic spellings',
  [
    'Jevgēņijs', 'jevgenijus', 'Евгений', 'Jurijs', 'юрий', 'Tatjana', 'татьяна', 'Oļegs', 'olegas', 'нина',
    'Semjonovs', 'Semionovas', 'семёнов', 'semj', 'Hruščovs', 'Chruščiovas', 'chr', 'shchukina', 'Bykova', 'jevgenij semionov', 'tatj hrus',
  ],
  2,
);
export const searchCodes = searchScenario('client-search-code', 'personal-code and phone fragments', ['1204', '120485-1', '85123', '0101', '010145', '2912', '3712']);

/** Opening a card: the client, codes, relatives, consents, decisions and latest assessments, plus its audit row. */
export const cardOpen = defineScenario<State>({
  id: 'client-card-open',
  name: "card open: core.dispatch('clients.get'), 50,000 clients (incl. audit write)",
  baselineName: 'bare prepared SELECT by id',
  warmup: 100,
  iterations: 600,
  setup,
  baseline,
  async subject(state) {
    const id = state.ids[(state.turn++ * 104729) % state.ids.length] as number;
    const result = await state.core.dispatch('clients.get', { id }, state.ctx);
    if (!result.ok) throw new Error(`clients.get failed: ${result.error.code}`);
  },
});
