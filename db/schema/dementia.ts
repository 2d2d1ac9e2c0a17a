import { blob, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { clients } from './clients';
import { staff } from './staff';
import { sessionParticipants, sessions } from './sessions';

/**
 * A dementia day-centre group (issue 14). A centre may run several (Mon–Wed and Thu–Fri), each with its
 * own room, capacity, days and hours; the members are clients with a dementia-day-centre decision.
 */
export const dementiaGroup = sqliteTable('dementia_group', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  room: text('room'),
  capacity: integer('capacity').notNull(),
  /** ISO weekdays the group meets, a JSON array such as [1,2,3]. */
  weekdays: text('weekdays', { mode: 'json' }).$type<number[]>().notNull(),
  /** 'HH:MM' */
  opensAt: text('opens_at').notNull(),
  /** 'HH:MM': from then, participants still present count as not yet collected. */
  closesAt: text('closes_at').notNull(),
  /** Minutes after closing before the manager is alerted about someone not collected. */
  collectAlarmDelayMinutes: integer('collect_alarm_delay_minutes').notNull().default(30),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
});

export const dementiaGroupStaff = sqliteTable(
  'dementia_group_staff',
  {
    groupId: integer('group_id')
      .notNull()
      .references(() => dementiaGroup.id),
    staffId: integer('staff_id')
      .notNull()
      .references(() => staff.id),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.staffId] })],
);

export const dementiaGroupMember = sqliteTable(
  'dementia_group_member',
  {
    groupId: integer('group_id')
      .notNull()
      .references(() => dementiaGroup.id),
    clientId: integer('client_id')
      .notNull()
      .references(() => clients.id),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.clientId] }), index('dementia_group_member_client_idx').on(t.clientId)],
);

/** An optional photo of a client, resized in the browser (≤ 400 px), kept small (bounded in the contract). */
export const clientPhoto = sqliteTable('client_photo', {
  clientId: integer('client_id')
    .primaryKey()
    .references(() => clients.id),
  mime: text('mime', { enum: ['image/jpeg', 'image/webp'] }).notNull(),
  data: blob('data', { mode: 'buffer' }).notNull(),
  width: integer('width').notNull(),
  height: integer('height').notNull(),
  updatedAt: text('updated_at').notNull(),
});

/** The catalogue of programme items; defaults carry a stable `code`, the centre adds its own. */
export const dementiaProgrammeItem = sqliteTable('dementia_programme_item', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  code: text('code').unique(),
  nameLv: text('name_lv').notNull(),
  nameLt: text('name_lt').notNull(),
  nameRu: text('name_ru').notNull(),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  createdAt: text('created_at').notNull(),
});

/** The weekly template of a group: what is done on each ISO weekday and when. */
export const dementiaTemplateItem = sqliteTable(
  'dementia_template_item',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    groupId: integer('group_id')
      .notNull()
      .references(() => dementiaGroup.id),
    weekday: integer('weekday').notNull(),
    startTime: text('start_time').notNull(),
    endTime: text('end_time').notNull(),
    itemId: integer('item_id')
      .notNull()
      .references(() => dementiaProgrammeItem.id),
    note: text('note'),
  },
  (t) => [index('dementia_template_item_group_idx').on(t.groupId, t.weekday, t.startTime)],
);

/** Ties a `sessions` row of kind 'dementia-group' to its group: one per group and date. */
export const dementiaGroupSession = sqliteTable(
  'dementia_group_session',
  {
    sessionId: integer('session_id')
      .primaryKey()
      .references(() => sessions.id),
    groupId: integer('group_id')
      .notNull()
      .references(() => dementiaGroup.id),
    date: text('date').notNull(),
  },
  (t) => [uniqueIndex('dementia_group_session_group_date_idx').on(t.groupId, t.date)],
);

/** The day's programme of a group session. */
export const dementiaSessionItem = sqliteTable(
  'dementia_session_item',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    sessionId: integer('session_id')
      .notNull()
      .references(() => sessions.id),
    startTime: text('start_time').notNull(),
    endTime: text('end_time').notNull(),
    itemId: integer('item_id')
      .notNull()
      .references(() => dementiaProgrammeItem.id),
    note: text('note'),
  },
  (t) => [index('dementia_session_item_session_idx').on(t.sessionId, t.startTime)],
);

/** Staff present at a group session. */
export const dementiaSessionStaff = sqliteTable(
  'dementia_session_staff',
  {
    sessionId: integer('session_id')
      .notNull()
      .references(() => sessions.id),
    staffId: integer('staff_id')
      .notNull()
      .references(() => staff.id),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.staffId] })],
);

/**
 * One participant's observation on one day (health data: carer and manager only, every read audited).
 * Keyed by the session participant; client and date are kept for the history over years.
 */
export const dementiaObservation = sqliteTable(
  'dementia_observation',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    participantId: integer('participant_id')
      .notNull()
      .references(() => sessionParticipants.id),
    sessionId: integer('session_id')
      .notNull()
      .references(() => sessions.id),
    clientId: integer('client_id')
      .notNull()
      .references(() => clients.id),
    date: text('date').notNull(),
    /** Scales in shared/domain/dementia.ts; null when not observed. */
    mood: integer('mood'),
    engagement: integer('engagement'),
    appetite: integer('appetite'),
    sleepiness: integer('sleepiness'),
    /** JSON array of behaviour codes (agitation, wandering-attempt, …). */
    behaviours: text('behaviours', { mode: 'json' }).$type<string[]>().notNull(),
    helped: text('helped'),
    note: text('note'),
    recordedBy: integer('recorded_by')
      .notNull()
      .references(() => staff.id),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('dementia_observation_participant_idx').on(t.participantId),
    index('dementia_observation_client_idx').on(t.clientId, t.date),
    // A day's grid and its save read the session's rows: without it, a scan of years of observations.
    index('dementia_observation_session_idx').on(t.sessionId),
  ],
);
