import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { incidentKinds } from '../../shared/domain/incidents';
import { clients } from './clients';
import { staff } from './staff';

/**
 * An incident report: a fall, an injury, wandering, aggression, a medication event or a missing person.
 * Dates local `YYYY-MM-DD`, times local `HH:MM`; who was informed carries the local moment they were told.
 */
export const incidents = sqliteTable(
  'incidents',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    clientId: integer('client_id')
      .notNull()
      .references(() => clients.id),
    kind: text('kind', { enum: incidentKinds }).notNull(),
    occurredOn: text('occurred_on').notNull(),
    occurredAt: text('occurred_at').notNull(),
    place: text('place').notNull(),
    description: text('description').notNull(),
    injuries: text('injuries'),
    /** Local `YYYY-MM-DDTHH:MM` when the family, the doctor, the municipality were told; null: not (yet). */
    familyInformedAt: text('family_informed_at'),
    doctorInformedAt: text('doctor_informed_at'),
    municipalityInformedAt: text('municipality_informed_at'),
    reportedBy: integer('reported_by')
      .notNull()
      .references(() => staff.id),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    /** Only a manager closes a report. */
    closedAt: text('closed_at'),
    closedBy: integer('closed_by').references(() => staff.id),
    closingNote: text('closing_note'),
  },
  (t) => [index('incidents_client_idx').on(t.clientId, t.occurredOn), index('incidents_open_idx').on(t.closedAt, t.occurredOn)],
);

/** What is to be done after an incident, by whom and by when. */
export const incidentFollowUps = sqliteTable(
  'incident_follow_ups',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    incidentId: integer('incident_id')
      .notNull()
      .references(() => incidents.id),
    action: text('action').notNull(),
    responsibleId: integer('responsible_id')
      .notNull()
      .references(() => staff.id),
    dueOn: text('due_on').notNull(),
    doneAt: text('done_at'),
    doneBy: integer('done_by').references(() => staff.id),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('incident_follow_ups_incident_idx').on(t.incidentId), index('incident_follow_ups_due_idx').on(t.doneAt, t.dueOn)],
);

/**
 * Who collected a dementia-group client at the end of the day: an authorised relative, or anyone else
 * with a manager's approval and a reason. Written in the same transaction as the check-out.
 */
export const handOvers = sqliteTable(
  'hand_overs',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    clientId: integer('client_id')
      .notNull()
      .references(() => clients.id),
    date: text('date').notNull(),
    time: text('time').notNull(),
    relativeId: integer('relative_id'),
    /** As on the card when collected (the relative may be renamed or removed later). */
    collectorName: text('collector_name').notNull(),
    staffId: integer('staff_id')
      .notNull()
      .references(() => staff.id),
    overrideReason: text('override_reason'),
    approvedBy: integer('approved_by').references(() => staff.id),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('hand_overs_client_idx').on(t.clientId, t.date), index('hand_overs_date_idx').on(t.date)],
);
