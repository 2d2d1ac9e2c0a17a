/**
 * The fixed observation scales of the dementia day-centre group (issue 14). Each step has a meaning the
 * UI shows (i18n `dementia:scale.<scale>.<step>`), never a bare number. Higher is better for mood,
 * engagement and appetite; for sleepiness higher is sleepier.
 */
export const observationScales = {
  mood: { min: 1, max: 5 },
  engagement: { min: 1, max: 4 },
  appetite: { min: 1, max: 4 },
  sleepiness: { min: 1, max: 3 },
} as const;
export type ObservationScale = keyof typeof observationScales;
export const scaleNames = Object.keys(observationScales) as ObservationScale[];

/** The steps of a scale, lowest first. */
export function scaleSteps(scale: ObservationScale): number[] {
  const { min, max } = observationScales[scale];
  return Array.from({ length: max - min + 1 }, (_, i) => min + i);
}

export const behaviourKinds = ['agitation', 'wandering-attempt', 'confusion', 'refusal-of-care', 'fall'] as const;
export type BehaviourKind = (typeof behaviourKinds)[number];

/** The catalogue's default programme items (migration dementia_groups); the centre adds its own. */
export const defaultProgrammeCodes = ['cognitive-stimulation', 'reminiscence', 'music', 'movement', 'walk', 'meal-preparation', 'handicraft', 'rest'] as const;

/** A client photo: the browser resizes it to this many pixels on the longer side. */
export const photoMaxPixels = 400;
/** The largest photo the core stores, in bytes (a 400 px JPEG is usually 20–60 KB). */
export const photoMaxBytes = 144 * 1024;
/** Base64 travels in chunks (every contract string is bounded at 10,000 characters). */
export const photoChunkChars = 8000;
export const photoMaxChunks = Math.ceil((Math.ceil(photoMaxBytes / 3) * 4) / photoChunkChars);

/** The longest observation history asked at once: five years and a day (the chart's widest view). */
export const historyMaxMonths = 60;
