import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { relationKinds } from '../../shared/domain/client-parts';
import { clients } from './clients';
import { staff } from './staff';

/**
 * Every personal code a client has held (a Latvian may switch once to a new-format code). Old codes
 * stay searchable and can never be given to someone else; `valid_to` is null for the current one.
 */
export const clientCodes = sqliteTable(
  'client_codes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    clientId: integer('client_id')
      .notNull()
      .references(() => clients.id),
    country: text('country', { enum: ['LV', 'LT'] }).notNull(),
    code: text('code').notNull(),
    validFrom: text('valid_from').notNull(),
    validTo: text('valid_to'),
    /** Why a code with a wrong check digit was accepted; also in the audit trail. */
    overrideReason: text('override_reason'),
  },
  (t) => [uniqueIndex('client_codes_code_idx').on(t.country, t.code), index('client_codes_client_idx').on(t.clientId)],
);

/** Relatives and other contacts, incl. who may collect the client and whom to call in an emergency. */
export const clientRelatives = sqliteTable(
  'client_relatives',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    clientId: integer('client_id')
      .notNull()
      .references(() => clients.id),
    name: text('name').notNull(),
    relation: text('relation', { enum: relationKinds }).notNull(),
    phone: text('phone'),
    phoneAlt: text('phone_alt'),
    address: text('address'),
    language: text('language', { enum: ['lv', 'lt', 'ru'] }),
    canCollect: integer('can_collect', { mode: 'boolean' }).notNull().default(false),
    emergencyContact: integer('emergency_contact', { mode: 'boolean' }).notNull().default(false),
    priority: integer('priority').notNull().default(1),
    note: text('note'),
    /** How reception recognises a collector, e.g. "shows passport". */
    idHint: text('id_hint'),
    /** The client's main family carer: their respite hours are counted (issue 14). */
    mainCarer: integer('main_carer', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [index('client_relatives_client_idx').on(t.clientId, t.priority)],
);

/** Consents to data processing, photos and sharing with the municipality; withdrawal keeps the row. */
export const clientConsents = sqliteTable(
  'client_consents',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    clientId: integer('client_id')
      .notNull()
      .references(() => clients.id),
    kind: text('kind', { enum: ['dataProcessing', 'photos', 'municipalitySharing'] }).notNull(),
    givenOn: text('given_on').notNull(),
    givenBy: text('given_by', { enum: ['client', 'representative'] }).notNull(),
    representativeName: text('representative_name'),
    withdrawnOn: text('withdrawn_on'),
  },
  (t) => [index('client_consents_client_idx').on(t.clientId)],
);

/** Needs assessments; history is kept, the card shows the latest per instrument. */
export const clientAssessments = sqliteTable(
  'client_assessments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    clientId: integer('client_id')
      .notNull()
      .references(() => clients.id),
    instrument: text('instrument', { enum: ['barthel', 'lv-care-level'] }).notNull(),
    instrumentVersion: text('instrument_version').notNull(),
    assessedOn: text('assessed_on').notNull(),
    assessor: text('assessor').notNull(),
    careLevel: integer('care_level'),
    /** Barthel item scores as JSON, e.g. {"feeding":2,…}; the total is computed from them. */
    barthel: text('barthel', { mode: 'json' }).$type<Record<string, number>>(),
    barthelTotal: integer('barthel_total'),
    nextReview: text('next_review'),
    note: text('note'),
    createdAt: text('created_at').notNull(),
    /** Set when the assessment was entered by mistake: kept in the history, never the latest result. */
    voidedAt: text('voided_at'),
    voidedBy: integer('voided_by').references(() => staff.id),
    voidReason: text('void_reason'),
  },
  (t) => [index('client_assessments_client_idx').on(t.clientId, t.instrument, t.assessedOn)],
);
