/** What the dementia-safety spec seeds (e2e/dementia-safety-seed.cli.ts) and then expects. */

export const desk = {
  reception: { username: 'rita.reception', fullName: 'Rita Kalna', role: 'reception' as const, password: 'Reģistratūra-2026' },
  manager: { username: 'maija.vaditaja', fullName: 'Maija Vadītāja', role: 'manager' as const, password: 'Vadītāja-parole-2026' },
};

/** The dementia group of the day: meets every day of the week, its weekly template empty at start. */
export const groupName = 'Atmiņu grupa';

export const safetyPeople = [
  { firstName: 'Anna', lastName: 'Ozola', language: 'lv' as const, carer: 'Ilze Ozola', carerLanguage: 'lv' as const, phone: '+371 29123456', idHint: 'uzrāda pasi' },
  { firstName: 'Kęstutis', lastName: 'Žemaitis', language: 'lt' as const, carer: 'Rūta Žemaitienė', carerLanguage: 'lt' as const, phone: '+370 61234567', idHint: 'parodo asmens tapatybės kortelę' },
  { firstName: 'Ольга', lastName: 'Петрова', language: 'ru' as const, carer: 'Иван Петров', carerLanguage: 'ru' as const, phone: '+371 26543210', idHint: 'показывает паспорт' },
];

/** November 2026 visits of every participant: 7 + 7 + 6.5 + 7 = 27.5 hours of respite. */
export const novemberVisits: [string, string, string][] = [
  ['2026-11-02', '09:00', '16:00'],
  ['2026-11-03', '09:00', '16:00'],
  ['2026-11-04', '08:30', '15:00'],
  ['2026-11-05', '09:00', '16:00'],
];
export const novemberHours = 27.5;
