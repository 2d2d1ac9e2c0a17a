import { createCore } from '../electron/core/core';
import { fixedSession } from '../electron/core/call-context';
import { hashSecret } from '../electron/core/security/password';
import { insertStaff } from '../db/queries/staff';
import { insertAttendance, insertClient, insertDecision, seedMonth } from '../electron/core/testing/sheet-fixtures';
import { monthDates, isoWeekday } from '../shared/domain/month';
import { manager, namedClients, sheetMonth, type SeededSheet } from './sheet-seed-data';

/** `tsx e2e/sheet-seed.cli.ts DATA_DIR OWNER_JSON [EXTRA_CLIENTS]`: seeds the centre and prints what it wrote as JSON. */

interface Owner {
  centreName: string;
  admin: { username: string; fullName: string; password: string };
}

async function seedSheetCentre(dataDir: string, { centreName, admin }: Owner, extraClients = 14): Promise<SeededSheet> {
  const core = createCore({ dataDir });
  try {
    const noSession = fixedSession(null);
    const setup = await core.dispatch(
      'setup.initialise',
      {
        centre: { name: centreName, country: 'LV', municipality: 'LV-aizkraukle', language: 'lv' },
        admin: { username: admin.username, fullName: admin.fullName, password: admin.password },
      },
      { session: noSession, language: 'lv', origin: 'e2e' },
    );
    if (!setup.ok) throw new Error(`seed set-up failed: ${setup.error.code}`);
    const db = core.db;
    insertStaff(db, { ...manager, role: 'manager', language: 'lv', passwordHash: await hashSecret('vaditaja-parole-2026'), createdAt: '2026-01-01T00:00:00Z' });

    const working = monthDates(sheetMonth).filter((d) => isoWeekday(d) <= 5 && d !== '2026-11-18');
    const ids = namedClients.map((c) => insertClient(db, { ...c, codeCountry: 'codeCountry' in c ? c.codeCountry : c.personalCode ? 'LV' : null }));
    ids.forEach((id) => insertDecision(db, id, 'day-care', '2026-01-01'));
    const [berzins, abolina, cakste, smits, zemaitelis, ivanov] = ids as [number, number, number, number, number, number];
    for (const date of working) {
      insertAttendance(db, berzins, date, { status: 'present', meals: ['breakfast', 'lunch'] });
      insertAttendance(db, abolina, date, date <= '2026-11-06' ? { status: 'absent', reason: 'sick' } : { status: 'present' });
      insertAttendance(db, cakste, date, date === '2026-11-10' ? { status: 'absent', reason: 'notified' } : { status: 'present' });
      insertAttendance(db, smits, date, date === '2026-11-12' ? { status: 'absent', reason: 'unexcused' } : { status: 'present' });
      insertAttendance(db, zemaitelis, date, date >= '2026-11-23' ? { status: 'absent', reason: 'hospital' } : { status: 'present' });
      insertAttendance(db, ivanov, date, date === '2026-11-27' ? { status: 'absent', reason: 'holiday' } : { status: 'present', meals: ['lunch', 'snack'] });
    }
    // Someone of another service stays off the day-care sheet.
    insertDecision(db, insertClient(db, { firstName: 'Olga', lastName: 'Citāda' }), 'dementia-day-centre', '2026-01-01');
    if (extraClients > 0) seedMonth(db, sheetMonth, 'day-care', extraClients, 11);

    const count = (sql: string) => (db.$client.prepare(sql).get() as { n: number }).n;
    const names = db.$client.prepare("SELECT last_name || ' ' || first_name AS name FROM clients WHERE first_name <> 'Olga'").pluck().all() as string[];
    return {
      berzinsPresent: working.length,
      totalPresent: count("SELECT count(*) AS n FROM attendance WHERE status = 'present'"),
      clientNames: names,
    };
  } finally {
    core.close();
  }
}

const [dataDir, owner, extra] = process.argv.slice(2);
if (!dataDir || !owner) throw new Error('usage: tsx e2e/sheet-seed.cli.ts DATA_DIR OWNER_JSON [EXTRA_CLIENTS]');
console.log(JSON.stringify(await seedSheetCentre(dataDir, JSON.parse(owner) as Owner, extra === undefined ? undefined : Number(extra))));
