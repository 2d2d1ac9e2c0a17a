import type { z } from 'zod';
import { authContract } from './auth';
import { setupContract } from './setup';
import { clientsContract } from './clients';
import { relativesContract } from './relatives';
import { consentsContract } from './consents';
import { decisionsContract } from './decisions';
import { assessmentsContract } from './assessments';
import { calendarContract } from './calendar';
import { sheetsContract } from './sheets';
import { monthsContract } from './months';
import { printContract } from './print';
import { staffContract } from './staff';
import { settingsContract } from './settings';
import { auditContract } from './audit';
import { attendanceContract } from './attendance';
import { activitiesContract } from './activities';
import { clockContract } from './clock';
import { equipmentMaintenanceContract } from './equipment-maintenance';
import { backupsContract } from './backups';
import { privacyContract } from './privacy';
import { equipmentContract } from './equipment';
import { incidentsContract } from './incidents';
import { dementiaSafetyContract } from './dementia-safety';
import { dementiaContract } from './dementia';
import { municipalReportsContract } from './municipal-reports';
import { loansContract } from './loans';
import { bookingsContract } from './bookings';
import { billingContract } from './billing';
import type { MethodDef } from './define';

/** Every method the back end answers, `domain.verb`. Transports and the preload allowlist derive from it. */
export const contract = {
  ...setupContract,
  ...authContract,
  ...clientsContract,
  ...relativesContract,
  ...consentsContract,
  ...decisionsContract,
  ...assessmentsContract,
  ...calendarContract,
  ...sheetsContract,
  ...monthsContract,
  ...printContract,
  ...staffContract,
  ...settingsContract,
  ...auditContract,
  ...attendanceContract,
  ...activitiesContract,
  ...clockContract,
  ...equipmentMaintenanceContract,
  ...backupsContract,
  ...privacyContract,
  ...equipmentContract,
  ...dementiaContract,
  ...incidentsContract,
  ...dementiaSafetyContract,
  ...municipalReportsContract,
  ...loansContract,
  ...bookingsContract,
  ...billingContract,
} satisfies Record<string, MethodDef>;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type MethodParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;
export const methodNames = Object.keys(contract) as MethodName[];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

export { errorKinds, httpStatusOf, type ErrorKind, type WireError, type CallResult, type FieldIssue } from './errors';
export { eventContract, eventNames, isEventName, type EventName, type EventPayload } from './events';
export type { Role, Access, MethodDef } from './define';
