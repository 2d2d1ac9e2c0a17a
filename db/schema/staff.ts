import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const staff = sqliteTable('staff', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  /** Stored lower-case, so logins are case-insensitive and unique. */
  username: text('username').notNull().unique(),
  fullName: text('full_name').notNull(),
  role: text('role', { enum: ['administrator', 'manager', 'reception', 'carer'] }).notNull(),
  language: text('language', { enum: ['lv', 'lt', 'ru', 'en'] }).notNull(),
  passwordHash: text('password_hash').notNull(),
  pinHash: text('pin_hash'),
  /** Wrong PINs in a row; at `maxPinFailures` the PIN stops working until a password login resets it. */
  pinFailures: integer('pin_failures').notNull().default(0),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  createdAt: text('created_at').notNull(),
  /** Set when failed logins from anywhere reached the per-user limit; an administrator or the recovery code lifts it. */
  loginLockedAt: text('login_locked_at'),
  /** Hash of the administrator's one-time recovery code (shown once at set-up); null for everyone else. */
  recoveryCodeHash: text('recovery_code_hash'),
});

/** Logged-in sessions. Only a hash of the token is stored, so a copied database opens no session. */
export const staffSession = sqliteTable(
  'staff_session',
  {
    tokenHash: text('token_hash').primaryKey(),
    staffId: integer('staff_id')
      .notNull()
      .references(() => staff.id),
    createdAt: text('created_at').notNull(),
    expiresAt: text('expires_at').notNull(),
    /**
     * Set when the shared PC locked (idle or "switch user"). A locked session answers nothing until its
     * owner unlocks it with PIN or password; keeping the row lets the same user resume where they were.
     */
    lockedAt: text('locked_at'),
  },
  (t) => [index('staff_session_staff_idx').on(t.staffId)],
);
