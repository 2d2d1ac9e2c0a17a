import { maskPersonalCode } from '#shared/domain/personal-code';
import { personalCodeReaders, type Client } from '#shared/contract/clients';
import type { Role } from '#shared/contract/define';

type WithCode = { personalCode: string | null; codeCountry: Client['codeCountry'] };

/** The code with its serial hidden (`010190-*****`, `3900101****`); a row without a code is left as it is. */
export function masked<T extends WithCode>(row: T): T {
  return row.personalCode && row.codeCountry ? { ...row, personalCode: maskPersonalCode(row.codeCountry, row.personalCode) } : row;
}

/**
 * Lists and search results are seen over a shoulder at the desk, so they never carry a full code (data
 * minimisation, GDPR art. 5(1)(c)); the card shows it in full only to the roles that register and correct
 * codes. The masking is done here, in the core's output, so no screen or request can show more.
 */
export const mayReadFullCode = (role: Role) => personalCodeReaders.includes(role);
