import { createCore } from '../electron/core/core';
import { fixedSession } from '../electron/core/call-context';
import { insertClient } from '../electron/core/testing/board-fixtures';
import { insertItem } from '../electron/core/services/loans/loan-fixtures';
import { findStaffByUsername } from '../db/queries/staff';

/**
 * `tsx e2e/loans-seed.cli.ts DATA_DIR OWNER_JSON`: a centre with four clients (Latvian, Lithuanian and
 * Russian speakers), a wheelchair and a hydromassage bed in the register, and the bed made bookable.
 */
interface Owner {
  centreName: string;
  admin: { username: string; fullName: string; password: string };
}

const [dataDir, ownerJson] = process.argv.slice(2);
const { centreName, admin } = JSON.parse(ownerJson ?? '{}') as Owner;
const core = createCore({ dataDir, backupSchedule: false });
try {
  const setup = await core.dispatch(
    'setup.initialise',
    { centre: { name: centreName, country: 'LV', municipality: 'LV-aizkraukle', language: 'lv' }, admin },
    { session: fixedSession(null), language: 'lv', origin: 'e2e' },
  );
  if (!setup.ok) throw new Error(`seed set-up failed: ${setup.error.code}`);
  const db = core.db;
  insertClient(db, { firstName: 'Anna', lastName: 'Ozola', language: 'lv' });
  insertClient(db, { firstName: 'Kęstutis', lastName: 'Žemaitis', language: 'lt' });
  insertClient(db, { firstName: 'Ольга', lastName: 'Петрова', language: 'ru' });
  insertClient(db, { firstName: 'Jānis', lastName: 'Kalns', language: 'lv' });
  insertItem(db, { number: 'RK-001', category: 'wheelchair', name: 'Ratiņkrēsls Vermeiren' });
  const bed = insertItem(db, { number: 'HM-001', category: 'hydromassage-bed', name: 'Hidromasāžas gulta', status: 'in-use' });
  const staff = findStaffByUsername(db, admin.username)!;
  const resource = await core.dispatch(
    'resources.create',
    { name: 'Hidromasāžas gulta', itemId: bed, serviceUnit: 'hydromassage', opensAt: '09:00', closesAt: '15:00', weekdays: [1, 2, 3, 4, 5] },
    { session: fixedSession(staff), language: 'lv', origin: 'e2e' },
  );
  if (!resource.ok) throw new Error(`seed resource failed: ${resource.error.code}`);
} finally {
  core.close();
}
