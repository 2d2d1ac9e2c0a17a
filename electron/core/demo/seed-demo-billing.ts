import type { MethodInput, MethodName } from '#shared/contract/index';
import { addDays, localIsoDate } from '#shared/domain/dates';
import { monthBounds, previousMonth } from '#shared/domain/month';
import { payerCategories, type CatalogueServiceUnit } from '#shared/domain/service-units';
import { decisionsInPeriod } from '#db/queries/billing';
import { findStaffByUsername } from '#db/queries/staff';
import type { Core } from '../core';
import { fixedSession, type CallContext } from '../call-context';

/** Prices in cents for the own municipality; other municipalities pay a fifth more, private payers a third more. */
const basePrices: [CatalogueServiceUnit, number][] = [
  ['care-day-4h', 850],
  ['care-day-8h', 1450],
  ['dementia-day', 2100],
  ['hydromassage', 700],
  ['shower', 300],
  ['laundry', 250],
  ['meal-lunch', 320],
];
const factor = { 'own-municipality': 1, 'other-municipality': 1.2, private: 4 / 3 } as const;

/**
 * The price list, needy / low-income exemptions and municipal client references of the demo centre, so
 * last month's statement (two and more paying municipalities) can be made right after `--demo`. Day
 * care got dearer on the 1st of this month: last month keeps the old price.
 */
export async function seedDemoBilling(core: Core, adminUsername: string): Promise<void> {
  const admin = findStaffByUsername(core.db, adminUsername);
  if (!admin) throw new Error('demo administrator missing');
  const ctx: CallContext = { session: fixedSession(admin), language: 'lv', origin: 'demo' };
  const call = async <M extends MethodName>(method: M, input: MethodInput<M>) => {
    const result = await core.dispatch(method, input, ctx);
    if (!result.ok) throw new Error(`demo ${method} failed: ${result.error.code} ${JSON.stringify(result.error.issues ?? [])}`);
  };
  const today = localIsoDate(core.now());
  const thisMonth = today.slice(0, 7);
  const lastMonth = previousMonth(thisMonth);
  const since = `${Number(today.slice(0, 4)) - 2}-01-01`;

  for (const category of payerCategories) {
    for (const [unit, cents] of basePrices) {
      await call('prices.save', {
        serviceUnit: unit, payerCategory: category, validFrom: since, validTo: null,
        priceCents: Math.round(cents * factor[category]), vatRateBp: 0, vatCategory: 'E',
      });
    }
    // This month's new day-care price: saving it ends the old one on the last day of last month.
    await call('prices.save', {
      serviceUnit: 'care-day-8h', payerCategory: category, validFrom: `${thisMonth}-01`, validTo: null,
      priceCents: Math.round(1550 * factor[category]), vatRateBp: 0, vatCategory: 'E',
    });
  }

  const { first, last } = monthBounds(lastMonth);
  const decisions = decisionsInPeriod(core.db, first, last).sort((a, b) => a.decision.id - b.decision.id);
  for (const [i, d] of decisions.entries()) {
    if (i % 7 === 3) {
      // Low-income status granted on the 10th of last month, for half a year.
      await call('billing.addExemption', { clientId: d.decision.clientId, kind: 'low-income', validFrom: `${lastMonth}-10`, validTo: addDays(`${lastMonth}-10`, 182), document: `SD-izz-${100 + i}` });
    }
    if (d.decision.payingMunicipality !== 'LV-aizkraukle') {
      await call('billing.setDecisionTerms', { decisionId: d.decision.id, privatePayer: false, clientReference: `${d.decision.payingMunicipality.slice(3, 6).toUpperCase()}-${String(1000 + d.decision.clientId)}` });
    }
  }
}
