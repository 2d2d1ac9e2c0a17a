import { count } from 'drizzle-orm';
import { clients } from '#db/schema/index';
import { absenceReasons, type AbsenceReason } from '#shared/domain/attendance';
import { localDate, monthBounds, monthOf, previousMonth } from '#shared/domain/month';
import type { Core } from '../core';
import { workingDays } from '../calendar/working-days';
import { insertAttendance, insertClient, insertDecision } from '../testing/sheet-fixtures';

const demoClients = [
  ['Jānis', 'Bērziņš', 'day-care'],
  ['Līga', 'Āboliņa', 'day-care'],
  ['Ērika', 'Čakste', 'day-care'],
  ['Ģirts', 'Šmits', 'day-care'],
  ['Ņina', 'Kalniņa', 'day-care'],
  ['Пётр', 'Иванов', 'day-care'],
  ['Kęstutis', 'Žemaitėlis', 'day-care'],
  ['Ilze', 'Ozola', 'dementia-day-centre'],
  ['Valentīna', 'Liepiņa', 'dementia-day-centre'],
] as const;

/**
 * Last month's attendance for the demo centre, so its sheet prints with data. The client register and
 * the day board own these records (other branches); until they seed the demo through their methods,
 * the rows are written directly, and only into a demo that has no clients yet.
 */
export function seedSheetDemo(core: Core, now: Date = core.now()): void {
  const db = core.db;
  if ((db.select({ n: count() }).from(clients).get()?.n ?? 0) > 0) return;
  const month = previousMonth(monthOf(localDate(now)));
  const { first, last } = monthBounds(month);
  const days = workingDays(db, first, last);
  db.transaction((tx) => {
    demoClients.forEach(([firstName, lastName, service], i) => {
      const id = insertClient(tx, { firstName, lastName, language: /[а-я]/i.test(firstName) ? 'ru' : 'lv' });
      insertDecision(tx, id, service, '2025-01-01');
      days.forEach((date, d) => {
        // A fixed pattern rather than randomness: the demo prints the same sheet every time.
        const absent = (d + i * 3) % 9 === 0;
        const reason: AbsenceReason = absenceReasons[(d + i) % 4] ?? 'sick';
        insertAttendance(tx, id, date, absent ? { status: 'absent', reason } : { status: 'present', meals: i % 2 ? ['lunch'] : ['breakfast', 'lunch'] });
      });
    });
  });
}
