import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, type MethodOutput } from '#shared/contract/index';
import { uiLanguages, type UiLanguage } from '#shared/contract/common';
import { roles } from '#shared/contract/define';
import { participantStatuses } from '#shared/contract/activities';
import { printRoles } from '#shared/contract/print';
import { absenceReasons } from '#shared/domain/attendance';
import { barthelItems, assessmentInstruments } from '#shared/domain/barthel';
import { centreDayKinds } from '#shared/domain/calendar';
import { consentGivers, consentKinds, exemptionKinds, relationKinds } from '#shared/domain/client-parts';
import { mealKinds } from '#shared/domain/meals';
import { clientStatuses, serviceKinds } from '#shared/domain/services';
import { codesOf, entityKey, fieldKeys, isCodedField, methodKey, valueKey } from '#shared/i18n/audit-keys';
import { resources } from '#shared/i18n/resources';
import { createCore, type Core } from '../core';
import { demoClock } from '../demo/demo-clock';
import { demoAdmin, seedDemo } from '../demo/seed-demo';
import { ok } from '../testing/client-fixtures';
import { callContext } from '../testing/test-core';

/**
 * The audit page names every method, record, field and coded value in the reader's language. This
 * checks it against what the core really writes: the demo centre plus the writes the demo leaves out,
 * and every write method of the contract, so a new method or column fails here until it is translated.
 */

/** A key present as text in one language's own file (no English fallback). */
function hasKey(language: UiLanguage, key: string): boolean {
  const [namespace, path] = key.split(':') as [string, string];
  let node: unknown = resources[language][namespace as keyof (typeof resources)[UiLanguage]];
  for (const part of path.split('.')) node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
  return typeof node === 'string' && node.trim() !== '';
}

const missingIn = (keysOf: (item: string) => string[], items: Iterable<string>) =>
  uiLanguages.flatMap((language) => [...items].filter((item) => !keysOf(item).some((key) => hasKey(language, key))).map((item) => `${language}: ${item}`));

let core: Core;
let admin: ReturnType<typeof callContext>;
const log = { methods: new Set<string>(), entities: new Set<string>(), fields: new Set<string>(), codes: new Set<string>() };

beforeAll(async () => {
  core = createCore({ now: demoClock('2026-11-25') });
  await seedDemo(core);
  admin = callContext(core, 'lv');
  await ok(core, admin, 'auth.login', { username: demoAdmin.username, password: demoAdmin.password });
  const sql = core.db.$client;

  // What the demo does not do: open a card, sign and reopen a month, print, mark a centre day off, edit the catalogue and sessions.
  await ok(core, admin, 'clients.get', { id: 1 });
  await ok(core, admin, 'months.close', { month: '2026-10', service: 'day-care' });
  await ok(core, admin, 'months.reopen', { month: '2026-10', service: 'day-care', reason: 'Labojums pēc parakstīšanas' });
  await ok(core, admin, 'sheets.recordPrint', { document: 'attendance-sheet', month: '2026-10', service: 'day-care', language: 'lt' });
  await ok(core, admin, 'sheets.recordPrint', { document: 'day-list', date: '2026-11-24', language: 'ru' });
  await ok(core, admin, 'sheets.recordPrint', { document: 'session-participants', sessionId: 1, language: 'lv' });
  await ok(core, admin, 'calendar.setDay', { date: '2026-12-02', kind: 'day-off', note: 'Talka' });
  await ok(core, admin, 'calendar.setDay', { date: '2026-12-02', kind: null });
  const activity = await ok(core, admin, 'activities.create', { nameLv: 'Dziedāšana', nameLt: 'Dainavimas', nameRu: 'Пение' });
  await ok(core, admin, 'activities.update', { id: activity.id, nameLv: 'Koris', nameLt: 'Choras', nameRu: 'Хор', active: true });
  const { session } = await ok(core, admin, 'sessions.create', { activityId: activity.id, date: '2026-11-26', startTime: '10:00', endTime: '11:00' });
  await ok(core, admin, 'sessions.update', { id: session.id, activityId: activity.id, date: '2026-11-27', startTime: '10:00', endTime: '11:30', room: 'Zāle' });
  const participant = sql.prepare('SELECT session_id AS sessionId, client_id AS clientId FROM session_participants LIMIT 1').get() as { sessionId: number; clientId: number };
  await ok(core, admin, 'sessions.removeParticipant', participant);
  // A wrong PIN counts against the account; the next password login clears the count (`auth.login` writes it).
  const ieva = sql.prepare("SELECT id FROM staff WHERE username = 'ieva'").get() as { id: number };
  expect((await core.dispatch('auth.pinLogin', { staffId: ieva.id, pin: '0000' }, callContext(core))).ok).toBe(false);
  await ok(core, callContext(core), 'auth.login', { username: 'ieva', password: 'ieva-demo-2026' });

  const rows = sql.prepare('SELECT method, entity, changes FROM audit_log').all() as { method: string; entity: string; changes: string | null }[];
  for (const { method, entity, changes } of rows) {
    log.methods.add(method);
    log.entities.add(entity);
    const { before, after } = changes ? (JSON.parse(changes) as Record<'before' | 'after', Record<string, unknown> | null>) : { before: null, after: null };
    for (const [field, value] of [...Object.entries(before ?? {}), ...Object.entries(after ?? {})]) {
      log.fields.add(`${entity} ${field}`);
      if (isCodedField(field)) for (const code of codesOf(value)) log.codes.add(`${entity} ${field} ${code}`);
    }
  }
}, 120_000);
afterAll(() => core?.close());

