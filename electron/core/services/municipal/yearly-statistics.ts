import { getCentre } from '#db/queries/centre';
import { statisticsClients, statisticsDecisions, statisticsPresentDays } from '#db/queries/yearly-statistics';
import { sortClients } from '#shared/domain/attendance-sheet';
import { yearlyFigures } from '#shared/domain/yearly-statistics';
import { localDate } from '#shared/domain/month';
import type { UiLanguage } from '#shared/contract/common';
import type { YearlyStatistics } from '#shared/contract/municipal-reports';
import type { Executor } from '#db/client';
import { AppError, unauthenticated } from '../../app-error';

/** A year not begun has no figures: a translated refusal rather than a form of zeros. */
export function futureYear(year: number) {
  return new AppError('conflict', 'municipalReports.futureYear', { year });
}

/**
 * The year's figures from one snapshot of the database. The running year counts until today;
 * a year that has not begun is refused.
 */
export function readYearlyStatistics(db: Executor, input: { year: number; language: UiLanguage; today: string; generatedAt: string; preparedBy: string }): YearlyStatistics {
  const { year, language, today } = input;
  const from = `${String(year).padStart(4, '0')}-01-01`;
  if (from > today) throw futureYear(year);
  const yearEnd = `${String(year).padStart(4, '0')}-12-31`;
  const until = yearEnd < today ? yearEnd : today;
  const centre = getCentre(db);
  if (!centre) throw unauthenticated();
  const everyone = statisticsClients(db);
  const result = yearlyFigures({ from, until }, everyone, statisticsDecisions(db, until), statisticsPresentDays(db, from, until));
  const named = new Set(result.figures.served.clientIds.concat(result.figures.atYearEnd.clientIds, result.figures.discharges.clientIds, result.figures.clientDays.clientIds));
  const clients = sortClients(
    everyone.filter((c) => named.has(c.id)),
    centre.country,
  ).map((c) => ({ id: c.id, name: `${c.lastName} ${c.firstName}`, birthDate: c.birthDate, sex: c.sex }));
  return {
    year,
    language,
    centre: { name: centre.name, country: centre.country },
    until,
    generatedAt: input.generatedAt,
    preparedBy: input.preparedBy,
    figures: result.figures,
    bySexAndAge: result.bySexAndAge,
    byService: result.byService,
    clients,
  };
}

export const todayOf = (now: () => Date) => localDate(now());
