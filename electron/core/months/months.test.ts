import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../core';
import { AppError } from '../app-error';
import { createTranslator } from '../translate';
import { loggedInCore } from '../testing/test-core';
import { insertClient, insertDecision, loginAs } from '../testing/sheet-fixtures';
import { databaseSnapshot } from '../testing/database-snapshot';
import { assertMonthOpen } from './month-guard';

let core: Core | undefined;
afterEach(() => core?.close());

const period = { month: '2026-11', service: 'day-care' } as const;

function guardError(fn: () => void): AppError | null {
  try {
    fn();
    return null;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
}

describe('closing a month', () => {
  it('closes and reopens with a reason, each audited, and reports the status', async () => {
    ({ core } = await loggedInCore());
    const manager = await loginAs(core, 'manager', 'Maija Vadītāja');
    expect(await core.dispatch('months.status', period, manager)).toMatchObject({ ok: true, data: { closed: false, closedAt: null } });
    expect(await core.dispatch('months.close', period, manager)).toMatchObject({ ok: true, data: { closed: true, closedBy: 'Maija Vadītāja' } });
    expect(await core.dispatch('months.close', period, manager)).toMatchObject({ ok: false, error: { kind: 'conflict', code: 'months.alreadyClosed' } });

    const before = databaseSnapshot(core.db);
    expect(await core.dispatch('months.reopen', { ...period, reason: '' }, manager)).toMatchObject({ ok: false, error: { kind: 'validation', issues: [{ path: ['reason'] }] } });
    expect(databaseSnapshot(core.db)).toBe(before);

    const reopened = await core.dispatch('months.reopen', { ...period, reason: 'Labojums: Bērziņai 12. nov. bija slimības lapa' }, manager);
    expect(reopened).toMatchObject({ ok: true, data: { closed: false, reopenedBy: 'Maija Vadītāja', reopenReason: 'Labojums: Bērziņai 12. nov. bija slimības lapa' } });
    expect(await core.dispatch('months.reopen', { ...period, reason: 'vēlreiz' }, manager)).toMatchObject({ ok: false, error: { code: 'months.notClosed' } });

    const audit = core.db.$client.prepare("SELECT method, entity_id, changes FROM audit_log WHERE entity = 'month_closure' ORDER BY id").all() as { method: string; entity_id: string; changes: string }[];
    expect(audit.map((a) => [a.method, a.entity_id])).toEqual([
      ['months.close', '2026-11:day-care'],
      ['months.reopen', '2026-11:day-care'],
    ]);
    expect(audit[1]?.changes).toContain('slimības lapa');
  });

  it('is for managers and administrators only', async () => {
    ({ core } = await loggedInCore());
    for (const role of ['reception', 'carer'] as const) {
      const ctx = await loginAs(core, role, `Darbinieks ${role}`);
      expect(await core.dispatch('months.close', period, ctx)).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    }
  });
});

describe('assertMonthOpen', () => {
  it('refuses attendance changes in a closed month, by service or through the client’s decisions, with a translated reason', async () => {
    let ctx;
    ({ core, ctx } = await loggedInCore());
    const db = core.db;
    const dayCare = insertClient(db, { firstName: 'Anna', lastName: 'Liepa' });
    insertDecision(db, dayCare, 'day-care', '2026-01-01');
    const dementia = insertClient(db, { firstName: 'Olga', lastName: 'Kalna' });
    insertDecision(db, dementia, 'dementia-day-centre', '2026-01-01');
    const ended = insertClient(db, { firstName: 'Pēteris', lastName: 'Ozols' });
    insertDecision(db, ended, 'day-care', '2025-01-01', '2026-10-31');

    expect(guardError(() => assertMonthOpen(db, { clientId: dayCare }, '2026-11-23'))).toBeNull();
    await core.dispatch('months.close', period, ctx);

    const refused = guardError(() => db.transaction(() => assertMonthOpen(db, { clientId: dayCare }, '2026-11-23')));
    expect(refused).toMatchObject({ kind: 'conflict', code: 'months.closed', params: { month: '2026-11', service: 'day-care' } });
    expect(guardError(() => assertMonthOpen(db, { service: 'day-care' }, '2026-11-01'))).toMatchObject({ code: 'months.closed' });
    // Other services, other months and clients without a decision that month are untouched.
    expect(guardError(() => assertMonthOpen(db, { clientId: dementia }, '2026-11-23'))).toBeNull();
    expect(guardError(() => assertMonthOpen(db, { clientId: ended }, '2026-11-23'))).toBeNull();
    expect(guardError(() => assertMonthOpen(db, { clientId: dayCare }, '2026-12-01'))).toBeNull();

    const translate = createTranslator();
    expect(translate('lv', refused!.code, refused!.params)).toBe('2026. g. novembris ir slēgts (Dienas aprūpe): apmeklējumu vairs nevar mainīt. Vadītājs var mēnesi atvērt no jauna.');
    expect(translate('ru', refused!.code, refused!.params)).toContain('(Дневной уход)');

    await core.dispatch('months.reopen', { ...period, reason: 'Kļūda datos' }, ctx);
    expect(guardError(() => assertMonthOpen(db, { clientId: dayCare }, '2026-11-23'))).toBeNull();
  });
});
