import type { Handlers } from '../../dispatcher';
import type { ServiceDeps } from '../service-deps';
import { yearlyStatisticsHandlers } from './yearly-statistics-handler';
import { einvoiceHandlers } from './einvoice-handler';
import { monthlyPackHandlers } from './monthly-pack-handler';
import { invoicePartiesHandlers } from './invoice-parties-handler';

type MunicipalHandlers = Pick<Handlers, 'exports.yearlyStatistics' | 'exports.einvoice' | 'exports.monthlyPack' | 'exports.invoiceParties' | 'exports.setSeller' | 'exports.setBuyer'>;

/** Issue 17, points 5–7: the yearly statistics, the e-invoice and the monthly pack. */
export function municipalReportHandlers(deps: ServiceDeps): MunicipalHandlers {
  return { ...yearlyStatisticsHandlers(deps), ...einvoiceHandlers(deps), ...monthlyPackHandlers(deps), ...invoicePartiesHandlers(deps) };
}
