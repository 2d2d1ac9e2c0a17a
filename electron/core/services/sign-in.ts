import { findStaffById, updateStaff, type StaffRow } from '#db/queries/staff';
import { writeWithAudit } from '#db/write';
import type { Staff } from '#shared/contract/auth';
import type { HandlerCall } from '../call-context';
import type { ServiceDeps } from './service-deps';
import { staffView } from './staff-view';

/**
 * Records the wrong-PIN counter. The key is `failedAttempts`, not anything with "pin" in it, because
 * the audit helper drops such keys as secrets; the method name (`auth.pinLogin`) says which attempts.
 */
export function setPinFailures({ db, now }: ServiceDeps, staffId: number, method: string, next: (current: number) => number): StaffRow {
  return writeWithAudit(
    db,
    { staffId: null, method },
    (tx, audit) => {
      // Read inside the transaction, so two wrong PINs typed at once both count.
      const row = findStaffById(tx, staffId);
      if (!row) throw new Error(`staff ${staffId} vanished`);
      const updated = updateStaff(tx, staffId, { pinFailures: next(row.pinFailures) });
      audit({ entity: 'staff', entityId: staffId, before: { failedAttempts: row.pinFailures }, after: { failedAttempts: updated.pinFailures } });
      return updated;
    },
    now,
  );
}

/**
 * Signs a verified staff member in. Their own locked session is resumed (same token, so the renderer
 * keeps its state); anything else starts a new session, which also ends whatever session the caller
 * held (another user's locked one on the shared PC). Any successful login clears wrong-PIN attempts:
 * that is how a password login re-enables a PIN disabled after too many wrong ones.
 */
export function signIn(deps: ServiceDeps, row: StaffRow, call: HandlerCall): { staff: Staff; resumed: boolean } {
  if (row.pinFailures > 0) setPinFailures(deps, row.id, call.method, () => 0);
  const resumed = call.session.resume(row.id);
  if (!resumed) call.session.begin(row.id);
  return { staff: staffView(row), resumed };
}
