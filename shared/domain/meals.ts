/**
 * Meals: a fixed catalogue in the order of the day, of which each centre serves some (issue #5: "meals
 * taken, configurable per centre"). The catalogue is fixed so the names are translated and the printed
 * sheets of every centre read alike; a centre only chooses from it.
 */
export const mealKinds = ['breakfast', 'lunch', 'snack', 'dinner'] as const;
export type MealKind = (typeof mealKinds)[number];

/** What a centre serves until its administrator says otherwise (and what every centre served before). */
export const defaultServedMeals: readonly MealKind[] = ['breakfast', 'lunch', 'snack'];

export const isMealKind = (value: string): value is MealKind => (mealKinds as readonly string[]).includes(value);

/** The known kinds among `kinds`, once each, in catalogue order; anything else (old or foreign data) is dropped. */
export function inMealOrder(kinds: Iterable<string>): MealKind[] {
  const wanted = new Set(kinds);
  return mealKinds.filter((kind) => wanted.has(kind));
}

/**
 * The meal columns of a board row, a day list or a month sheet: what the centre serves now, plus any kind
 * actually recorded in what is shown. A centre that stops serving a meal keeps its history: the meals
 * recorded before still appear, and count, on the sheets of that period; they only drop out of periods
 * where nobody had them.
 */
export function mealColumns(served: readonly string[], recorded: Iterable<readonly string[]>): MealKind[] {
  const seen = new Set<string>(served);
  for (const meals of recorded) for (const meal of meals) seen.add(meal);
  return inMealOrder(seen);
}

/** The meal the board's one-key toggle (M) switches: lunch, the meal nearly every centre serves, else the first served. */
export function quickMeal(served: readonly MealKind[]): MealKind | undefined {
  return served.includes('lunch') ? 'lunch' : served[0];
}

/**
 * Kinds a change would add although the centre does not serve them. A kind already stored on the row is not
 * "added": it may stay (history) or be taken off, so correcting an old day never forces losing its record.
 */
export function unservedAdditions(next: readonly MealKind[], stored: readonly string[], served: readonly MealKind[]): MealKind[] {
  return next.filter((kind) => !served.includes(kind) && !stored.includes(kind));
}
