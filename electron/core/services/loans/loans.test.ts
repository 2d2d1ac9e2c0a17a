import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../core';
import { loggedInCore, type callContext } from '../../testing/test-core';
import { insertClient } from '../../testing/board-fixtures';
import { callExpectations } from '../../testing/call-expectations';
import { insertItem } from './loan-fixtures';

let core: Core;
let ctx: ReturnType<typeof callContext>;
const clock = new Date(2026, 2, 9, 9, 0);

beforeEach(async () => {
  ({ core, ctx } = await loggedInCore({ now: () => clock }));
});
afterEach(() => core.close());

const { ok, refused } = callExpectations(() => ({ core, ctx }));
const status = (itemId: number) => core.db.$client.prepare('SELECT status FROM equipment_item WHERE id = ?').pluck().get(itemId);
type Loan = { id: number; overdue: boolean; expectedReturnOn: string | null; returnedOn: string | null; extensions: { previousReturnOn: string | null; newReturnOn: string }[] };

const lend = (itemId: number, clientId: number, extra: Record<string, unknown> = {}) =>
  ok<Loan>('loans.lend', { itemId, clientId, handedOverOn: '2026-03-02', expectedReturnOn: '2026-04-02', condition: 'Laba', accessories: 'Kāju balsti', depositCents: 2000, ...extra });

describe('lending, returning and the cleaning gate', () => {
  it('lends, returns damaged, refuses to lend again until cleaned, then lends again', async () => {
    const chair = insertItem(core.db, { number: 'RK-001', category: 'wheelchair' });
    const anna = insertClient(core.db, { firstName: 'Anna', lastName: 'Ozola' });
    const peteris = insertClient(core.db, { firstName: 'Pēteris', lastName: 'Kalns' });
    const loan = await lend(chair, anna);
    expect(status(chair)).toBe('lent-out');
    expect((await refused('loans.lend', { itemId: chair, clientId: peteris, handedOverOn: '2026-03-03', condition: 'Laba' })).code).toBe('loans.itemLent');

    const returned = await ok<Loan>('loans.return', { loanId: loan.id, returnedOn: '2026-03-08', condition: 'Saplēsts sēdeklis', damage: 'damaged', note: 'Jāmaina sēdeklis' });
    expect(returned.returnedOn).toBe('2026-03-08');
    expect(status(chair)).toBe('needs-cleaning');
    expect((await refused('loans.lend', { itemId: chair, clientId: peteris, handedOverOn: '2026-03-09', condition: 'Laba' })).code).toBe('loans.itemNeedsCleaning');

    expect((await refused('loans.clean', { itemId: chair, cleanedOn: '2026-03-07', method: 'disinfection' })).code).toBe('loans.cleanedBeforeReturn');
    await ok('loans.clean', { itemId: chair, cleanedOn: '2026-03-09', method: 'disinfection', note: 'Virsmas dezinficētas' });
    expect(status(chair)).toBe('in-storage');
    expect(core.db.$client.prepare('SELECT method, staff_id AS staffId FROM equipment_cleaning').get()).toMatchObject({ method: 'disinfection', staffId: 1 });
    await ok('loans.lend', { itemId: chair, clientId: peteris, handedOverOn: '2026-03-09', condition: 'Laba' });
    expect(status(chair)).toBe('lent-out');
  });

  it('refuses a written-off or out-of-service item, and a return before the hand-over, writing nothing', async () => {
    const gone = insertItem(core.db, { number: 'RK-002', category: 'wheelchair', status: 'written-off' });
    const broken = insertItem(core.db, { number: 'RK-003', category: 'wheelchair', status: 'out-of-service' });
    const walker = insertItem(core.db, { number: 'ST-001', category: 'walker' });
    const anna = insertClient(core.db, { firstName: 'Anna', lastName: 'Ozola' });
    expect((await refused('loans.lend', { itemId: gone, clientId: anna, handedOverOn: '2026-03-02', condition: 'Laba' })).code).toBe('loans.itemWrittenOff');
    expect((await refused('loans.lend', { itemId: broken, clientId: anna, handedOverOn: '2026-03-02', condition: 'Laba' })).code).toBe('loans.itemOutOfService');
    const loan = await lend(walker, anna);
    expect((await refused('loans.return', { loanId: loan.id, returnedOn: '2026-03-01', condition: 'Laba', damage: 'none' })).code).toBe('loans.returnBeforeHandOver');
    // The schema refuses an expected return before the hand-over and a damage without a note.
    const early = await refused('loans.lend', { itemId: walker, clientId: anna, handedOverOn: '2026-03-02', expectedReturnOn: '2026-03-01', condition: 'Laba' });
    expect(early.issues?.[0]).toMatchObject({ path: ['expectedReturnOn'], code: 'field.returnBeforeHandOver' });
    const noNote = await refused('loans.return', { loanId: loan.id, returnedOn: '2026-03-05', condition: 'Slikta', damage: 'damaged' });
    expect(noNote.issues?.[0]).toMatchObject({ path: ['note'], code: 'field.damageNoteRequired' });
    expect(status(walker)).toBe('lent-out');
  });

  it('keeps one open loan per item in SQL, whatever writes', () => {
    const chair = insertItem(core.db, { number: 'RK-010', category: 'wheelchair' });
    const anna = insertClient(core.db, { firstName: 'Anna', lastName: 'Ozola' });
    const insert = core.db.$client.prepare(
      "INSERT INTO equipment_loan (item_id, client_id, handed_over_on, condition_out, handed_over_by, created_at, updated_at) VALUES (?, ?, '2026-03-01', 'ok', 1, 'x', 'x')",
    );
    insert.run(chair, anna);
    expect(() => insert.run(chair, anna)).toThrow(/UNIQUE constraint failed: equipment_loan.item_id/);
  });

  it('extends a loan keeping the history, lists it overdue with the phones, and audits every step', async () => {
    const bed = insertItem(core.db, { number: 'FG-001', category: 'hospital-bed' });
    const anna = insertClient(core.db, { firstName: 'Anna', lastName: 'Ozola' });
    core.db.$client.prepare("UPDATE clients SET phone = '+371 20000001' WHERE id = ?").run(anna);
    const loan = await lend(bed, anna, { handedOverOn: '2026-01-05', expectedReturnOn: '2026-02-05' });
    const extended = await ok<Loan>('loans.extend', { loanId: loan.id, expectedReturnOn: '2026-03-01', reason: 'Vēl vajadzīga' });
    expect(extended.extensions).toEqual([expect.objectContaining({ previousReturnOn: '2026-02-05', newReturnOn: '2026-03-01' })]);
    expect(extended.overdue).toBe(true);
    const { loans } = await ok<{ loans: (Loan & { phones: string[]; daysOverdue: number })[] }>('loans.overdue', {});
    expect(loans).toEqual([expect.objectContaining({ id: loan.id, phones: ['+371 20000001'], daysOverdue: 8 })]);
    const audit = core.db.$client.prepare("SELECT method, entity FROM audit_log WHERE method LIKE 'loans.%' ORDER BY id").all();
    expect(audit).toEqual([
      { method: 'loans.lend', entity: 'equipment_loan' },
      { method: 'loans.lend', entity: 'equipment_item' },
      { method: 'loans.extend', entity: 'equipment_loan_extension' },
      { method: 'loans.extend', entity: 'equipment_loan' },
    ]);
  });

  it('gives the hand-over act in the client’s language and audits it as a print', async () => {
    const chair = insertItem(core.db, { number: 'RK-020', category: 'wheelchair' });
    const olga = insertClient(core.db, { firstName: 'Ольга', lastName: 'Петрова', language: 'ru' });
    const loan = await lend(chair, olga);
    const act = await ok<{ language: string; item: { inventoryNumber: string }; loan: { conditionOut: string } }>('loans.actPdf', { loanId: loan.id });
    expect(act).toMatchObject({ language: 'ru', item: { inventoryNumber: 'RK-020' }, loan: { conditionOut: 'Laba' } });
    expect(core.db.$client.prepare("SELECT entity_id FROM audit_log WHERE method = 'loans.actPdf'").pluck().get()).toBe(`loan-act:${loan.id}`);
  });
});

