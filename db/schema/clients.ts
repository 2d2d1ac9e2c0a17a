import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * A client of the centre. Names are stored as typed (any script); `search_key` holds the
 * diacritic-free, Latin-transliterated form the search matches against (shared/domain/search-key.ts).
 */
export const clients = sqliteTable(
  'clients',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    searchKey: text('search_key').notNull(),
    /** Current personal code, 11 digits; older codes stay in `client_codes`. */
    personalCode: text('personal_code'),
    codeCountry: text('code_country', { enum: ['LV', 'LT'] }),
    birthDate: text('birth_date'),
    sex: text('sex', { enum: ['male', 'female'] }),
    address: text('address'),
    phone: text('phone'),
    language: text('language', { enum: ['lv', 'lt', 'ru'] }).notNull(),
    status: text('status', { enum: ['active', 'paused', 'discharged', 'deceased'] }).notNull().default('active'),
    statusSince: text('status_since'),
    statusReason: text('status_reason'),
    /** Shown to reception at check-in: wandering risk, diet, who may collect. */
    receptionNotes: text('reception_notes'),
    wanderingRisk: integer('wandering_risk', { mode: 'boolean' }).notNull().default(false),
    diet: text('diet'),
    /** May leave the centre alone: check-out then asks nobody who collects them (dementia group). */
    mayGoHomeAlone: integer('may_go_home_alone', { mode: 'boolean' }).notNull().default(false),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('clients_personal_code_idx').on(t.personalCode), index('clients_status_idx').on(t.status)],
);
