import type { Staff } from '#shared/contract/auth';
import { maxPinFailures } from '#shared/contract/auth';
import type { StaffAccount } from '#shared/contract/staff';
import type { StaffRow } from '#db/queries/staff';

/** The staff fields the contract may show: never the hashes. */
export function staffView(row: StaffRow): Staff {
  return { id: row.id, username: row.username, fullName: row.fullName, role: row.role, language: row.language };
}

export const pinLocked = (row: StaffRow) => row.pinHash !== null && row.pinFailures >= maxPinFailures;

/** An account as the administrator's staff page shows it; `throttled` comes from the login throttle. */
export function staffAccountView(row: StaffRow, throttled: boolean): StaffAccount {
  return {
    ...staffView(row),
    active: row.active,
    hasPin: row.pinHash !== null,
    pinLocked: pinLocked(row),
    loginLocked: row.loginLockedAt !== null,
    loginThrottled: throttled,
    createdAt: row.createdAt,
  };
}
