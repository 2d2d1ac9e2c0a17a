import { createCore } from '../../core';
import { callContext } from '../../testing/test-core';

/**
 * One "window" of the booking race, as its own process (its own CPU core and database connection on the
 * shared file): logs in, says `ready`, waits for `go` on stdin, then books its list as fast as it can
 * and prints the outcomes as JSON. Run by bookings-race.test.ts with `node --import tsx`.
 */
interface RaceData {
  dataDir: string;
  login: { username: string; password: string };
  bookings: Record<string, unknown>[];
  now: string;
}

const data = JSON.parse(process.argv[2] ?? '{}') as RaceData;
const core = createCore({ dataDir: data.dataDir, now: () => new Date(data.now), backupSchedule: false, loginThrottle: { baseMs: 0 } });
const ctx = callContext(core);
const login = await core.dispatch('auth.login', data.login, ctx);
if (!login.ok) throw new Error(`login failed: ${login.error.code}`);
process.stdout.write('ready\n');
await new Promise<void>((resolve) => process.stdin.once('data', () => resolve()));
const outcomes: string[] = [];
for (const booking of data.bookings) {
  const result = await core.dispatch('bookings.book', booking, ctx);
  outcomes.push(result.ok ? 'ok' : result.error.code);
}
core.close();
process.stdout.write(`${JSON.stringify(outcomes)}\n`);
process.exit(0);
