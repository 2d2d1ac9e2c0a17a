import type { Core } from '../core';
import type { SessionHandle } from '../call-context';
import { seedDemoAttendance } from './seed-demo-attendance';
import { seedDemoBoardClientsIfNone } from './seed-demo-board-clients';

export const demoAdmin = { username: 'demo', password: 'demo-parole-2026', fullName: 'Demo Administrators' } as const;

/** A session handle for seeding: no transport, nobody logged in. */
const seedingSession: SessionHandle = { staff: null, begin() {}, end() {} };

/**
 * Turns an empty data directory into a Latvian demo centre. Everything goes through the dispatcher,
 * so the demo data obeys the same rules and audit trail as data typed in by staff.
 */
export async function seedDemo(core: Core): Promise<void> {
  const result = await core.dispatch(
    'setup.initialise',
    {
      centre: { name: 'Pļaviņu sociālās aprūpes centrs (demo)', country: 'LV', municipality: 'LV-aizkraukle', language: 'lv' },
      admin: demoAdmin,
    },
    { session: seedingSession, language: 'lv', origin: 'demo' },
  );
  if (!result.ok) throw new Error(`demo setup failed: ${result.error.code}`);
  // The client register's demo clients come first once merged; until then the board brings a few of its own.
  seedDemoBoardClientsIfNone(core);
  await seedDemoAttendance(core);
}
