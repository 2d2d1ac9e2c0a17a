import { absenceReasons } from '#shared/domain/attendance';
import { payerCategories } from '#shared/domain/service-units';
import { defaultAbsenceEffects } from '#shared/domain/billing-rules';
import { absenceRuleOverrides } from '#db/queries/billing';
import {
  decisionTermsOfClient,
  deleteAbsenceRule,
  findAbsenceRule,
  findOwnUnit,
  findOwnUnitByCode,
  insertOwnUnit,
  ownUnits,
  updateOwnUnit,
  type OwnUnitRow,
} from '#db/queries/billing-settings';
import { conflict, notFound } from '../../app-error';
import type { Handlers } from '../../dispatcher';
import type { ServiceDeps } from '../service-deps';
import { audited } from '../audited';
import { upsertAbsenceRule } from '#db/queries/billing-settings';

type SettingsHandlers = Pick<
  Handlers,
  'prices.units.list' | 'prices.units.save' | 'prices.units.deactivate' | 'billing.absenceRules.list' | 'billing.absenceRules.set' | 'billing.decisionTerms'
>;

const view = ({ createdAt: _c, ...u }: OwnUnitRow) => u;

/** The centre's own service units, its overrides of the absence rules, and the billing terms of a client's decisions. */
export function billingSettingsHandlers({ db, now }: ServiceDeps): SettingsHandlers {
  return {
    'prices.units.list': () => ({ units: ownUnits(db).map(view) }),

    'prices.units.save': ({ id, ...values }, call) => {
      const unit = audited(db, now, call)((tx, audit) => {
        const same = findOwnUnitByCode(tx, values.code);
        if (same && same.id !== id) throw conflict('billing.ownUnitCodeTaken', { code: values.code });
        if (id === undefined) {
          const row = insertOwnUnit(tx, { ...values, active: true, createdAt: now().toISOString() });
          audit({ entity: 'own_service_unit', entityId: row.id, after: view(row) });
          return row;
        }
        const before = findOwnUnit(tx, id);
        if (!before) throw notFound('billing.ownUnitNotFound');
        // Prices and statements name the unit by its code: it stays what it was.
        if (before.code !== values.code) throw conflict('billing.ownUnitCodeFixed');
        const row = updateOwnUnit(tx, id, values);
        audit({ entity: 'own_service_unit', entityId: id, before: view(before), after: view(row) });
        return row;
      });
      return { unit: view(unit) };
    },

    'prices.units.deactivate': ({ id }, call) => {
      audited(db, now, call)((tx, audit) => {
        const before = findOwnUnit(tx, id);
        if (!before || !before.active) throw notFound('billing.ownUnitNotFound');
        const after = updateOwnUnit(tx, id, { active: false });
        audit({ entity: 'own_service_unit', entityId: id, before: view(before), after: view(after) });
      });
      return {};
    },

    'billing.absenceRules.list': () => {
      const overrides = new Map(absenceRuleOverrides(db).map((r) => [`${r.absenceReason}|${r.payerCategory}`, r.effect]));
      return {
        rules: absenceReasons.flatMap((absenceReason) =>
          payerCategories.map((payerCategory) => {
            const defaultEffect = defaultAbsenceEffects[absenceReason][payerCategory];
            const override = overrides.get(`${absenceReason}|${payerCategory}`);
            return { absenceReason, payerCategory, effect: override ?? defaultEffect, defaultEffect, overridden: override !== undefined && override !== defaultEffect };
          }),
        ),
      };
    },

    'billing.absenceRules.set': ({ absenceReason, payerCategory, effect }, call) => {
      const toDefault = effect === null || effect === defaultAbsenceEffects[absenceReason][payerCategory];
      // Back to the built-in rule where there is no override: nothing to write, nothing to audit.
      if (toDefault && !findAbsenceRule(db, absenceReason, payerCategory)) return {};
      audited(db, now, call)((tx, audit) => {
        const before = findAbsenceRule(tx, absenceReason, payerCategory) ?? null;
        const entityKey = `${absenceReason}|${payerCategory}`;
        // The built-in effect needs no row: choosing it removes the override.
        if (toDefault || effect === null) {
          if (!before) throw notFound('billing.absenceRuleNotFound');
          deleteAbsenceRule(tx, absenceReason, payerCategory);
          audit({ entity: 'absence_billing_rule', entityId: entityKey, before });
          return;
        }
        const after = upsertAbsenceRule(tx, { absenceReason, payerCategory, effect, updatedAt: now().toISOString() });
        audit({ entity: 'absence_billing_rule', entityId: entityKey, before, after });
      });
      return {};
    },

    'billing.decisionTerms': ({ clientId }) => ({ terms: decisionTermsOfClient(db, clientId) }),
  };
}
