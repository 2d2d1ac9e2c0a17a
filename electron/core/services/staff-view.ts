import type { Staff } from '#shared/contract/auth';
import type { StaffRow } from '#db/queries/staff';

/** The staff fields the contract may show: never the hashes. */
export function staffView(row: StaffRow): Staff {
  return { id: row.id, username: row.username, fullName: row.fullName, role: row.role, language: row.language };
}
