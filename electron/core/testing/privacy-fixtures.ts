import type { Core } from '../core';
import type { CallContext } from '../call-context';
import { ok } from './client-fixtures';

/** A client easy to find in raw bytes: a name and a code used nowhere else in the tests. */
export const distinctive = {
  firstName: 'Zelmīra',
  lastName: 'Ķuzķēna',
  /** 5 July 1942, LV legacy; stored as 11 digits. */
  personalCode: '050742-12341',
  storedCode: '05074212341',
  relative: 'Vilhelmīne Ķuzķēna',
  phone: '+371 29 876 543',
  decisionNumber: 'SD-2024/777',
} as const;

/**
 * Registers the distinctive client on `day` with everything the card can hold: a relative, a consent,
 * a decision ending `decisionEnd`, an assessment, a day of attendance (in and out), a session place,
 * and one opening of the card. Returns the client's id and the session's.
 */
export async function seedServedClient(core: Core, ctx: CallContext, day: string, decisionEnd: string) {
  const { client } = await ok(core, ctx, 'clients.create', {
    firstName: distinctive.firstName,
    lastName: distinctive.lastName,
    codeCountry: 'LV',
    personalCode: distinctive.personalCode,
    birthDate: '1942-07-05',
    sex: 'female',
    phone: distinctive.phone,
    address: 'Ozolu iela 7, Pļaviņas',
    language: 'ru',
  });
  const clientId = client.id;
  await ok(core, ctx, 'relatives.create', {
    clientId,
    name: distinctive.relative,
    relation: 'child',
    phone: '+371 26 111 222',
    canCollect: true,
    emergencyContact: true,
    priority: 1,
  });
  await ok(core, ctx, 'consents.create', { clientId, kind: 'dataProcessing', givenOn: day, givenBy: 'client' });
  await ok(core, ctx, 'decisions.create', {
    clientId,
    service: 'day-care',
    payingMunicipality: 'LV-aizkraukle',
    decisionNumber: distinctive.decisionNumber,
    decisionDate: day,
    validFrom: day,
    validTo: decisionEnd,
    plannedWeekdays: [1, 2, 3, 4, 5],
    exemption: 'none',
  });
  await ok(core, ctx, 'assessments.create', { clientId, instrument: 'lv-care-level', assessedOn: day, assessor: 'Ilze Kalniņa', careLevel: 2 });
  await ok(core, ctx, 'attendance.checkIn', { clientId, date: day, time: '08:40' });
  await ok(core, ctx, 'attendance.checkOut', { clientId, date: day, time: '15:10' });
  const activity = await ok(core, ctx, 'activities.create', { nameLv: 'Dziedāšana', nameLt: 'Dainavimas', nameRu: 'Пение' });
  const { session } = await ok(core, ctx, 'sessions.create', { activityId: activity.id, date: day, startTime: '10:00', endTime: '11:00' });
  await ok(core, ctx, 'sessions.addParticipant', { sessionId: session.id, clientId });
  await ok(core, ctx, 'sessions.markParticipant', { sessionId: session.id, clientId, status: 'present' });
  await ok(core, ctx, 'clients.get', { id: clientId });
  return { clientId, sessionId: session.id };
}

/** Discharges a client as of `since` (the card's status change). */
export async function discharge(core: Core, ctx: CallContext, clientId: number, since: string) {
  const { client: c } = await ok(core, ctx, 'clients.get', { id: clientId });
  const blank = <T>(value: T | null) => value ?? undefined;
  await ok(core, ctx, 'clients.update', {
    id: clientId,
    firstName: c.firstName,
    lastName: c.lastName,
    codeCountry: blank(c.codeCountry),
    personalCode: blank(c.personalCode),
    birthDate: blank(c.birthDate),
    sex: blank(c.sex),
    address: blank(c.address),
    phone: blank(c.phone),
    language: c.language,
    status: 'discharged',
    statusSince: since,
    statusReason: 'Pārcēlās pie meitas',
  });
}