describe('the waiting list', () => {
  it('refuses to queue while an item is free, then offers the returned and cleaned item to the oldest request', async () => {
    const chair = insertItem(core.db, { number: 'RK-100', category: 'wheelchair' });
    const [anna, janis, olga] = ['Anna', 'Jānis', 'Olga'].map((n) => insertClient(core.db, { firstName: n, lastName: 'Test' })) as [number, number, number];
    expect((await refused('waitlist.join', { clientId: janis, category: 'wheelchair', requestedOn: '2026-03-01' })).code).toBe('waitlist.itemFree');
    const loan = await lend(chair, anna);
    const second = await ok<{ id: number }>('waitlist.join', { clientId: olga, category: 'wheelchair', requestedOn: '2026-03-04' });
    const first = await ok<{ id: number }>('waitlist.join', { clientId: janis, category: 'wheelchair', requestedOn: '2026-03-03' });
    expect((await refused('waitlist.join', { clientId: janis, category: 'wheelchair', requestedOn: '2026-03-05' })).code).toBe('waitlist.alreadyWaiting');

    await ok('loans.return', { loanId: loan.id, returnedOn: '2026-03-06', condition: 'Laba', damage: 'none' });
    const cleaned = await ok<{ offeredTo: { id: number; clientId: number } | null }>('loans.clean', { itemId: chair, cleanedOn: '2026-03-07', method: 'washing' });
    expect(cleaned.offeredTo).toMatchObject({ id: first.id, clientId: janis });
    // Offered to Jānis: nobody else gets it; Olga keeps waiting.
    expect((await refused('loans.lend', { itemId: chair, clientId: olga, handedOverOn: '2026-03-08', condition: 'Laba' })).code).toBe('loans.itemOffered');
    const served = await ok<{ clientId: number }>('waitlist.serve', { id: first.id, handedOverOn: '2026-03-08', condition: 'Laba' });
    expect(served.clientId).toBe(janis);
    const { entries } = await ok<{ entries: { id: number; status: string }[] }>('waitlist.list', { category: 'wheelchair', includeClosed: true });
    expect(entries.map((e) => [e.id, e.status])).toEqual([
      [first.id, 'served'],
      [second.id, 'waiting'],
    ]);
  });

  it('passes an offer on to the next request when the offered client withdraws', async () => {
    const walker = insertItem(core.db, { number: 'ST-100', category: 'walker', status: 'needs-cleaning' });
    const [janis, olga] = ['Jānis', 'Olga'].map((n) => insertClient(core.db, { firstName: n, lastName: 'Test' })) as [number, number];
    const first = await ok<{ id: number }>('waitlist.join', { clientId: janis, category: 'walker', requestedOn: '2026-03-01' });
    const second = await ok<{ id: number }>('waitlist.join', { clientId: olga, category: 'walker', requestedOn: '2026-03-02' });
    await ok('loans.clean', { itemId: walker, cleanedOn: '2026-03-07', method: 'steam' });
    await ok('waitlist.cancel', { id: first.id });
    const { entries } = await ok<{ entries: { id: number; status: string; offeredItemId: number | null }[] }>('waitlist.list', {});
    expect(entries).toEqual([expect.objectContaining({ id: second.id, status: 'offered', offeredItemId: walker })]);
  });
});