describe('audit trail labels', () => {
  it('the exercise reaches every kind of record the core audits', () => {
    expect([...log.entities].sort()).toEqual(
      [
        'activity', 'attendance', 'billing_exemption', 'booking', 'booking_resource', 'centre', 'centre_calendar_day', 'client', 'client_assessment', 'client_consent', 'client_relative',
        'decision_billing', 'dementia_group', 'dementia_observation', 'dementia_programme', 'dementia_template', 'einvoice-buyer', 'einvoice-seller',
        'equipment_category', 'equipment_cleaning', 'equipment_item', 'equipment_loan', 'equipment_maintenance', 'equipment_schedule', 'equipment_usage', 'equipment_waitlist',
        'hand_over', 'incident', 'incident_follow_up', 'month_closure', 'price', 'print', 'service_decision', 'session', 'session_participant', 'session_series', 'staff',
      ],
    );
    expect(log.methods).toContain('clients.get');
    expect(log.methods).toContain('auth.login');
  });

  it('offers every action and record of the trail in the audit page’s filters', async () => {
    // The filters come from the contract and an index, not from reading the whole log: nothing may be missing.
    const result = await core.dispatch('audit.filters', {}, admin);
    if (!result.ok) throw new Error(result.error.code);
    const filters = result.data as MethodOutput<'audit.filters'>;
    expect([...log.methods].filter((method) => !filters.methods.includes(method))).toEqual([]);
    expect(filters.entities).toEqual([...log.entities].sort());
  });

  it('names every write method of the contract and every method in the trail, in every language', () => {
    const writes = Object.entries(contract).filter(([, def]) => def.write).map(([name]) => name);
    expect(writes.length).toBeGreaterThanOrEqual(41);
    expect(missingIn((method) => [methodKey(method)], new Set([...writes, ...log.methods]))).toEqual([]);
  });

  it('names every record kind in every language', () => {
    expect(missingIn((entity) => [entityKey(entity)], log.entities)).toEqual([]);
  });

  it('names every field the records carry in every language', () => {
    expect(missingIn((pair) => fieldKeys(...(pair.split(' ') as [string, string])), log.fields)).toEqual([]);
  });

  it('names every code found in the trail in every language', () => {
    const keyOf = (triple: string) => [valueKey(...(triple.split(' ') as [string, string, string])) ?? `audit:unmapped.${triple}`];
    expect(missingIn(keyOf, log.codes)).toEqual([]);
  });

  it('names every code the domain allows, not only those the demo happens to use', () => {
    const lists: [string, string, readonly string[]][] = [
      ['staff', 'role', roles],
      ['staff', 'language', uiLanguages],
      ['client', 'status', clientStatuses],
      ['client', 'codeCountry', ['LV', 'LT']],
      ['client', 'sex', ['male', 'female']],
      ['client_relative', 'relation', relationKinds],
      ['client_consent', 'kind', consentKinds],
      ['client_consent', 'givenBy', consentGivers],
      ['service_decision', 'service', serviceKinds],
      ['service_decision', 'exemption', exemptionKinds],
      ['client_assessment', 'instrument', assessmentInstruments],
      ['client_assessment', 'barthel', barthelItems.map((item) => item.key)],
      ['attendance', 'status', ['present', 'absent']],
      ['attendance', 'absenceReason', absenceReasons],
      ['attendance', 'meals', mealKinds],
      ['centre', 'mealKinds', mealKinds],
      ['centre_calendar_day', 'kind', centreDayKinds],
      ['session', 'kind', ['activity', 'dementia-group']],
      ['session_participant', 'status', participantStatuses],
      ['print', 'document', Object.keys(printRoles)],
      ['print', 'action', ['print', 'pdf', 'browser-print-dialog']],
    ];
    const triples = lists.flatMap(([entity, field, codes]) => codes.map((code) => `${entity} ${field} ${code}`));
    const keyOf = (triple: string) => [valueKey(...(triple.split(' ') as [string, string, string])) ?? `audit:unmapped.${triple}`];
    expect(missingIn(keyOf, triples)).toEqual([]);
  });
});
