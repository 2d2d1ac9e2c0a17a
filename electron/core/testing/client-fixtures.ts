import type { MethodInput, MethodName, MethodOutput } from '#shared/contract/index';
import type { Role } from '#shared/contract/define';
import { insertStaff } from '#db/queries/staff';
import type { Core } from '../core';
import { callContext } from './test-core';
import type { CallContext } from '../call-context';

/** Valid codes worked out with the check-digit arithmetic of shared/domain/personal-code.ts. */
export const codes = {
  lvLegacy: '120485-12346', // 12 April 1985
  lvLegacy2: '050742-12341', // 5 July 1942
  lvNew: '32456789019',
  lvNew2: '32123456785',
  ltDayUnknown: '34501001235', // man born January 1945, day 00
  ltFull: '44703121239', // woman born 12 March 1947
  lvBadChecksum: '120485-12347',
} as const;

export function clientInput(overrides: Partial<MethodInput<'clients.create'>> = {}): MethodInput<'clients.create'> {
  return { firstName: 'Jānis', lastName: 'Bērziņš', codeCountry: 'LV', personalCode: codes.lvLegacy, language: 'lv', ...overrides };
}

/** Calls a method and returns its data, or throws with the error code so a test fails readably. */
export async function ok<M extends MethodName>(core: Core, ctx: CallContext, method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const result = await core.dispatch(method, input, ctx);
  if (!result.ok) throw new Error(`${method} failed: ${result.error.kind} ${result.error.code} ${JSON.stringify(result.error.issues ?? [])}`);
  return result.data as MethodOutput<M>;
}

/** A logged-in context for a new staff member of the given role. */
export function staffContext(core: Core, role: Role, language: CallContext['language'] = 'en') {
  const row = insertStaff(core.db, {
    username: `${role}.${Math.random().toString(36).slice(2, 8)}`,
    fullName: `Test ${role}`,
    role,
    language: 'lv',
    passwordHash: 'scrypt$unused',
    createdAt: new Date().toISOString(),
  });
  const ctx = callContext(core, language);
  ctx.session.begin(row.id);
  return ctx;
}

export const countRows = (core: Core, table: string) =>
  (core.db.$client.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
