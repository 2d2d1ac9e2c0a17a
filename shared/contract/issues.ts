import type { z } from 'zod';
import { personalCodeProblemCodes } from '../domain/personal-code';

/** A translatable description of one zod issue: a key in the `errors` namespace and its parameters. */
export interface IssueMessage {
  key: string;
  params: Record<string, string | number>;
}

/** Keys a schema may name through `{ error: 'key' }`; they live under `errors:field.*`. */
export const customFieldKeys = [
  'usernameFormat',
  'municipalityUnknown',
  'passwordsDiffer',
  'dateInvalid',
  'phoneFormat',
  'codeCountryRequired',
  'codeOverrideReasonRequired',
  'birthDateFuture',
  'dateFuture',
  'decisionEndsBeforeStart',
  'exemptionUntilBeforeStart',
  'weekdaysDuplicate',
  'barthelItemRange',
  'careLevelRequired',
  'barthelRequired',
  'withdrawnBeforeGiven',
  'monthFormat',
  'dateFormat',
  'pinFormat',
  'timeFormat',
  'endBeforeStart',
  'toBeforeFrom',
  'mealsRequired',
  'dateOutOfRange',
  'rangeTooLong',
  'registrationNumber', // e-invoice parties
  'registrationNumberLt', // e-invoice parties
  'vatNumberLv', // e-invoice parties
  'vatNumberLt', // e-invoice parties
  'endpointSchemeCountry', // e-invoice parties
  'endpointSchemeNeedsVat', // e-invoice parties
  'iban', // e-invoice parties
  'vatRateZero', // billing: a standard rate of 0 %
  'inventoryNumberFormat', // equipment
  'categoryUnknown', // equipment
  'projectCodeRequired', // equipment
  'labelStartOutside', // equipment
  'writeOffReasonRequired', // equipment
  'attachmentTooLarge', // equipment
  'intervalPositive', // equipment-maintenance
  'intervalTooLong', // equipment-maintenance
  'returnBeforeHandOver', // loans
  'damageNoteRequired', // loans
  'serviceUnitFormat', // bookings
  'priceNegative', // billing
  'serviceUnitUnknown', // billing
  'ownUnitCode', // billing settings
  'copayBoth', // billing settings
  'informedBeforeIncident', // incidents
] as const;
const customKeys = new Set<string>(customFieldKeys);
/** Personal-code problems keep their own section, `errors:personalCode.*`, shared with the live check. */
const personalCodeKeys = new Set<string>(personalCodeProblemCodes.map((code) => `personalCode.${code}`));

type RawIssue = z.core.$ZodIssue & { input?: unknown };

export function issueMessage(issue: RawIssue): IssueMessage {
  if (customKeys.has(issue.message)) return { key: `field.${issue.message}`, params: customParams(issue) };
  if (personalCodeKeys.has(issue.message)) return { key: issue.message, params: {} };
  // A missing value reads as "required" whatever rule it failed first.
  if (issue.input === undefined && issue.code !== 'unrecognized_keys') return { key: 'field.required', params: {} };
  if (issue.code === 'too_small' && issue.origin === 'string' && issue.input === '') return { key: 'field.required', params: {} };
  switch (issue.code) {
    case 'invalid_type':
      return { key: 'field.invalidType', params: {} };
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1
          ? { key: 'field.required', params: {} }
          : { key: 'field.tooShort', params: { count: Number(issue.minimum) } };
      }
      return { key: 'field.tooSmall', params: { min: Number(issue.minimum) } };
    case 'too_big':
      if (issue.origin === 'string') return { key: 'field.tooLong', params: { count: Number(issue.maximum) } };
      return { key: 'field.tooBig', params: { max: Number(issue.maximum) } };
    case 'invalid_value':
      return { key: 'field.invalidChoice', params: {} };
    case 'unrecognized_keys':
      return { key: 'field.unknownKeys', params: { keys: issue.keys.join(', ') } };
    default:
      return { key: 'field.invalid', params: {} };
  }
}

/** A refinement's `params` (the limit a message names), kept to what the wire carries. */
function customParams(issue: RawIssue): Record<string, string | number> {
  if (issue.code !== 'custom' || !issue.params) return {};
  return Object.fromEntries(Object.entries(issue.params).filter(([, v]) => typeof v === 'string' || typeof v === 'number'));
}

/** JSON-safe path: zod allows symbols in paths, the wire does not. */
export function issuePath(issue: RawIssue): (string | number)[] {
  return issue.path.map((p) => (typeof p === 'symbol' ? String(p.description) : p));
}
