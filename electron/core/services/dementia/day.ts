import { and, eq, inArray } from 'drizzle-orm';
import { findGroup, membersOn, type DementiaGroupRow } from '#db/queries/dementia-groups';
import { findGroupSession, insertGroupSession, sessionProgramme, sessionStaff } from '#db/queries/dementia-programme';
import { findParticipant, insertParticipant, insertSession, listParticipants } from '#db/queries/sessions';
import { clientsWithPhoto } from '#db/queries/client-photo';
import { clients } from '#db/schema/clients';
import { attendance } from '#db/schema/attendance';
import { clientRelatives } from '#db/schema/client-records';
import type { Executor } from '#db/client';
import type { RecordAudit } from '#db/write';
import { isoWeekday } from '#shared/domain/local-date';
import type { DementiaDay } from '#shared/contract/dementia';
import { conflict, notFound } from '../../app-error';
import type { Handlers } from '../../dispatcher';
import type { ServiceDeps } from '../service-deps';
import { groupView } from './groups';
import { groupMembers } from '#db/queries/dementia-groups';

export const meetsOn = (group: DementiaGroupRow, date: string) => group.weekdays.includes(isoWeekday(date));

export function requireGroup(db: Executor, groupId: number): DementiaGroupRow {
  const group = findGroup(db, groupId);
  if (!group) throw notFound('dementia.groupNotFound');
  return group;
}

/**
 * The group's session of `date` (a `sessions` row of kind 'dementia-group'), created when missing, with
 * every member holding a decision on that day as a participant. Returns the session id.
 */
export function ensureGroupSession(tx: Executor, group: DementiaGroupRow, date: string, at: string, audit: RecordAudit): number {
  if (!group.active) throw conflict('dementia.groupInactive');
  if (!meetsOn(group, date)) throw conflict('dementia.groupDoesNotMeet');
  let sessionId = findGroupSession(tx, group.id, date)?.sessionId;
  if (sessionId === undefined) {
    const row = insertSession(tx, {
      kind: 'dementia-group',
      date,
      startTime: group.opensAt,
      endTime: group.closesAt,
      room: group.room,
      capacity: group.capacity,
      note: group.name,
      createdAt: at,
      updatedAt: at,
    });
    insertGroupSession(tx, { sessionId: row.id, groupId: group.id, date });
    audit({ entity: 'session', entityId: row.id, after: { ...row, groupId: group.id } });
    sessionId = row.id;
  }
  for (const clientId of membersOn(tx, group.id, date)) {
    if (findParticipant(tx, sessionId, clientId)) continue;
    const p = insertParticipant(tx, { sessionId, clientId, status: 'planned', updatedAt: at });
    audit({ entity: 'session_participant', entityId: p.id, after: p });
  }
  return sessionId;
}

/** The day page: participants with what reception and carers need at a glance (no health observations). */
export function dementiaDay(db: Executor, groupId: number, date: string): DementiaDay {
  const group = requireGroup(db, groupId);
  const session = findGroupSession(db, groupId, date);
  const ids = new Set(membersOn(db, groupId, date));
  if (session) for (const p of listParticipants(db, session.sessionId)) ids.add(p.clientId);
  const list = [...ids];
  const people = list.length ? db.select().from(clients).where(inArray(clients.id, list)).all() : [];
  const days = list.length ? db.select().from(attendance).where(and(eq(attendance.date, date), inArray(attendance.clientId, list))).all() : [];
  const collectors = list.length ? db.select().from(clientRelatives).where(and(inArray(clientRelatives.clientId, list), eq(clientRelatives.canCollect, true))).all() : [];
  const photos = clientsWithPhoto(db);
  const participants = people
    .filter((c) => c.status === 'active' || session)
    .sort((a, b) => a.lastName.localeCompare(b.lastName) || a.firstName.localeCompare(b.firstName))
    .map((c) => {
      const day = days.find((d) => d.clientId === c.id);
      return {
        clientId: c.id,
        firstName: c.firstName,
        lastName: c.lastName,
        hasPhoto: photos.has(c.id),
        wanderingRisk: c.wanderingRisk,
        diet: c.diet,
        language: c.language,
        attendance: day?.status ?? null,
        arrivedAt: day?.arrivedAt ?? null,
        leftAt: day?.leftAt ?? null,
        collectors: collectors
          .filter((r) => r.clientId === c.id)
          .sort((a, b) => a.priority - b.priority)
          .map((r) => ({ name: r.name, relation: r.relation, phone: r.phone })),
      };
    });
  return {
    group: groupView(group, groupMembers(db, groupId).length),
    date,
    meets: meetsOn(group, date),
    sessionId: session?.sessionId ?? null,
    programme: session ? sessionProgramme(db, session.sessionId) : [],
    staffPresent: session ? sessionStaff(db, session.sessionId) : [],
    participants,
  };
}

export function dayHandlers({ db }: ServiceDeps): Pick<Handlers, 'dementia.day'> {
  return { 'dementia.day': ({ groupId, date }) => dementiaDay(db, groupId, date) };
}
