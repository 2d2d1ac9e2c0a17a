import type { UiLanguage } from '../contract/common';
import type { AbsenceReason } from './attendance';

/** The mark of a day present: a sign, not a word, so it reads the same in every language. */
export const presentMark = '+';

/**
 * The absence letters of the printed sheet per language: short codes people write by hand on paper
 * sheets, unique within a language (a test checks it). The words they stand for are in the `sheets`
 * locale namespace (`reason.*`); the letters live here because they are codes, and English letters
 * may coincide with Latvian ones, which the locale test would (rightly) flag for words.
 */
export const absenceLetters: Record<UiLanguage, Record<AbsenceReason, string>> = {
  // slims, paziņots, neattaisnots, centrs slēgts, slimnīcā, atvaļinājumā
  lv: { sick: 'S', notified: 'P', unexcused: 'N', 'centre-closed': 'C', hospital: 'Sl', holiday: 'A' },
  // liga, pranešta, nepateisinta, centras uždarytas, gydoma ligoninėje, atostogos
  lt: { sick: 'L', notified: 'P', unexcused: 'N', 'centre-closed': 'U', hospital: 'G', holiday: 'A' },
  // болезнь, предупредил, неуважительная, центр закрыт, стационар, отпуск
  ru: { sick: 'Б', notified: 'П', unexcused: 'Н', 'centre-closed': 'З', hospital: 'С', holiday: 'О' },
  // sick, notified, unexcused, centre closed, hospital, vacation
  en: { sick: 'S', notified: 'N', unexcused: 'U', 'centre-closed': 'C', hospital: 'H', holiday: 'V' },
};
