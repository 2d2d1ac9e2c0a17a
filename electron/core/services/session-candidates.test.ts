import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../core';
import { loggedInCore, type callContext } from '../testing/test-core';
import { insertClient, insertDayClient } from '../testing/board-fixtures';

/** Issue 11: a session is not only for the day board's clients, and not only on working days. */
let core: Core;
let ctx: ReturnType<typeof callContext>;
// Monday 2026-03-09; the sessions below are on that Monday and on Sunday 2026-03-15.
const clock = new Date(2026, 2, 9, 9, 0);

beforeEach(async () => {
  ({ core, ctx } = await loggedInCore({ now: () => clock }));
});
afterEach(() => core.close());

async function ok<T>(method: string, input: unknown): Promise<T> {
  const result = await core.dispatch(method, input, ctx);
  if (!result.ok) throw new Error(`${method} failed: ${result.error.code}`);
  return result.data as T;
}

type Candidates = { clients: { clientId: number; lastName: string; expected: boolean }[] };

async function sessionOn(date: string): Promise<number> {
  const { activities } = await ok<{ activities: { id: number; code: string | null }[] }>('activities.list', {});
  const hydro = activities.find((a) => a.code === 'hydrotherapy')!;
  const { session } = await ok<{ session: { id: number } }>('sessions.create', { activityId: hydro.id, date, startTime: '10:00', endTime: '11:00' });
  return session.id;
}

describe('sessions.candidates', () => {
  it('offers every active client, the day’s expected ones first; not the absent, the discharged or those already in', async () => {
    const mondays = insertDayClient(core.db, { firstName: 'Anna', lastName: 'Ozola' }, [1]);
    const absentToday = insertDayClient(core.db, { firstName: 'Pēteris', lastName: 'Kalns' }, [1]);
    const hydroOnly = insertClient(core.db, { firstName: 'Olga', lastName: 'Ivanova' });
    const discharged = insertClient(core.db, { firstName: 'Jānis', lastName: 'Bērziņš', status: 'discharged' });
    const joined = insertClient(core.db, { firstName: 'Ilze', lastName: 'Liepa' });
    await ok('attendance.markAbsent', { clientId: absentToday, date: '2026-03-09', reason: 'sick' });
    const id = await sessionOn('2026-03-09');
    await ok('sessions.addParticipant', { sessionId: id, clientId: joined });

    const { clients } = await ok<Candidates>('sessions.candidates', { sessionId: id });
    expect(clients.map((c) => [c.clientId, c.expected])).toEqual([
      [mondays, true],
      [hydroOnly, false],
    ]);
    expect(clients.map((c) => c.clientId)).not.toContain(discharged);
  });

  it('offers clients for a session on a Sunday, when the day board expects nobody', async () => {
    const weekdays = insertDayClient(core.db, { firstName: 'Anna', lastName: 'Ozola' }, [1, 2, 3, 4, 5]);
    const id = await sessionOn('2026-03-15');
    const { clients } = await ok<Candidates>('sessions.candidates', { sessionId: id });
    expect(clients).toEqual([expect.objectContaining({ clientId: weekdays, expected: false })]);
    await ok('sessions.addParticipant', { sessionId: id, clientId: weekdays });
    expect((await ok<Candidates>('sessions.candidates', { sessionId: id })).clients).toEqual([]);
  });
});
