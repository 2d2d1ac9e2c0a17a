import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../core';
import { loggedInCore, validSetup } from '../testing/test-core';
import { insertClient } from '../testing/board-fixtures';
import { insertItem } from '../services/loans/loan-fixtures';
import { seedDemoLoans } from './seed-demo-loans';

let core: Core;
// Wednesday 11 March 2026.
const clock = new Date(2026, 2, 11, 9, 0);
beforeEach(async () => {
  ({ core } = await loggedInCore({ now: () => clock }));
});
afterEach(() => core.close());

describe('the demo centre’s loans and bookings', () => {
  it('has loans with one overdue, a waiting list and two months of bookings, some done', async () => {
    for (let i = 0; i < 8; i++) insertClient(core.db, { firstName: `Klients${i}`, lastName: 'Demo' });
    insertItem(core.db, { number: 'RK-1', category: 'wheelchair' });
    insertItem(core.db, { number: 'RK-2', category: 'wheelchair' });
    insertItem(core.db, { number: 'ST-1', category: 'walker' });
    insertItem(core.db, { number: 'HM-1', category: 'hydromassage-bed', status: 'in-use' });
    await seedDemoLoans(core, validSetup.admin.username);
    const sql = core.db.$client;
    expect(sql.prepare("SELECT count(*) FROM equipment_loan WHERE returned_on IS NULL AND expected_return_on < '2026-03-11'").pluck().get()).toBe(1);
    expect(sql.prepare('SELECT count(*) FROM equipment_cleaning').pluck().get()).toBe(1);
    expect(sql.prepare("SELECT count(*) FROM equipment_waitlist WHERE status = 'waiting'").pluck().get()).toBe(2);
    const months = sql.prepare("SELECT DISTINCT substr(date, 1, 7) FROM booking WHERE status = 'done' ORDER BY 1").pluck().all();
    expect(months).toEqual(['2026-02', '2026-03']);
    expect(sql.prepare("SELECT count(*) FROM equipment_usage WHERE booking_id IS NOT NULL").pluck().get()).toBeGreaterThan(20);
    expect(sql.prepare("SELECT count(*) FROM booking WHERE status = 'booked' AND date > '2026-03-11'").pluck().get()).toBeGreaterThan(0);
  });
});
