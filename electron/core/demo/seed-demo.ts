import type { Core } from '../core';
import { getCentre } from '#db/queries/centre';
import { fixedSession, type SessionHandle } from '../call-context';
import { seedDemoClients } from './seed-demo-clients';
import { seedSheetDemo } from './seed-sheet-demo';
import { seedDemoStaff } from './seed-staff';
import { seedDemoAttendance } from './seed-demo-attendance';
import { seedDemoBilling } from './seed-demo-billing';
import { seedDemoEinvoice } from './seed-demo-einvoice';
import { seedDemoLoans } from './seed-demo-loans';
import { seedDemoEquipment } from './seed-demo-equipment';
import { seedDemoEquipmentMaintenance } from './seed-demo-equipment-maintenance';
import { seedDemoDementia } from './seed-demo-dementia';
import { seedDemoCarers, seedDemoIncidents } from './seed-demo-dementia-safety';

export const demoAdmin = { username: 'demo', password: 'demo-parole-2026', fullName: 'Demo Administrators' } as const;

/** A session handle for seeding: no transport, nobody logged in. */
const seedingSession: SessionHandle = fixedSession(null);

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
  await seedDemoClients(core, demoAdmin.username);
  await seedDemoStaff(core, demoAdmin);
  // Two months of attendance and sessions for the clients above; the sheet demo only fills in when there are none.
  await seedDemoCarers(core);
  await seedDemoAttendance(core);
  await seedDemoIncidents(core);
  await seedDemoDementia(core);
  seedSheetDemo(core);
  await seedDemoEquipment(core, demoAdmin.username);
  await seedDemoEquipmentMaintenance(core, demoAdmin.username);
  await seedDemoBilling(core, demoAdmin.username);
  await seedDemoEinvoice(core, demoAdmin.username);
  await seedDemoLoans(core, demoAdmin.username);
}

/** `--demo --data-dir DIR` again: a folder that already holds a centre is reused as it is, never seeded twice. */
export async function seedDemoIfEmpty(core: Core): Promise<'seeded' | 'reused'> {
  if (getCentre(core.db)) return 'reused';
  await seedDemo(core);
  return 'seeded';
}
