import { createCore } from '../electron/core/core';
import { fixedSession } from '../electron/core/call-context';
import { seedObservationHistory } from '../electron/core/testing/dementia-history';

/**
 * `tsx e2e/dementia-chart-seed.cli.ts DATA_DIR OWNER_JSON TODAY`: a centre whose one dementia-group
 * participant has about five years of observations (1,200 group days before TODAY), seeded through the
 * services before the host starts. Prints the client's id.
 */
interface Owner {
  centreName: string;
  admin: { username: string; fullName: string; password: string };
}

const [dataDir, ownerJson, today] = process.argv.slice(2);
const { centreName, admin } = JSON.parse(ownerJson ?? '{}') as Owner;
const clock = new Date(`${today}T10:00:00`);
const core = createCore({ dataDir, backupSchedule: false, now: () => clock });
try {
  const setup = await core.dispatch(
    'setup.initialise',
    { centre: { name: centreName, country: 'LV', municipality: 'LV-aizkraukle', language: 'lv' }, admin },
    { session: fixedSession(null), language: 'lv', origin: 'e2e' },
  );
  if (!setup.ok) throw new Error(`seed set-up failed: ${setup.error.code}`);
  process.stdout.write(String(await seedObservationHistory(core)));
} finally {
  core.close();
}
