import { findExemption, exemptionsOfClient, insertExemption, saveDecisionBilling, updateExemption, findDecisionBilling } from '#db/queries/billing';
import { findDecision, updateDecision } from '#db/queries/decisions';
import { conflict, notFound } from '../../app-error';
import type { Handlers } from '../../dispatcher';
import type { ServiceDeps } from '../service-deps';
import { audited } from '../audited';
import { requireClient } from '../client-guard';

type ExemptionHandlers = Pick<Handlers, 'billing.exemptions' | 'billing.addExemption' | 'billing.voidExemption' | 'billing.setDecisionTerms'>;

type ExemptionRow = ReturnType<typeof exemptionsOfClient>[number];
const view = ({ createdAt: _c, voidedBy: _v, ...e }: ExemptionRow) => e;
/** In the audit row the certificate is `certificate`: `document` is the print trail's coded field. */
const forAudit = ({ document, ...e }: ExemptionRow) => ({ ...e, certificate: document });

/** Needy / low-income status with its dates, and the billing terms of a decision (private payer, client reference). */
export function exemptionHandlers({ db, now }: ServiceDeps): ExemptionHandlers {
  return {
    'billing.exemptions': ({ clientId }) => ({ exemptions: exemptionsOfClient(db, clientId).map(view) }),

    'billing.addExemption': (input, call) => {
      if (input.validTo < input.validFrom) throw conflict('billing.exemptionReversed');
      const row = audited(db, now, call)((tx, audit) => {
        requireClient(tx, input.clientId);
        const created = insertExemption(tx, { ...input, createdAt: now().toISOString() });
        audit({ entity: 'billing_exemption', entityId: created.id, after: forAudit(created) });
        return created;
      });
      return { exemption: view(row) };
    },

    'billing.voidExemption': ({ id }, call) => {
      audited(db, now, call)((tx, audit) => {
        const before = findExemption(tx, id);
        if (!before || before.voidedAt) throw notFound('billing.exemptionNotFound');
        const after = updateExemption(tx, id, { voidedAt: now().toISOString(), voidedBy: call.actor().id });
        audit({ entity: 'billing_exemption', entityId: id, before: forAudit(before), after: forAudit(after) });
      });
      return {};
    },

    'billing.setDecisionTerms': ({ decisionId, privatePayer, clientReference, copayPercent, copayAmountCents }, call) => {
      audited(db, now, call)((tx, audit) => {
        const decision = findDecision(tx, decisionId);
        if (!decision) throw notFound('decisions.notFound');
        const before = findDecisionBilling(tx, decisionId) ?? null;
        const after = saveDecisionBilling(tx, { decisionId, privatePayer, clientReference: clientReference || null, updatedAt: now().toISOString() });
        audit({ entity: 'decision_billing', entityId: decisionId, before, after });
        if (copayPercent !== undefined || copayAmountCents !== undefined) {
          const share = { copayPercent: copayPercent ?? null, copayAmountCents: copayAmountCents ?? null };
          const updated = updateDecision(tx, decisionId, share);
          audit({
            entity: 'service_decision',
            entityId: decisionId,
            before: { copayPercent: decision.copayPercent, copayAmountCents: decision.copayAmountCents },
            after: { copayPercent: updated.copayPercent, copayAmountCents: updated.copayAmountCents },
          });
        }
      });
      return {};
    },
  };
}
