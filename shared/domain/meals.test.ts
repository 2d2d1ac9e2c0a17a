import { describe, expect, it } from 'vitest';
import { inMealOrder, mealColumns, quickMeal, unservedAdditions } from './meals';

describe('meals', () => {
  it('orders kinds as the day goes, once each, dropping what the catalogue does not know', () => {
    expect(inMealOrder(['dinner', 'breakfast', 'dinner', 'brunch'])).toEqual(['breakfast', 'dinner']);
  });

  it('shows the meals served plus any recorded, in catalogue order', () => {
    expect(mealColumns(['lunch', 'dinner'], [['lunch'], ['breakfast', 'lunch']])).toEqual(['breakfast', 'lunch', 'dinner']);
    expect(mealColumns(['snack'], [])).toEqual(['snack']);
  });

  it('lets M toggle lunch when served, else the first meal served', () => {
    expect(quickMeal(['breakfast', 'lunch'])).toBe('lunch');
    expect(quickMeal(['snack', 'dinner'])).toBe('snack');
  });

  it('counts as added only the unserved kinds the row did not have already', () => {
    expect(unservedAdditions(['breakfast', 'lunch', 'dinner'], ['breakfast'], ['lunch'])).toEqual(['dinner']);
  });
});
