/** Why a client expected on a day did not come (DOMAIN.md "Attendance"). */
export const absenceReasons = ['sick', 'notified', 'unexcused', 'centre-closed', 'hospital', 'holiday'] as const;
export type AbsenceReason = (typeof absenceReasons)[number];

/** Meals a centre may serve; each centre chooses which of them it records. */
export const mealKinds = ['breakfast', 'lunch', 'snack'] as const;
export type MealKind = (typeof mealKinds)[number];
