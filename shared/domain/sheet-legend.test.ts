import { describe, expect, it } from 'vitest';
import { uiLanguages } from '../contract/common';
import { absenceReasons } from './attendance';
import { absenceLetters, presentMark } from './sheet-legend';

describe('absence letters', () => {
  it.each(uiLanguages)('%s has a short, unique letter for every reason, none equal to the present mark', (language) => {
    const letters = absenceReasons.map((reason) => absenceLetters[language][reason]);
    expect(new Set(letters).size).toBe(absenceReasons.length);
    expect(letters.every((l) => l.length >= 1 && l.length <= 2 && l !== presentMark)).toBe(true);
  });
});
