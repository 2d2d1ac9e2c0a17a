import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { accessExportSchema } from '#shared/contract/privacy';
import type { Core } from '../core';
import { loggedInCore, validSetup } from '../testing/test-core';
import { clientInput, countRows, ok, staffContext } from '../testing/client-fixtures';
import { distinctive, seedServedClient } from '../testing/privacy-fixtures';

let core: Core;
let ctx: Awaited<ReturnType<typeof loggedInCore>>['ctx'];
beforeEach(async () => {
  ({ core, ctx } = await loggedInCore({ now: () => new Date('2024-11-29T09:00:00') }));
});
afterEach(() => core.close());

describe('clients.accessExport', () => {
  it('answers everything held about the client, with who read or changed it, and records the export', async () => {
    const { clientId } = await seedServedClient(core, ctx, '2024-11-29', '2024-12-31');
    // A relative changed and then removed: gone from the card, still in the trail, and so in the export.
    const { relative } = await ok(core, ctx, 'relatives.create', { clientId, name: 'Pēteris Īslaicīgs', relation: 'other', canCollect: false, emergencyContact: false, priority: 2 });
    await ok(core, ctx, 'relatives.update', { id: relative.id, name: 'Pēteris Īslaicīgs', relation: 'other', phone: '+371 20 000 000', canCollect: false, emergencyContact: false, priority: 2 });
    await ok(core, ctx, 'relatives.remove', { id: relative.id });
    // Someone else's records stay out of it.
    const { client: other } = await ok(core, ctx, 'clients.create', clientInput({ personalCode: undefined, codeCountry: undefined }));
    await ok(core, ctx, 'attendance.checkIn', { clientId: other.id, date: '2024-11-29', time: '09:00' });
    await ok(core, ctx, 'clients.get', { id: other.id });

    const data = await ok(core, ctx, 'clients.accessExport', { clientId });
    expect(accessExportSchema.parse(data)).toEqual(data);
    expect(data).toMatchObject({
      preparedBy: validSetup.admin.fullName,
      centre: { name: validSetup.centre.name, country: 'LV' },
      client: { id: clientId, firstName: distinctive.firstName, lastName: distinctive.lastName, personalCode: distinctive.storedCode, language: 'ru' },
      codes: [{ code: distinctive.storedCode, country: 'LV', validTo: null }],
      relatives: [{ name: distinctive.relative, canCollect: true }],
      consents: [{ kind: 'dataProcessing', givenOn: '2024-11-29' }],
      decisions: [{ decisionNumber: distinctive.decisionNumber, validTo: '2024-12-31' }],
      assessments: [{ instrument: 'lv-care-level', careLevel: 2 }],
      attendance: [{ date: '2024-11-29', status: 'present', arrivedAt: '08:40', leftAt: '15:10' }],
      sessions: [{ date: '2024-11-29', activity: { lv: 'Dziedāšana', lt: 'Dainavimas', ru: 'Пение' }, status: 'present' }],
    });
    expect(data.client).not.toHaveProperty('searchKey');
    expect(data.audit.map((row) => `${row.method} ${row.entity}`)).toEqual([
      'clients.create client',
      'relatives.create client_relative',
      'consents.create client_consent',
      'decisions.create service_decision',
      'assessments.create client_assessment',
      'attendance.checkIn attendance',
      'attendance.checkOut attendance',
      'sessions.addParticipant session_participant',
      'sessions.markParticipant session_participant',
      'clients.get client',
      'relatives.create client_relative',
      'relatives.update client_relative',
      'relatives.remove client_relative',
    ]);
    expect(new Set(data.audit.map((row) => row.staffName))).toEqual(new Set([validSetup.admin.fullName]));
    expect(data.audit[11]?.changes).toEqual({ before: { phone: null }, after: { phone: '+371 20 000 000' } });

    // The export is itself a read of health data: on record, and in the next export.
    const last = core.db.$client.prepare('SELECT method, entity, entity_id AS entityId FROM audit_log ORDER BY id DESC LIMIT 1').get();
    expect(last).toEqual({ method: 'clients.accessExport', entity: 'client', entityId: String(clientId) });
    await ok(core, ctx, 'sheets.recordPrint', { document: 'access-export', clientId, language: 'ru' });
    const again = await ok(core, ctx, 'clients.accessExport', { clientId });
    expect(again.audit.slice(-2).map((row) => `${row.method} ${row.entity} ${row.entityId}`)).toEqual([
      `clients.accessExport client ${clientId}`,
      `sheets.recordPrint print access-export:${clientId}`,
    ]);
  });

  it('is for managers and administrators; an unknown client is not found and leaves no trace', async () => {
    const { clientId } = await seedServedClient(core, ctx, '2024-11-29', '2024-12-31');
    expect((await core.dispatch('clients.accessExport', { clientId }, staffContext(core, 'manager'))).ok).toBe(true);
    for (const role of ['reception', 'carer'] as const) {
      expect(await core.dispatch('clients.accessExport', { clientId }, staffContext(core, role))).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    }
    const rows = countRows(core, 'audit_log');
    expect(await core.dispatch('clients.accessExport', { clientId: 999 }, ctx)).toMatchObject({ ok: false, error: { kind: 'not-found' } });
    expect(await core.dispatch('sheets.recordPrint', { document: 'access-export', clientId: 999, language: 'lv' }, ctx)).toMatchObject({ ok: false, error: { kind: 'not-found' } });
    expect(countRows(core, 'audit_log')).toBe(rows);
  });
});
