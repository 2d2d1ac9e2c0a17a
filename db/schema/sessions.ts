import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { activities } from './activities';
import { clients } from './clients';

/** A repeating plan ("every Tuesday 10:00 from … to …") that created a set of sessions. */
export const sessionSeries = sqliteTable('session_series', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  weekdays: text('weekdays', { mode: 'json' }).$type<number[]>().notNull(),
  validFrom: text('valid_from').notNull(),
  validTo: text('valid_to').notNull(),
  createdAt: text('created_at').notNull(),
});

/**
 * One group session on one date. `kind` tells an activity session from the dementia day-centre group
 * session of a later issue, which adds its programme and respite hours in its own table keyed by
 * `sessions.id`, and per-participant observations keyed by `session_participants.id`, instead of copying
 * this table.
 */
export const sessions = sqliteTable(
  'sessions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind', { enum: ['activity', 'dementia-group'] }).notNull().default('activity'),
    activityId: integer('activity_id').references(() => activities.id),
    seriesId: integer('series_id').references(() => sessionSeries.id),
    date: text('date').notNull(),
    startTime: text('start_time').notNull(),
    endTime: text('end_time').notNull(),
    /** Free text: leaders are often from outside the staff list (a canistherapist with her dog). */
    leader: text('leader'),
    room: text('room'),
    capacity: integer('capacity'),
    note: text('note'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('sessions_date_idx').on(t.date, t.startTime)],
);

export const sessionParticipants = sqliteTable(
  'session_participants',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    sessionId: integer('session_id')
      .notNull()
      .references(() => sessions.id),
    clientId: integer('client_id')
      .notNull()
      .references(() => clients.id),
    status: text('status', { enum: ['planned', 'present', 'absent'] }).notNull().default('planned'),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('session_participants_session_client_idx').on(t.sessionId, t.clientId),
    index('session_participants_client_idx').on(t.clientId),
  ],
);
