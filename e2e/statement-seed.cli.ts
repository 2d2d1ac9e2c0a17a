import { createCore } from '../electron/core/core';
import { fixedSession } from '../electron/core/call-context';
import { addClient, addDay, addDecision, addPrice } from '../electron/core/testing/billing-fixtures';
import { monthClosures } from '../db/schema/index';
import { monthDates, isoWeekday } from '../shared/domain/month';

/**
 * `tsx e2e/statement-seed.cli.ts DATA_DIR OWNER_JSON`: a centre in Aizkraukle with November 2026 of
 * two paying municipalities and two deliberate problems for the municipal statement: no price for the
 * dementia group's day, and the day-care month not closed (the dementia month is).
 */
interface Owner {
  centreName: string;
  admin: { username: string; fullName: string; password: string };
  language: 'lv' | 'lt' | 'ru';
}

async function seed(dataDir: string, { centreName, admin, language }: Owner): Promise<void> {
  const core = createCore({ dataDir });
  try {
    const setup = await core.dispatch(
      'setup.initialise',
      { centre: { name: centreName, country: 'LV', municipality: 'LV-aizkraukle', language: 'lv' }, admin },
      { session: fixedSession(null), language: 'lv', origin: 'e2e' },
    );
    if (!setup.ok) throw new Error(`seed set-up failed: ${setup.error.code}`);
    const db = core.db;
    db.$client.prepare('UPDATE staff SET language = ?').run(language);
    addPrice(db, { unit: 'care-day-8h', cents: 1450, from: '2026-01-01' });
    addPrice(db, { unit: 'care-day-8h', cents: 1740, category: 'other-municipality', from: '2026-01-01' });
    addPrice(db, { unit: 'meal-lunch', cents: 320, from: '2026-01-01' });
    const working = monthDates('2026-11').filter((d) => isoWeekday(d) <= 5 && d !== '2026-11-18');
    const ilze = addClient(db, 'Ilze', 'Ozola', '01017012345');
    addDecision(db, ilze, { from: '2026-01-01', number: 'SD-2026/11', copayPercent: 10 });
    working.slice(0, 10).forEach((date) => addDay(db, ilze, date, { status: 'present', meals: ['lunch'] }));
    addDay(db, ilze, working[10]!, { status: 'absent', reason: 'unexcused' });
    addDay(db, ilze, working[11]!, { status: 'absent', reason: 'sick' });
    const janis = addClient(db, 'Jānis', 'Kalns');
    addDecision(db, janis, { from: '2026-01-01', service: 'dementia-day-centre', number: 'SD-2026/12', weekdays: [1, 2, 3, 4, 5] });
    working.slice(0, 8).forEach((date) => addDay(db, janis, date, { status: 'present' }));
    const peteris = addClient(db, 'Pēteris', 'Egle');
    addDecision(db, peteris, { from: '2026-01-01', payer: 'LV-riga', number: 'R-7/2026' });
    working.slice(0, 5).forEach((date) => addDay(db, peteris, date, { status: 'present' }));
    db.insert(monthClosures).values({ month: '2026-11', service: 'dementia-day-centre', closed: true, closedAt: '2026-12-01T09:00:00Z' }).run();
  } finally {
    core.close();
  }
}

const [dataDir, owner] = process.argv.slice(2);
if (!dataDir || !owner) throw new Error('usage: statement-seed.cli.ts DATA_DIR OWNER_JSON');
await seed(dataDir, JSON.parse(owner) as Owner);
console.log('seeded');
