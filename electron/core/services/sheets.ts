import { getCentre } from '#db/queries/centre';
import { attendanceBetween, firstActiveManager, presentOn, sheetClients } from '#db/queries/attendance-sheet';
import { findMonthClosure } from '#db/queries/month-closures';
import { absenceReasons } from '#shared/domain/attendance';
import { inMealOrder, mealColumns, mealKinds, type MealKind } from '#shared/domain/meals';
import { buildSheetRows, sortClients } from '#shared/domain/attendance-sheet';
import { monthBounds } from '#shared/domain/month';
import { absenceLetters, presentMark } from '#shared/domain/sheet-legend';
import { calendarBetween, calendarOfMonth } from '../calendar/working-days';
import { unauthenticated } from '../app-error';
import type { Handlers } from '../dispatcher';
import type { ServiceDeps } from './service-deps';

type SheetHandlers = Pick<Handlers, 'sheets.attendanceMonth' | 'sheets.dayList'>;

export function sheetHandlers({ db, now }: ServiceDeps): SheetHandlers {
  const centreOf = () => {
    const centre = getCentre(db);
    if (!centre) throw unauthenticated();
    return { centre: { name: centre.name, country: centre.country }, served: centre.mealKinds };
  };

  return {
    'sheets.attendanceMonth': ({ month, service, language, codes }, call) => {
      const { first, last } = monthBounds(month);
      // One read transaction: the grid and its totals come from the same snapshot.
      return db.transaction((tx) => {
        const days = calendarOfMonth(tx, month, language);
        const clients = sheetClients(tx, service, first, last);
        const records = attendanceBetween(tx, clients.map((c) => c.id), first, last);
        const { centre, served } = centreOf();
        const { rows, totals } = buildSheetRows(days, clients, records, language, codes, centre.country);
        return {
          centre,
          service,
          month,
          language,
          codes,
          preparedBy: call.actor().fullName,
          approvedBy: firstActiveManager(tx),
          generatedAt: now().toISOString(),
          closed: findMonthClosure(tx, month, service)?.closed ?? false,
          days,
          presentMark,
          legend: absenceReasons.map((reason) => ({ reason, letter: absenceLetters[language][reason] })),
          mealKinds: mealColumns(served, records.map((r) => r.meals)),
          rows,
          totals,
        };
      }, { behavior: 'deferred' });
    },

    'sheets.dayList': ({ date, language }, call) => {
      const day = calendarBetween(db, date, date, language)[0];
      if (!day) throw new Error(`no calendar day for ${date}`);
      const { centre, served } = centreOf();
      const rows = sortClients(
        presentOn(db, date).map((r) => ({ ...r, id: r.clientId })),
        centre.country,
      ).map((r) => ({
        clientId: r.clientId,
        name: `${r.lastName} ${r.firstName}`,
        arrivedAt: r.arrivedAt,
        leftAt: r.leftAt,
        inBuilding: r.arrivedAt !== null && r.leftAt === null,
        meals: inMealOrder(r.meals),
      }));
      const meals = Object.fromEntries(mealKinds.map((m) => [m, rows.filter((r) => r.meals.includes(m)).length])) as Record<MealKind, number>;
      return {
        centre,
        date,
        language,
        generatedAt: now().toISOString(),
        preparedBy: call.actor().fullName,
        day,
        mealKinds: mealColumns(served, rows.map((r) => r.meals)),
        rows,
        totals: { present: rows.length, inBuilding: rows.filter((r) => r.inBuilding).length, meals },
      };
    },
  };
}
