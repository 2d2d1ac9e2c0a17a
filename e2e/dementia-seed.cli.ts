import { createCore } from '../electron/core/core';
import { fixedSession } from '../electron/core/call-context';
import { insertClient, insertDecision } from '../electron/core/testing/board-fixtures';
import { clientRelatives } from '../db/schema/client-records';

/**
 * `tsx e2e/dementia-seed.cli.ts DATA_DIR OWNER_JSON`: a centre with three clients holding a dementia
 * day-centre decision (a Latvian, a Lithuanian and a Russian speaker), one with a wandering risk and a
 * diet, each with a relative who may collect them. The group itself is made on screen.
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
  const people = [
    { firstName: 'Anna', lastName: 'Ozola', language: 'lv', wanderingRisk: true, diet: 'Bez cukura', relative: 'Pēteris Ozols', phone: '+371 29123456' },
    { firstName: 'Kęstutis', lastName: 'Žemaitis', language: 'lt', wanderingRisk: false, diet: null, relative: 'Rūta Žemaitienė', phone: '+370 61234567' },
    { firstName: 'Ольга', lastName: 'Петрова', language: 'ru', wanderingRisk: false, diet: null, relative: 'Иван Петров', phone: '+371 26543210' },
  ] as const;
  for (const p of people) {
    const id = insertClient(db, { firstName: p.firstName, lastName: p.lastName, language: p.language, wanderingRisk: p.wanderingRisk, diet: p.diet });
    insertDecision(db, { clientId: id, service: 'dementia-day-centre', validFrom: '2026-01-01', plannedWeekdays: [1, 2, 3] });
    db.insert(clientRelatives).values({ clientId: id, name: p.relative, relation: 'child', phone: p.phone, canCollect: true, priority: 1 }).run();
  }
} finally {
  core.close();
}
