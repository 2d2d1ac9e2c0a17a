import { checkPersonalCode, type Country } from '#shared/domain/personal-code';
import { findCodeHolder, type ClientRow } from '#db/queries/clients';
import type { Executor } from '#db/client';
import { conflict } from '../app-error';

export interface ResolvedCode {
  country: Country;
  code: string;
  birthDate: string | null;
  sex: 'male' | 'female' | null;
  /** The written reason when a wrong check digit was accepted; null when nothing was overridden. */
  overrideReason: string | null;
}

/**
 * The code as it will be stored. The contract schema has already refused malformed codes and a
 * missing override reason; here the code is normalised and what it tells about the person is read.
 */
export function resolveCode(
  fields: { codeCountry?: Country | '' | undefined; personalCode?: string | undefined; codeOverrideReason?: string | undefined },
  today: Date,
): ResolvedCode | null {
  const raw = fields.personalCode?.trim();
  if (!raw || !fields.codeCountry) return null;
  const check = checkPersonalCode(fields.codeCountry, raw, today);
  if (!check.normalised) return null;
  const overridden = check.errors.some((e) => e.overridable);
  return {
    country: fields.codeCountry,
    code: check.normalised,
    birthDate: check.birthDate,
    sex: check.sex,
    overrideReason: overridden ? (fields.codeOverrideReason?.trim() ?? null) : null,
  };
}

/** A code belongs to one person for good, old codes included: a second holder is a conflict naming the first. */
export function assertCodeFree(tx: Executor, code: ResolvedCode, clientId = 0): void {
  const holder: ClientRow | undefined = findCodeHolder(tx, code.country, code.code, clientId);
  if (holder) throw conflict('clients.duplicateCode', { name: `${holder.firstName} ${holder.lastName}` });
}
