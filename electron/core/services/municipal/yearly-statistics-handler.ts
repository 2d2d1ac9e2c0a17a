import type { Handlers } from '../../dispatcher';
import { audited } from '../audited';
import type { ServiceDeps } from '../service-deps';
import { readYearlyStatistics, todayOf } from './yearly-statistics';
import { statisticsXlsx } from './statistics-xlsx';

/**
 * `exports.yearlyStatistics`: the figures are read and the export recorded in one transaction (the
 * audit row carries the headline figures, never names); the workbook is written from that answer.
 */
export function yearlyStatisticsHandlers({ db, now }: ServiceDeps): Pick<Handlers, 'exports.yearlyStatistics'> {
  return {
    'exports.yearlyStatistics': async ({ year, language, format }, call) => {
      const statistics = audited(db, now, call)((tx, audit) => {
        const stats = readYearlyStatistics(tx, { year, language, today: todayOf(now), generatedAt: now().toISOString(), preparedBy: call.actor().fullName });
        const { served, clientDays, admissions, discharges, atYearEnd } = stats.figures;
        audit({
          entity: 'yearly-statistics',
          entityId: year,
          before: null,
          after: { format, served: served.count, clientDays: clientDays.count, admissions: admissions.count, discharges: discharges.count, atYearEnd: atYearEnd.count },
        });
        return stats;
      });
      if (format === 'data') return { statistics, file: null };
      const bytes = await statisticsXlsx(statistics);
      return {
        statistics,
        file: {
          fileName: `statistika-${year}.xlsx`,
          mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          base64: bytes.toString('base64'),
        },
      };
    },
  };
}
