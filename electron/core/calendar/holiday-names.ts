import type { UiLanguage } from '#shared/contract/common';

type Names = Record<UiLanguage, string>;

/**
 * Public holiday names in every UI language. date-holidays names Latvian holidays only in lv/en and
 * Lithuanian ones only in lt/en (and its lt names for Latvian days are Latvian), so a Russian or
 * Lithuanian sheet showed Latvian names. Keyed by the library's rule for the day, so a rule it adds or
 * rewrites shows up in the test that every holiday has a name here.
 */
const newYear: Names = { lv: 'Jaunais gads', lt: 'Naujieji metai', ru: 'Новый год', en: 'New Year’s Day' };
const easter: Names = { lv: 'Lieldienas', lt: 'Velykos', ru: 'Пасха', en: 'Easter Sunday' };
const easterMonday: Names = { lv: 'Otrās Lieldienas', lt: 'Antroji Velykų diena', ru: 'Второй день Пасхи', en: 'Easter Monday' };
const christmasEve: Names = { lv: 'Ziemassvētku vakars', lt: 'Kūčios', ru: 'Сочельник', en: 'Christmas Eve' };
const christmas: Names = { lv: 'Ziemassvētki', lt: 'Kalėdos', ru: 'Рождество', en: 'Christmas Day' };
const christmasSecond: Names = { lv: 'Otrie Ziemassvētki', lt: 'Antroji Kalėdų diena', ru: 'Второй день Рождества', en: 'Second Day of Christmas' };

const latvia: Record<string, Names> = {
  '01-01': newYear,
  'easter -2': { lv: 'Lielā Piektdiena', lt: 'Didysis penktadienis', ru: 'Страстная пятница', en: 'Good Friday' },
  easter,
  'easter 1': easterMonday,
  '05-01': { lv: 'Darba svētki', lt: 'Darbo šventė', ru: 'Праздник труда', en: 'Labour Day' },
  '05-04 and if saturday,sunday then next monday': {
    lv: 'Latvijas Republikas Neatkarības atjaunošanas diena',
    lt: 'Latvijos Respublikos nepriklausomybės atkūrimo diena',
    ru: 'День восстановления независимости Латвийской Республики',
    en: 'Restoration of Independence Day of the Republic of Latvia',
  },
  '06-23': { lv: 'Līgo diena', lt: 'Joninių išvakarės (Līgo)', ru: 'Лиго', en: 'Midsummer Eve' },
  '06-24': { lv: 'Jāņi', lt: 'Joninės', ru: 'Янов день', en: 'Midsummer Day' },
  '11-18 and if saturday,sunday then next monday': {
    lv: 'Latvijas Republikas proklamēšanas diena',
    lt: 'Latvijos Respublikos paskelbimo diena',
    ru: 'День провозглашения Латвийской Республики',
    en: 'Proclamation Day of the Republic of Latvia',
  },
  '12-24': christmasEve,
  '12-25': christmas,
  '12-26': christmasSecond,
  '12-31': { lv: 'Vecgada vakars', lt: 'Senųjų metų vakaras', ru: 'Канун Нового года', en: 'New Year’s Eve' },
  // A one-off day off by law: the national ice hockey team's bronze medal.
  '2023-05-29': {
    lv: 'Latvijas hokeja izlases bronzas medaļa pasaules čempionātā',
    lt: 'Latvijos ledo ritulio rinktinės pasaulio čempionato bronzos medalis',
    ru: 'Бронза сборной Латвии на чемпионате мира по хоккею',
    en: 'Latvian ice hockey team’s world championship bronze',
  },
};

const lithuania: Record<string, Names> = {
  '01-01': { ...newYear, lt: 'Naujųjų metų diena' },
  '02-16': { lt: 'Lietuvos valstybės atkūrimo diena', lv: 'Lietuvas valsts atjaunošanas diena', ru: 'День восстановления Литовского государства', en: 'Day of Restoration of the State of Lithuania' },
  '03-11': { lt: 'Lietuvos nepriklausomybės atkūrimo diena', lv: 'Lietuvas neatkarības atjaunošanas diena', ru: 'День восстановления независимости Литвы', en: 'Day of Restoration of Independence of Lithuania' },
  easter,
  'easter 1': easterMonday,
  '05-01': { lt: 'Tarptautinė darbo diena', lv: 'Starptautiskā darba diena', ru: 'Международный день труда', en: 'International Workers’ Day' },
  '06-24': { lt: 'Rasos ir Joninių diena', lv: 'Rasas un Jāņu diena', ru: 'День росы и Йонинес', en: 'Dew Holiday and St John’s Day' },
  '07-06': { lt: 'Valstybės diena', lv: 'Valsts diena', ru: 'День государственности', en: 'Statehood Day' },
  '08-15': { lt: 'Žolinė', lv: 'Jaunavas Marijas debesīs uzņemšanas diena', ru: 'Успение Пресвятой Богородицы', en: 'Assumption Day' },
  '11-01': { lt: 'Visų šventųjų diena', lv: 'Visu svēto diena', ru: 'День всех святых', en: 'All Saints’ Day' },
  '11-02': { lt: 'Vėlinės', lv: 'Mirušo piemiņas diena', ru: 'День поминовения усопших', en: 'All Souls’ Day' },
  '12-24': christmasEve,
  '12-25': christmas,
  '12-26': christmasSecond,
};

/** A holiday moved off a weekend (Latvia's 4 May and 18 November rule). */
const substituteNote: Names = { lv: 'pārceltā brīvdiena', lt: 'perkelta poilsio diena', ru: 'перенесённый выходной', en: 'substitute day off' };

/** The name of a date-holidays holiday of `country` by its rule, or undefined when the table lacks it. */
export function holidayName(country: 'LV' | 'LT', rule: string, substitute: boolean, language: UiLanguage): string | undefined {
  const name = (country === 'LV' ? latvia : lithuania)[rule]?.[language];
  if (name === undefined) return undefined;
  return substitute ? `${name} (${substituteNote[language]})` : name;
}
