import { checkPersonalCode, maskPersonalCode } from '#shared/domain/personal-code';
import { localIsoDate } from '#shared/domain/dates';
import { findClient, findCodeHolder, listClientCodes } from '#db/queries/clients';
import { listAssessments, listConsents, listRelatives } from '#db/queries/client-records';
import { listDecisions } from '#db/queries/decisions';
import { clientIdsWithDecision, loadIndexRow } from '#db/queries/client-index';
import { writeWithAudit } from '#db/write';
import { notFound } from '../app-error';
import type { Handlers } from '../dispatcher';
import type { ServiceDeps } from './service-deps';
import { createClient, updateClientCard } from './client-card-write';
import { masked, mayReadFullCode } from './code-visibility';

type ClientsHandlers = Pick<
  Handlers,
  'clients.checkPersonalCode' | 'clients.search' | 'clients.list' | 'clients.get' | 'clients.create' | 'clients.update'
>;

export function clientsHandlers(deps: ServiceDeps): ClientsHandlers {
  const { db, now, events, translate, clientIndex: index } = deps;
  const refresh = (id: number) => {
    const { row, codes } = loadIndexRow(db, id);
    index.upsert(id, row, codes);
    events.emit('clients.changed', { clientId: id });
  };

  return {
    'clients.checkPersonalCode': ({ country, code, clientId }, call) => {
      const check = checkPersonalCode(country, code, now());
      const message = (key: string) => translate(call.language, `personalCode.${key}`);
      // The same rule as saving (assertCodeFree), told while typing rather than after the whole card is filled.
      const holder = check.normalised ? findCodeHolder(db, country, check.normalised, clientId) : undefined;
      return {
        ...check,
        holder: holder ? { id: holder.id, name: `${holder.firstName} ${holder.lastName}` } : null,
        errors: check.errors.map((e) => ({ ...e, message: message(e.code) })),
        // Only a check digit can be a warning (new-format LV codes), with its own wording.
        warnings: check.warnings.map((w) => ({ ...w, message: message(`${w.code}Warning`) })),
      };
    },

    'clients.search': ({ query, limit }, call) => ({ clients: index.search(query, call.language, limit ?? 20).map(masked) }),

    'clients.list': ({ status, service, payer }, call) => {
      const withDecision = service || payer ? clientIdsWithDecision(db, localIsoDate(now()), service, payer) : null;
      return {
        clients: index.list(call.language, (c) => (!status || c.status === status) && (!withDecision || withDecision.has(c.id))).map(masked),
      };
    },

    'clients.get': ({ id }, call) =>
      // Reading a card is itself recorded: who opened whose personal data, and when.
      writeWithAudit(
        db,
        { staffId: call.actor().id, method: call.method },
        (tx, audit) => {
          const client = findClient(tx, id);
          if (!client) throw notFound('clients.notFound');
          audit({ entity: 'client', entityId: id, before: null, after: null });
          const assessments = listAssessments(tx, id);
          // A voided assessment was entered by mistake: the latest result is the latest one in force.
          const latest = ['barthel', 'lv-care-level'].flatMap((i) => assessments.find((a) => a.instrument === i && !a.voidedAt) ?? []);
          const full = mayReadFullCode(call.actor().role);
          const codes = listClientCodes(tx, id);
          return {
            client: full ? client : masked(client),
            codes: full ? codes : codes.map((c) => ({ ...c, code: maskPersonalCode(c.country, c.code) })),
            relatives: listRelatives(tx, id),
            consents: listConsents(tx, id),
            decisions: listDecisions(tx, id),
            latestAssessments: latest,
          };
        },
        now,
      ),

    'clients.create': (input, call) => {
      const client = createClient(db, input, call, now);
      refresh(client.id);
      return { client };
    },

    'clients.update': (input, call) => {
      const client = updateClientCard(db, input, call, now);
      refresh(client.id);
      return { client };
    },
  };
}
