import type { MethodParsedInput } from '#shared/contract/index';
import { orNull } from '#shared/contract/fields';
import { localIsoDate } from '#shared/domain/dates';
import { searchKey } from '#shared/domain/search-key';
import { closeCurrentCode, findClient, findOwnCode, insertClient, insertClientCode, reopenCode, updateClient, type ClientRow } from '#db/queries/clients';
import { writeWithAudit } from '#db/write';
import type { Db, Executor } from '#db/client';
import { notFound } from '../app-error';
import type { HandlerCall } from '../call-context';
import { assertCodeFree, resolveCode, type ResolvedCode } from './client-code';

type CardInput = MethodParsedInput<'clients.create'>;

/** The stored card fields; where the code holds the birth date and sex, the code wins (DOMAIN.md). */
function cardColumns(input: CardInput, code: ResolvedCode | null) {
  return {
    firstName: input.firstName,
    lastName: input.lastName,
    searchKey: searchKey(input.firstName, input.lastName),
    personalCode: code?.code ?? null,
    codeCountry: code?.country ?? null,
    birthDate: code?.birthDate ?? orNull(input.birthDate),
    sex: code?.sex ?? orNull(input.sex),
    address: orNull(input.address),
    phone: orNull(input.phone),
    language: input.language,
    receptionNotes: orNull(input.receptionNotes),
    wanderingRisk: input.wanderingRisk ?? false,
    mayGoHomeAlone: input.mayGoHomeAlone ?? false,
    diet: orNull(input.diet),
  };
}

/** Keeps the code history: the current code is closed, the new one opened (or an old one of theirs reopened). */
function switchCode(tx: Executor, clientId: number, code: ResolvedCode | null, today: string): void {
  closeCurrentCode(tx, clientId, today);
  if (!code) return;
  const own = findOwnCode(tx, clientId, code.country, code.code);
  if (own) reopenCode(tx, own.id);
  else insertClientCode(tx, { clientId, country: code.country, code: code.code, validFrom: today, overrideReason: code.overrideReason });
}

export function createClient(db: Db, input: CardInput, call: HandlerCall, now: () => Date): ClientRow {
  const code = resolveCode(input, now());
  const stamp = now().toISOString();
  const today = localIsoDate(now());
  return writeWithAudit(
    db,
    { staffId: call.actor().id, method: call.method },
    (tx, audit) => {
      if (code) assertCodeFree(tx, code);
      const client = insertClient(tx, { ...cardColumns(input, code), status: 'active', statusSince: today, createdAt: stamp, updatedAt: stamp });
      switchCode(tx, client.id, code, today);
      audit({ entity: 'client', entityId: client.id, after: { ...client, codeOverrideReason: code?.overrideReason ?? null } });
      return client;
    },
    now,
  );
}

export function updateClientCard(db: Db, input: MethodParsedInput<'clients.update'>, call: HandlerCall, now: () => Date): ClientRow {
  const code = resolveCode(input, now());
  const today = localIsoDate(now());
  return writeWithAudit(
    db,
    { staffId: call.actor().id, method: call.method },
    (tx, audit) => {
      const before = findClient(tx, input.id);
      if (!before) throw notFound('clients.notFound');
      const codeChanged = (code?.code ?? null) !== before.personalCode || (code?.country ?? null) !== before.codeCountry;
      if (codeChanged) {
        if (code) assertCodeFree(tx, code, before.id);
        switchCode(tx, before.id, code, today);
      }
      const statusChanged = input.status !== undefined && input.status !== before.status;
      const status = statusChanged
        ? { status: input.status, statusSince: orNull(input.statusSince) ?? today, statusReason: orNull(input.statusReason) }
        : {};
      const after = updateClient(tx, before.id, { ...cardColumns(input, code), ...status, updatedAt: now().toISOString() });
      audit({
        entity: 'client',
        entityId: before.id,
        before,
        after: codeChanged && code?.overrideReason ? { ...after, codeOverrideReason: code.overrideReason } : after,
      });
      return after;
    },
    now,
  );
}
