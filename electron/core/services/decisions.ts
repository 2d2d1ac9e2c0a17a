import type { MethodParsedInput } from '#shared/contract/index';
import { orNull } from '#shared/contract/fields';
import { addDays, daysBetween, localIsoDate, periodsOverlap } from '#shared/domain/dates';
import { decisionsEndingBetween, decisionsOfService, findDecision, findDecisionView, insertDecision, listDecisions, updateDecision, type DecisionView } from '#db/queries/decisions';
import type { Executor } from '#db/client';
import { conflict, notFound } from '../app-error';
import type { Handlers } from '../dispatcher';
import type { ServiceDeps } from './service-deps';
import { audited } from './audited';
import { requireClient } from './client-guard';

type DecisionsHandlers = Pick<Handlers, 'decisions.list' | 'decisions.expiring' | 'decisions.create' | 'decisions.update' | 'decisions.void'>;
type DecisionInput = Omit<MethodParsedInput<'decisions.create'>, 'clientId'>;

function columns(input: DecisionInput) {
  return {
    service: input.service,
    payingMunicipality: input.payingMunicipality,
    decisionNumber: input.decisionNumber,
    decisionDate: input.decisionDate,
    validFrom: input.validFrom,
    validTo: orNull(input.validTo),
    plannedWeekdays: [...input.plannedWeekdays].sort(),
    unitsPerMonth: input.unitsPerMonth ?? null,
    copayPercent: input.copayPercent ?? null,
    copayAmountCents: input.copayAmountCents ?? null,
    exemption: input.exemption,
    exemptionUntil: input.exemption === 'none' ? null : orNull(input.exemptionUntil),
  };
}

/** Two decisions for the same service may not cover the same day: attendance and statements must agree. */
function assertNoOverlap(tx: Executor, clientId: number, input: DecisionInput, selfId = 0): void {
  const period = { from: input.validFrom, to: orNull(input.validTo) };
  const clash = decisionsOfService(tx, clientId, input.service).find(
    (d) => d.id !== selfId && periodsOverlap(period, { from: d.validFrom, to: d.validTo }),
  );
  if (clash) throw conflict('decisions.overlap', { number: clash.decisionNumber, from: clash.validFrom });
}

function view(tx: Executor, id: number): DecisionView {
  const decision = findDecisionView(tx, id);
  if (!decision) throw notFound('decisions.notFound');
  return decision;
}

export function decisionsHandlers({ db, now, events }: ServiceDeps): DecisionsHandlers {
  return {
    'decisions.list': ({ clientId }) => ({ decisions: listDecisions(db, clientId) }),

    'decisions.expiring': ({ days }) => {
      const today = localIsoDate(now());
      return {
        decisions: decisionsEndingBetween(db, today, addDays(today, days)).map(({ decision, firstName, lastName }) => ({
          ...decision,
          voidedByName: null,
          firstName,
          lastName,
          daysLeft: daysBetween(today, decision.validTo ?? today),
        })),
      };
    },

    'decisions.create': ({ clientId, ...input }, call) => {
      const decision = audited(db, now, call)((tx, audit) => {
        requireClient(tx, clientId);
        assertNoOverlap(tx, clientId, input);
        const row = insertDecision(tx, { clientId, ...columns(input), createdAt: now().toISOString() });
        audit({ entity: 'service_decision', entityId: row.id, after: row });
        return view(tx, row.id);
      });
      events.emit('clients.changed', { clientId });
      return { decision };
    },

    'decisions.update': ({ id, ...input }, call) => {
      const decision = audited(db, now, call)((tx, audit) => {
        const before = findDecision(tx, id);
        if (!before) throw notFound('decisions.notFound');
        // A voided decision is history: correcting it would rewrite what was once (wrongly) in force.
        if (before.voidedAt) throw conflict('decisions.voided');
        assertNoOverlap(tx, before.clientId, input, id);
        const row = updateDecision(tx, id, columns(input));
        audit({ entity: 'service_decision', entityId: id, before, after: row });
        return view(tx, id);
      });
      events.emit('clients.changed', { clientId: decision.clientId });
      return { decision };
    },

    'decisions.void': ({ id, reason }, call) => {
      const decision = audited(db, now, call)((tx, audit) => {
        const before = findDecision(tx, id);
        if (!before) throw notFound('decisions.notFound');
        if (before.voidedAt) throw conflict('decisions.alreadyVoided');
        const row = updateDecision(tx, id, { voidedAt: now().toISOString(), voidedBy: call.actor().id, voidReason: reason });
        audit({ entity: 'service_decision', entityId: id, before, after: row });
        return view(tx, id);
      });
      events.emit('clients.changed', { clientId: decision.clientId });
      return { decision };
    },
  };
}
