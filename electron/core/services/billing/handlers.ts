import type { Handlers } from '../../dispatcher';
import type { ServiceDeps } from '../service-deps';
import { priceHandlers } from './prices';
import { exemptionHandlers } from './exemptions';
import { billingSettingsHandlers } from './settings';
import { buildStatements, payersOfMonth } from './statement-lines';
import { payerName } from './statement-data';
import { reconcileMonth } from './reconcile';
import { exportStatement } from './statement-export';
import { getCentre } from '#db/queries/centre';
import { decisionsInPeriod } from '#db/queries/billing';
import { monthBounds } from '#shared/domain/month';
import { payerCategoryOf, payerOf } from './statement-lines';

type BillingHandlers = Pick<
  Handlers,
  | 'prices.list'
  | 'prices.save'
  | 'prices.remove'
  | 'billing.exemptions'
  | 'billing.addExemption'
  | 'billing.voidExemption'
  | 'billing.setDecisionTerms'
  | 'billing.payers'
  | 'billing.units'
  | 'billing.reconcile'
  | 'exports.statement'
  | 'prices.units.list'
  | 'prices.units.save'
  | 'prices.units.deactivate'
  | 'billing.absenceRules.list'
  | 'billing.absenceRules.set'
  | 'billing.decisionTerms'
>;

/** Issue 17, points 1–4 (prices, billable units, reconciliation, the statement). */
export function billingHandlers(deps: ServiceDeps): BillingHandlers {
  const { db, now } = deps;
  return {
    ...priceHandlers(deps),
    ...exemptionHandlers(deps),
    ...billingSettingsHandlers(deps),

    'billing.payers': ({ month }, call) => ({
      payers: payersOfMonth(db, month).map((payer) => ({ payer, name: payerName(payer, call.language) })),
    }),

    'billing.units': ({ month, payer }) => {
      const centre = getCentre(db)?.municipality ?? '';
      const { first, last } = monthBounds(month);
      const categories = new Map(decisionsInPeriod(db, first, last).map((d) => [payerOf(d), payerCategoryOf(d, centre)]));
      const payers = payer === undefined ? payersOfMonth(db, month) : [payer];
      const statements = buildStatements(db, month, payers);
      const rows = payers.flatMap((p) =>
        statements.get(p)!.totalsByUnit.map((u) => ({
          payer: p,
          // A municipality's category follows its decisions; a payer unknown this month counts as another municipality.
          payerCategory: categories.get(p) ?? ('other-municipality' as const),
          serviceUnit: u.serviceUnit,
          units: u.units,
          amountCents: u.amountCents,
        })),
      );
      return { rows };
    },

    'billing.reconcile': ({ month }) => ({ warnings: reconcileMonth(db, month) }),

    'exports.statement': (input, call) => exportStatement(db, now, input, call),
  };
}
