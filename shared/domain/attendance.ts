/** Why a client expected on a day did not come (DOMAIN.md "Attendance"). */
export const absenceReasons = ['sick', 'notified', 'unexcused', 'centre-closed', 'hospital', 'holiday'] as const;
export type AbsenceReason = (typeof absenceReasons)[number];

/** Services whose clients come to the centre on planned weekdays, so the day board expects them. */
export const dayCentreServices = ['day-care', 'dementia-day-centre'] as const;

/** Clients who have left the centre for good; they cannot be checked in. */
export const finalClientStatuses = ['discharged', 'deceased'] as const;

/** How long the last attendance action of a staff member can be undone. */
export const undoWindowMs = 10_000;
