import { contract, type MethodName } from './index';

/** Reads that leave a trail: opening a client's card or exporting it, incident reports (health data), and logging in (incl. failed attempts). */
export const auditedReads = ['auth.login', 'clients.get', 'clients.accessExport', 'incidents.get', 'incidents.list', 'dementia.observations.get', 'dementia.observations.history', 'equipment.register.export', 'equipment.durabilityXlsx'] as const satisfies readonly MethodName[];

/**
 * Every method that can write an audit row: the writes, plus the audited reads. The audit page offers
 * these as its action filter instead of reading them from a log of millions of rows.
 */
export const auditedMethods: readonly MethodName[] = [
  ...(Object.keys(contract) as MethodName[]).filter((name) => contract[name].write),
  ...auditedReads,
].sort();
