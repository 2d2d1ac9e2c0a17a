/**
 * Billing rules as small hand-computed cases: every expected number below was worked out by hand from
 * the price list and the records of the case, not by the code under test.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenedDatabase } from '#db/open-database';
import { sourceMigrationsFolder } from '#db/paths';
import { insertCentre } from '#db/queries/centre';
import { addBilledSession, addBookings, addClient, addDay, addDecision, addExemption, addPrice, overrideAbsence } from '../../testing/billing-fixtures';
import { buildStatement, type Statement } from './statement-lines';

let opened: OpenedDatabase | undefined;
afterEach(() => opened?.close());

/** A centre in Aizkraukle on a fresh database with the real migrations (no core needed: the builder only reads). */
function setUp() {
  opened = openDatabase({ file: ':memory:', migrationsFolder: sourceMigrationsFolder() });
  insertCentre(opened.db, { name: 'Centrs', country: 'LV', municipality: 'LV-aizkraukle', language: 'lv', createdAt: '2026-01-01T00:00:00Z' });
  return opened.db;
}
const present = (meals: ('lunch' | 'breakfast')[] = [], arrivedAt = '08:30', leftAt = '15:30') => ({ status: 'present' as const, meals, arrivedAt, leftAt });
const absent = (reason: 'sick' | 'notified' | 'unexcused' | 'centre-closed' | 'hospital' | 'holiday') => ({ status: 'absent' as const, reason });
const brief = (s: Statement) => s.lines.map((l) => [l.serviceUnit, l.units, l.unitPriceCents, l.amountCents, l.clientShareCents, l.municipalityShareCents]);

