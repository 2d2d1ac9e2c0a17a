import { barthelTotal, instrumentVersions, type BarthelScores } from '#shared/domain/barthel';
import { orNull } from '#shared/contract/fields';
import { findAssessment, insertAssessment, listAssessments, updateAssessment } from '#db/queries/client-records';
import { conflict, notFound } from '../app-error';
import type { Handlers } from '../dispatcher';
import type { ServiceDeps } from './service-deps';
import { audited } from './audited';
import { requireClient } from './client-guard';

type AssessmentsHandlers = Pick<Handlers, 'assessments.list' | 'assessments.create' | 'assessments.void'>;

export function assessmentsHandlers({ db, now, events }: ServiceDeps): AssessmentsHandlers {
  return {
    'assessments.list': ({ clientId }) => ({ assessments: listAssessments(db, clientId) }),

    'assessments.create': ({ clientId, ...input }, call) => {
      const barthel = input.instrument === 'barthel' ? (input.barthel as BarthelScores) : null;
      const assessment = audited(db, now, call)((tx, audit) => {
        requireClient(tx, clientId);
        const row = insertAssessment(tx, {
          clientId,
          instrument: input.instrument,
          // The version is the one this build implements, never typed: a later scale gets a new one.
          instrumentVersion: instrumentVersions[input.instrument],
          assessedOn: input.assessedOn,
          assessor: input.assessor,
          careLevel: input.instrument === 'lv-care-level' ? (input.careLevel ?? null) : null,
          barthel,
          barthelTotal: barthel ? barthelTotal(barthel) : null,
          nextReview: orNull(input.nextReview),
          note: orNull(input.note),
          createdAt: now().toISOString(),
        });
        audit({ entity: 'client_assessment', entityId: row.id, after: row });
        return { ...row, voidedByName: null };
      });
      events.emit('clients.changed', { clientId });
      return { assessment };
    },

    'assessments.void': ({ id, reason }, call) => {
      const assessment = audited(db, now, call)((tx, audit) => {
        const before = findAssessment(tx, id);
        if (!before) throw notFound('assessments.notFound');
        if (before.voidedAt) throw conflict('assessments.alreadyVoided');
        const row = updateAssessment(tx, id, { voidedAt: now().toISOString(), voidedBy: call.actor().id, voidReason: reason });
        const { voidedByName: _name, ...stored } = before;
        audit({ entity: 'client_assessment', entityId: id, before: stored, after: row });
        return { ...row, voidedByName: call.actor().fullName };
      });
      events.emit('clients.changed', { clientId: assessment.clientId });
      return { assessment };
    },
  };
}
