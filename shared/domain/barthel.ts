/**
 * The Barthel index of activities of daily living in its 0–20 form (Collin, Wade, Davies & Horne 1988,
 * the scoring the Latvian and Lithuanian social services use): ten items, each with its own range,
 * summed. The total is always computed from the items, never typed.
 */
export const barthelItems = [
  { key: 'bowels', max: 2 },
  { key: 'bladder', max: 2 },
  { key: 'grooming', max: 1 },
  { key: 'toiletUse', max: 2 },
  { key: 'feeding', max: 2 },
  { key: 'transfer', max: 3 },
  { key: 'mobility', max: 3 },
  { key: 'dressing', max: 2 },
  { key: 'stairs', max: 2 },
  { key: 'bathing', max: 1 },
] as const;

export type BarthelItemKey = (typeof barthelItems)[number]['key'];
export type BarthelScores = Record<BarthelItemKey, number>;

export const barthelMaxTotal = barthelItems.reduce((sum, item) => sum + item.max, 0);
export const barthelVersion = 'Barthel ADL 0–20 (Collin et al. 1988)';

/** Latvian care levels I–IV (Cabinet Regulation No. 138 of 2 April 2019). */
export const careLevels = [1, 2, 3, 4] as const;
export const careLevelVersion = 'MK noteikumi Nr. 138 (2019)';

export const assessmentInstruments = ['barthel', 'lv-care-level'] as const;
export type AssessmentInstrument = (typeof assessmentInstruments)[number];

export const instrumentVersions: Record<AssessmentInstrument, string> = {
  barthel: barthelVersion,
  'lv-care-level': careLevelVersion,
};

export function barthelTotal(scores: BarthelScores): number {
  return barthelItems.reduce((sum, item) => sum + scores[item.key], 0);
}

export function isBarthelScoreInRange(key: BarthelItemKey, value: number): boolean {
  const item = barthelItems.find((i) => i.key === key);
  return item !== undefined && Number.isInteger(value) && value >= 0 && value <= item.max;
}