describe('billing: the monthly statement by hand-computed cases', () => {
  it('1. three present days with lunch: days and meals billed apart, no co-payment', () => {
    const db = setUp();
    addPrice(db, { unit: 'care-day-8h', cents: 1000 });
    addPrice(db, { unit: 'meal-lunch', cents: 250 });
    const c = addClient(db, 'Ilze', 'Ozola');
    addDecision(db, c, { from: '2026-01-01' });
    for (const d of ['02', '03', '04']) addDay(db, c, `2026-03-${d}`, present(['lunch']));
    const s = buildStatement(db, { month: '2026-03', payer: 'LV-aizkraukle' });
    expect(brief(s)).toEqual([
      ['care-day-8h', 3, 1000, 3000, 0, 3000],
      ['meal-lunch', 3, 250, 750, 0, 750],
    ]);
    expect(s.totals).toEqual({ units: 6, amountCents: 3750, vatCents: 0, grossCents: 3750, clientShareCents: 0, municipalityShareCents: 3750 });
  });

  it('2. a month with a holiday: closed and sick days are not billed, unexcused is, a notified holiday is free for the own municipality', () => {
    const db = setUp();
    addPrice(db, { unit: 'care-day-8h', cents: 1000 });
    const c = addClient(db, 'Jānis', 'Kalns');
    addDecision(db, c, { from: '2026-01-01' });
    addDay(db, c, '2026-11-17', present());
    addDay(db, c, '2026-11-18', absent('centre-closed')); // Proclamation Day
    addDay(db, c, '2026-11-19', present());
    addDay(db, c, '2026-11-20', absent('holiday'));
    addDay(db, c, '2026-11-23', absent('sick'));
    addDay(db, c, '2026-11-24', absent('unexcused'));
    const s = buildStatement(db, { month: '2026-11', payer: 'LV-aizkraukle' });
    expect(brief(s)).toEqual([
      ['care-day-8h', 3, 1000, 3000, 0, 3000],
      ['care-day-8h', 1, 0, 0, 0, 0],
    ]);
    expect(s.lines[1]?.free).toBe(true);
    expect(s.totals).toMatchObject({ units: 4, amountCents: 3000, municipalityShareCents: 3000 });
  });

  it('3. a mid-month decision change: each decision its own line and its own co-payment', () => {
    const db = setUp();
    addPrice(db, { unit: 'care-day-8h', cents: 1000 });
    const c = addClient(db, 'Anna', 'Liepa');
    addDecision(db, c, { from: '2026-01-01', to: '2026-03-15', number: 'A-1', copayPercent: 10 });
    addDecision(db, c, { from: '2026-03-16', number: 'B-2', copayPercent: 20 });
    for (const d of ['10', '11', '16', '17', '18']) addDay(db, c, `2026-03-${d}`, present());
    const s = buildStatement(db, { month: '2026-03', payer: 'LV-aizkraukle' });
    expect(s.lines.map((l) => [l.decisionNumber, l.units, l.amountCents, l.clientShareCents, l.municipalityShareCents])).toEqual([
      ['A-1', 2, 2000, 200, 1800],
      ['B-2', 3, 3000, 600, 2400],
    ]);
    expect(s.totals).toMatchObject({ units: 5, amountCents: 5000, clientShareCents: 800, municipalityShareCents: 4200 });
  });

  it('4. an exemption that starts on the 10th zeroes the client share from that day only', () => {
    const db = setUp();
    addPrice(db, { unit: 'care-day-8h', cents: 1000 });
    const c = addClient(db, 'Pēteris', 'Egle');
    addDecision(db, c, { from: '2026-01-01', copayPercent: 50 });
    addExemption(db, c, '2026-03-10', '2026-06-30', 'low-income');
    for (const d of ['09', '10', '11']) addDay(db, c, `2026-03-${d}`, present());
    const s = buildStatement(db, { month: '2026-03', payer: 'LV-aizkraukle' });
    expect(s.lines.map((l) => [l.exempt, l.units, l.amountCents, l.clientShareCents, l.municipalityShareCents])).toEqual([
      [false, 1, 1000, 500, 500],
      [true, 2, 2000, 0, 2000],
    ]);
    expect(s.totals).toMatchObject({ amountCents: 3000, clientShareCents: 500, municipalityShareCents: 2500 });
  });

  it('5. a price change on the 1st: February keeps the old price, March takes the new one', () => {
    const db = setUp();
    addPrice(db, { unit: 'care-day-8h', cents: 1000, from: '2025-01-01', to: '2026-02-28' });
    addPrice(db, { unit: 'care-day-8h', cents: 1200, from: '2026-03-01' });
    const c = addClient(db, 'Rūta', 'Bērziņa');
    addDecision(db, c, { from: '2026-01-01' });
    for (const d of ['2026-02-26', '2026-02-27', '2026-03-02', '2026-03-03']) addDay(db, c, d, present());
    const feb = buildStatement(db, { month: '2026-02', payer: 'LV-aizkraukle' });
    const mar = buildStatement(db, { month: '2026-03', payer: 'LV-aizkraukle' });
    expect(brief(feb)).toEqual([['care-day-8h', 2, 1000, 2000, 0, 2000]]);
    expect(brief(mar)).toEqual([['care-day-8h', 2, 1200, 2400, 0, 2400]]);
  });

  it('6. a client moving between payers: each municipality gets its own days at its own category price', () => {
    const db = setUp();
    addPrice(db, { unit: 'care-day-8h', cents: 1000, category: 'own-municipality' });
    addPrice(db, { unit: 'care-day-8h', cents: 1500, category: 'other-municipality' });
    const c = addClient(db, 'Oļegs', 'Ivanovs');
    addDecision(db, c, { from: '2026-01-01', to: '2026-03-15', payer: 'LV-aizkraukle' });
    addDecision(db, c, { from: '2026-03-16', payer: 'LV-riga' });
    for (const d of ['12', '13', '16', '17', '18']) addDay(db, c, `2026-03-${d}`, present());
    expect(brief(buildStatement(db, { month: '2026-03', payer: 'LV-aizkraukle' }))).toEqual([['care-day-8h', 2, 1000, 2000, 0, 2000]]);
    expect(brief(buildStatement(db, { month: '2026-03', payer: 'LV-riga' }))).toEqual([['care-day-8h', 3, 1500, 4500, 0, 4500]]);
  });

  it('7. a private payer with VAT pays the whole gross amount', () => {
    const db = setUp();
    addPrice(db, { unit: 'care-day-8h', cents: 2000, category: 'private', vatBp: 2100 });
    const c = addClient(db, 'Inga', 'Sala');
    addDecision(db, c, { from: '2026-01-01', privatePayer: true, copayPercent: 10 });
    for (const d of ['02', '03', '04']) addDay(db, c, `2026-03-${d}`, present());
    const s = buildStatement(db, { month: '2026-03', payer: 'private' });
    expect(s.lines.map((l) => [l.units, l.amountCents, l.vatRateBp, l.vatCategory, l.vatCents, l.grossCents, l.clientShareCents, l.municipalityShareCents])).toEqual([
      [3, 6000, 2100, 'S', 1260, 7260, 7260, 0],
    ]);
    expect(buildStatement(db, { month: '2026-03', payer: 'LV-aizkraukle' }).lines).toEqual([]);
  });

  it('8. a short day, a day with meals included and a plain day each take their own unit', () => {
    const db = setUp();
    addPrice(db, { unit: 'care-day-4h', cents: 600 });
    addPrice(db, { unit: 'care-day-8h', cents: 1000 });
    addPrice(db, { unit: 'care-day-8h-meals', cents: 1300 });
    addPrice(db, { unit: 'meal-lunch', cents: 250 });
    const c = addClient(db, 'Vija', 'Rudzīte');
    addDecision(db, c, { from: '2026-01-01' });
    addDay(db, c, '2026-03-02', present(['lunch'], '09:00', '12:30'));
    addDay(db, c, '2026-03-03', present(['lunch']));
    addDay(db, c, '2026-03-04', present([]));
    const s = buildStatement(db, { month: '2026-03', payer: 'LV-aizkraukle' });
    expect(s.lines.map((l) => [l.serviceUnit, l.units, l.amountCents])).toEqual([
      ['care-day-4h', 1, 600],
      ['meal-lunch', 1, 250],
      ['care-day-8h-meals', 1, 1300],
      ['care-day-8h', 1, 1000],
    ]);
    expect(s.totals).toMatchObject({ units: 4, amountCents: 3150 });
    expect(s.totalsByUnit.map((t) => [t.serviceUnit, t.units, t.amountCents])).toEqual([
      ['care-day-4h', 1, 600],
      ['care-day-8h', 1, 1000],
      ['care-day-8h-meals', 1, 1300],
      ['meal-lunch', 1, 250],
    ]);
  });

  it("9. a fixed co-payment per day, waived while the decision's own needy status lasts, never on meals", () => {
    const db = setUp();
    addPrice(db, { unit: 'care-day-8h', cents: 1000 });
    addPrice(db, { unit: 'meal-lunch', cents: 250 });
    const c = addClient(db, 'Aija', 'Zariņa');
    addDecision(db, c, { from: '2026-03-01', copayAmountCents: 300, exemption: 'needy', exemptionUntil: '2026-03-05' });
    for (const d of ['04', '05', '06', '09']) addDay(db, c, `2026-03-${d}`, present(['lunch']));
    const s = buildStatement(db, { month: '2026-03', payer: 'LV-aizkraukle' });
    expect(s.lines.map((l) => [l.serviceUnit, l.exempt, l.units, l.amountCents, l.clientShareCents])).toEqual([
      ['care-day-8h', true, 2, 2000, 0],
      ['meal-lunch', true, 2, 500, 0],
      ['care-day-8h', false, 2, 2000, 600],
      ['meal-lunch', false, 2, 500, 0],
    ]);
    expect(s.totals).toMatchObject({ units: 8, amountCents: 5000, clientShareCents: 600, municipalityShareCents: 4400 });
  });

  it('10. billed sessions: present participants count, absent ones do not', () => {
    const db = setUp();
    addPrice(db, { unit: 'hydromassage', cents: 800 });
    const c = addClient(db, 'Dace', 'Kļava');
    const other = addClient(db, 'Uldis', 'Vītols');
    addDecision(db, c, { from: '2026-01-01' });
    addDecision(db, other, { from: '2026-01-01' });
    addBilledSession(db, 'hydromassage', '2026-03-03', [{ clientId: c, status: 'present' }, { clientId: other, status: 'absent' }]);
    addBilledSession(db, 'hydromassage', '2026-03-10', [{ clientId: c, status: 'present' }, { clientId: other, status: 'planned' }]);
    const s = buildStatement(db, { month: '2026-03', payer: 'LV-aizkraukle' });
    expect(s.lines.map((l) => [l.clientId, l.serviceUnit, l.units, l.amountCents])).toEqual([[c, 'hydromassage', 2, 1600]]);
  });

  it('11. a centre override makes sick days billable for its own municipality only', () => {
    const db = setUp();
    addPrice(db, { unit: 'care-day-8h', cents: 1000, category: 'own-municipality' });
    addPrice(db, { unit: 'care-day-8h', cents: 1500, category: 'other-municipality' });
    overrideAbsence(db, 'sick', 'own-municipality', 'billable');
    const own = addClient(db, 'Marta', 'Avotiņa');
    const away = addClient(db, 'Juris', 'Bērzs');
    addDecision(db, own, { from: '2026-01-01' });
    addDecision(db, away, { from: '2026-01-01', payer: 'LV-riga' });
    for (const c of [own, away]) for (const d of ['02', '03']) addDay(db, c, `2026-03-${d}`, absent('sick'));
    expect(buildStatement(db, { month: '2026-03', payer: 'LV-aizkraukle' }).totals).toMatchObject({ units: 2, amountCents: 2000 });
    expect(buildStatement(db, { month: '2026-03', payer: 'LV-riga' }).totals).toMatchObject({ units: 0, amountCents: 0 });
  });

  it('12. a percentage share rounds half up per line', () => {
    const db = setUp();
    addPrice(db, { unit: 'care-day-8h', cents: 1033 });
    const c = addClient(db, 'Gita', 'Lapa');
    addDecision(db, c, { from: '2026-01-01', copayPercent: 15 });
    for (const d of ['02', '03', '04']) addDay(db, c, `2026-03-${d}`, present());
    // 3 × 10.33 = 30.99; 15 % = 4.6485 → 4.65.
    expect(brief(buildStatement(db, { month: '2026-03', payer: 'LV-aizkraukle' }))).toEqual([['care-day-8h', 3, 1033, 3099, 465, 2634]]);
  });

  it('13. days without a decision and units without a price are reported, not billed; voided decisions count nowhere', () => {
    const db = setUp();
    addPrice(db, { unit: 'care-day-8h', cents: 1000 });
    const loose = addClient(db, 'Edgars', 'Bez');
    addDay(db, loose, '2026-03-02', present());
    const dementia = addClient(db, 'Olga', 'Smirnova');
    addDecision(db, dementia, { from: '2026-01-01', service: 'dementia-day-centre' });
    addDay(db, dementia, '2026-03-02', present());
    const voided = addClient(db, 'Kārlis', 'Tukšais');
    const id = addDecision(db, voided, { from: '2026-01-01' });
    db.$client.prepare("UPDATE service_decisions SET voided_at = '2026-02-01T00:00:00Z' WHERE id = ?").run(id);
    addDay(db, voided, '2026-03-02', present());
    const s = buildStatement(db, { month: '2026-03', payer: 'LV-aizkraukle' });
    expect(s.lines).toEqual([]);
    expect(s.uncovered.map((u) => u.clientId).sort()).toEqual([loose, voided].sort());
    expect(s.unpriced.map(({ decisionId: _d, ...rest }) => rest)).toEqual([{ clientId: dementia, date: '2026-03-02', serviceUnit: 'dementia-day', payerCategory: 'own-municipality' }]);
  });

  it('14. done bookings bill one unit each on the decision of their day; booked, cancelled and no-show ones do not', () => {
    const db = setUp();
    addPrice(db, { unit: 'shower', cents: 300 });
    const c = addClient(db, 'Maija', 'Krūmiņa');
    addDecision(db, c, { from: '2026-01-01' });
    addBookings(db, 'shower', [
      { clientId: c, date: '2026-03-03', status: 'done' },
      { clientId: c, date: '2026-03-04', status: 'done' },
      { clientId: c, date: '2026-03-05', status: 'cancelled' },
      { clientId: c, date: '2026-03-06', status: 'no-show' },
      { clientId: c, date: '2026-03-31', status: 'booked' },
    ]);
    const s = buildStatement(db, { month: '2026-03', payer: 'LV-aizkraukle' });
    expect(brief(s)).toEqual([['shower', 2, 300, 600, 0, 600]]);
    // Inside a transaction (how exports read it) the same units come through.
    expect(db.transaction((tx) => buildStatement(tx, { month: '2026-03', payer: 'LV-aizkraukle' }).totals)).toMatchObject({ units: 2, amountCents: 600 });
  });
});
