import { createCore } from '../electron/core/core';
import { fixedSession } from '../electron/core/call-context';
import { hashSecret } from '../electron/core/security/password';
import { insertStaff } from '../db/queries/staff';
import { insertClient, insertDecision } from '../electron/core/testing/board-fixtures';
import { insertAttendance } from '../electron/core/testing/sheet-fixtures';
import { clientRelatives } from '../db/schema/client-records';
import { dementiaGroup, dementiaGroupMember } from '../db/schema/dementia';
import { desk, groupName, novemberVisits, safetyPeople } from './dementia-safety-data';

/**
 * `tsx e2e/dementia-safety-seed.cli.ts DATA_DIR OWNER_JSON LANGUAGE CLOSES_AT DELAY`: a centre whose dementia
 * group of three closes at CLOSES_AT (the spec picks a time already past, as the host's clock runs at
 * real time of day), each participant with a main carer who may collect them, November's visits for
 * the respite statement, and a reception and a manager account speaking LANGUAGE. The group meets every
 * day of the week (the spec's Monday included) and has no weekly template yet: the manager makes it on screen.
 */
interface Owner {
  centreName: string;
  admin: { username: string; fullName: string; password: string };
}

const [dataDir, ownerJson, language = 'lv', closesAt = '16:00', delay = '30'] = process.argv.slice(2);
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
  const lang = language as 'lv' | 'lt' | 'ru';
  for (const who of [desk.reception, desk.manager]) {
    insertStaff(db, { username: who.username, fullName: who.fullName, role: who.role, language: lang, passwordHash: await hashSecret(who.password), createdAt: '2026-01-01T00:00:00Z' });
  }
  const at = '2026-01-01T00:00:00Z';
  const group = db.insert(dementiaGroup).values({ name: groupName, capacity: 10, weekdays: [1, 2, 3, 4, 5, 6, 7], opensAt: '00:00', closesAt, collectAlarmDelayMinutes: Number(delay), createdAt: at, updatedAt: at }).returning().get();
  for (const person of safetyPeople) {
    const id = insertClient(db, { firstName: person.firstName, lastName: person.lastName, language: person.language });
    insertDecision(db, { clientId: id, service: 'dementia-day-centre', validFrom: '2026-10-01', plannedWeekdays: [1, 2, 3, 4, 5, 6, 7] });
    db.insert(dementiaGroupMember).values({ groupId: group.id, clientId: id }).run();
    db.insert(clientRelatives).values({
      clientId: id, name: person.carer, relation: 'child', phone: person.phone, language: person.carerLanguage,
      canCollect: true, emergencyContact: true, priority: 1, idHint: person.idHint, mainCarer: true,
    }).run();
    for (const [date, arrivedAt, leftAt] of novemberVisits) insertAttendance(db, id, date, { status: 'present', arrivedAt, leftAt });
  }
} finally {
  core.close();
}
