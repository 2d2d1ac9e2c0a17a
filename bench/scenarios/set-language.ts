import type { CallContext } from '#core/call-context';
import type { Core } from '#core/core';
import type { UiLanguage } from '#shared/contract/common';
import { centreFixture, type BenchSession } from '../fixtures/centre';
import { assertSamePragmas, rawSqliteFixture, type RawSqlite } from '../fixtures/raw-sqlite';
import { defineScenario } from '../scenario';

interface State {
  core: Core;
  ctx: CallContext & { session: BenchSession };
  raw: RawSqlite;
  turn: number;
}

const languages: UiLanguage[] = ['en', 'lv'];

/**
 * A whole write as a service performs it: `auth.setLanguage` through the dispatcher updates one
 * staff row and appends its audit row in one transaction, committed to disk (WAL, synchronous=FULL).
 * The baseline commits one bare prepared INSERT with the same pragmas: the cost of the fsync alone.
 */
export default defineScenario<State>({
  id: 'write-dispatch',
  name: "write with audit record: core.dispatch('auth.setLanguage')",
  baselineName: 'bare prepared single-row INSERT (autocommit)',
  budget: 4,
  iterations: 500,
  async setup(env) {
    const fixture = await centreFixture(env);
    const raw = await rawSqliteFixture(env);
    assertSamePragmas(fixture.core.db.$client, raw.db);
    return { core: fixture.core, ctx: fixture.directContext(fixture.admin), raw, turn: 0 };
  },
  baseline({ raw }) {
    raw.insert();
  },
  async subject(state) {
    const language = languages[state.turn++ % languages.length] as UiLanguage;
    const result = await state.core.dispatch('auth.setLanguage', { language }, state.ctx);
    if (!result.ok) throw new Error(`auth.setLanguage failed: ${result.error.code}`);
    // The HTTP and IPC handles re-read the staff row on every call; keep ours as current, so each
    // audit record holds a real before → after change.
    const { session } = state.ctx;
    if (session.staff) session.staff = { ...session.staff, language };
  },
});
