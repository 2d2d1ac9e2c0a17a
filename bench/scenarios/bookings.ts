import path from 'node:path';
import type Database from 'better-sqlite3';
import { createCore, type Core } from '#core/core';
import { fixedSession, type CallContext } from '#core/call-context';
import { insertClient } from '#core/testing/board-fixtures';
import { insertItem } from '#core/services/loans/loan-fixtures';
import { findStaffByUsername } from '#db/queries/staff';
import { addDays } from '#shared/domain/dates';
import { isoWeekday } from '#shared/domain/local-date';
import type { BenchEnv } from '../scenario';
import { defineScenario } from '../scenario';
import { benchAdmin } from '../fixtures/centre';
import { benchClock } from '../fixtures/bench-clock';

/*
 * Issue 16, speed: a week of one of 10 resources with 5 years of bookings, and a booking with its checks
 * (IMMEDIATE transaction, opening hours, the item's state, the overlap query and trigger, the audit row)
 * against a bare insert of the same row.
 */
const resourceCount = 10;
const firstDay = '2021-11-22';
const years = 5;
const slotsPerDay = 8;

interface BookingCentre {
  core: Core;
  ctx: CallContext;
  sqlite: Database.Database;
  resources: number[];
  /** Resources with nothing booked: the subject books on one, the baseline inserts on the other. */
  freeForBooking: number;
  freeForInsert: number;
  clientId: number;
  staffId: number;
  weeks: string[];
}

async function bookingCentre(env: BenchEnv): Promise<BookingCentre> {
  return env.shared(
    'bookings-centre',
    async () => {
      const core = createCore({ dataDir: path.join(env.dir, 'bookings'), now: benchClock, backupSchedule: false });
      const setup = await core.dispatch(
        'setup.initialise',
        { centre: { name: 'Bench rezervācijas', country: 'LV', municipality: 'LV-riga', language: 'lv' }, admin: benchAdmin },
        { session: fixedSession(null), language: 'lv', origin: 'bench' },
      );
      if (!setup.ok) throw new Error(`bench set-up failed: ${setup.error.code}`);
      const admin = findStaffByUsername(core.db, benchAdmin.username)!;
      const ctx: CallContext = { session: fixedSession(admin), language: 'lv', origin: 'bench' };
      const sqlite = core.db.$client;
      const clients = sqlite.transaction(() => Array.from({ length: 200 }, (_, i) => insertClient(core.db, { firstName: `Klients${i}`, lastName: 'Rezervācija' })))();
      const create = async (i: number) => {
        const itemId = insertItem(core.db, { number: `HM-${i}`, category: 'hydromassage-bed', status: 'in-use' });
        const result = await core.dispatch('resources.create', { name: `Resurss ${i}`, itemId, serviceUnit: 'hydromassage', opensAt: '08:00', closesAt: '18:00', weekdays: [1, 2, 3, 4, 5] }, ctx);
        if (!result.ok) throw new Error(`resources.create failed: ${result.error.code}`);
        return (result.data as { id: number }).id;
      };
      const resources: number[] = [];
      for (let i = 0; i < resourceCount; i++) resources.push(await create(i));
      const freeForBooking = await create(100);
      const freeForInsert = await create(101);

      // Five years of bookings, written straight into the table (the triggers still check each one).
      const insert = sqlite.prepare(
        `INSERT INTO booking (resource_id, client_id, date, start_time, end_time, status, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'x', 'x')`,
      );
      const weeks: string[] = [];
      sqlite.transaction(() => {
        let n = 0;
        for (let date = firstDay; date < addDays(firstDay, years * 365); date = addDays(date, 1)) {
          if (isoWeekday(date) === 1) weeks.push(date);
          if (isoWeekday(date) > 5) continue;
          for (const resourceId of resources) {
            for (let s = 0; s < slotsPerDay; s++) {
              const start = `${String(8 + s).padStart(2, '0')}:00`;
              insert.run(resourceId, clients[n++ % clients.length], date, start, `${String(8 + s).padStart(2, '0')}:30`, n % 10 === 0 ? 'no-show' : 'done', admin.id);
            }
          }
        }
      })();
      return { core, ctx, sqlite, resources, freeForBooking, freeForInsert, clientId: clients[0]!, staffId: admin.id, weeks };
    },
    (centre) => centre.core.close(),
  );
}

