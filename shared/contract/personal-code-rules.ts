import type { z } from 'zod';
import { checkPersonalCode, type Country } from '../domain/personal-code';
import { contractToday } from './contract-clock';

/** Noon of a `YYYY-MM-DD` day: the code's birth date is compared with this local day. */
const dayAsDate = (iso: string) => new Date(`${iso}T12:00:00`);

interface CodeFields {
  codeCountry?: Country | '' | undefined;
  personalCode?: string | undefined;
  codeOverrideReason?: string | undefined;
}

/**
 * The personal-code rules as zod issues, shared by the form and the core: a malformed code or an
 * impossible date blocks; a wrong check digit only asks for a written reason (DOMAIN.md: a real
 * person must never be unregistrable). Messages are keys under `errors:personalCode.*`.
 */
export function addPersonalCodeIssues(fields: CodeFields, ctx: z.RefinementCtx): void {
  const code = fields.personalCode?.trim() ?? '';
  if (code === '') return;
  if (!fields.codeCountry) {
    ctx.addIssue({ code: 'custom', path: ['codeCountry'], message: 'codeCountryRequired', input: fields.codeCountry });
    return;
  }
  const check = checkPersonalCode(fields.codeCountry, code, dayAsDate(contractToday()));
  const blocking = check.errors.filter((e) => !e.overridable);
  for (const error of blocking) {
    ctx.addIssue({ code: 'custom', path: ['personalCode'], message: `personalCode.${error.code}`, input: code });
  }
  const needsReason = blocking.length === 0 && check.errors.some((e) => e.overridable);
  if (needsReason && (fields.codeOverrideReason?.trim() ?? '').length < 3) {
    ctx.addIssue({ code: 'custom', path: ['codeOverrideReason'], message: 'codeOverrideReasonRequired', input: fields.codeOverrideReason });
  }
}