/**
 * The first `count` free slots on weekdays from 2030 on, 20 half-hour slots a day: worked out before
 * timing, so neither side's time includes the bench's own date arithmetic.
 */
function freeSlots(count: number): { date: string; startTime: string; endTime: string }[] {
  const time = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  const slots: { date: string; startTime: string; endTime: string }[] = [];
  for (let date = '2030-01-07'; slots.length < count; date = addDays(date, 1)) {
    if (isoWeekday(date) > 5) continue;
    for (let i = 0; i < 20 && slots.length < count; i++) slots.push({ date, startTime: time(8 * 60 + i * 30), endTime: time(8 * 60 + i * 30 + 30) });
  }
  return slots;
}

interface WeekState extends BookingCentre {
  weekSelect: Database.Statement;
  n: number;
}

export const bookingsWeek = defineScenario<WeekState>({
  id: 'bookings-week',
  name: "one resource's week: core.dispatch('bookings.week'), 10 resources × 5 years of bookings",
  baselineName: 'bare prepared select of the same week’s booking rows',
  maxP95Ms: 15,
  iterations: 400,
  async setup(env) {
    const centre = await bookingCentre(env);
    const weekSelect = centre.sqlite.prepare('SELECT * FROM booking WHERE resource_id = ? AND date BETWEEN ? AND ?');
    return { ...centre, weekSelect, n: 0 };
  },
  baseline(state) {
    const n = state.n++;
    const week = state.weeks[(n * 37) % state.weeks.length]!;
    state.weekSelect.all(state.resources[n % resourceCount], week, addDays(week, 6));
  },
  async subject(state) {
    const n = state.n++;
    const week = state.weeks[(n * 37) % state.weeks.length]!;
    const result = await state.core.dispatch('bookings.week', { resourceId: state.resources[n % resourceCount]!, weekStart: week }, state.ctx);
    if (!result.ok) throw new Error(`bookings.week failed: ${result.error.code}`);
  },
});

interface BookState extends BookingCentre {
  bareInsert: Database.Statement;
  slots: { date: string; startTime: string; endTime: string }[];
  booked: number;
  inserted: number;
}

/** Timed calls of each side; the slots are worked out for twice as many (warm-up included). */
const bookIterations = 400;

export const bookingsBook = defineScenario<BookState>({
  id: 'bookings-book',
  name: "a booking with its conflict check and audit: core.dispatch('bookings.book')",
  baselineName: 'bare insert of the same booking row (one committed statement)',
  budget: 2,
  iterations: bookIterations,
  async setup(env) {
    const centre = await bookingCentre(env);
    const bareInsert = centre.sqlite.prepare(
      `INSERT INTO booking (resource_id, client_id, date, start_time, end_time, status, note, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'booked', NULL, ?, ?, ?)`,
    );
    return { ...centre, bareInsert, slots: freeSlots(bookIterations * 10), booked: 0, inserted: 0 };
  },
  baseline(state) {
    const s = state.slots[state.inserted++]!;
    const at = benchClock().toISOString();
    state.bareInsert.run(state.freeForInsert, state.clientId, s.date, s.startTime, s.endTime, state.staffId, at, at);
  },
  async subject(state) {
    const s = state.slots[state.booked++]!;
    const result = await state.core.dispatch('bookings.book', { resourceId: state.freeForBooking, clientId: state.clientId, ...s }, state.ctx);
    if (!result.ok) throw new Error(`bookings.book failed: ${result.error.code}`);
  },
});
