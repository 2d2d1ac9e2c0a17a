/**
 * The municipalities CareDesk ships with: every local government of Latvia and Lithuania. Used by the
 * first-run setup form (where the centre is) and later for the paying municipality of a service decision.
 *
 * Latvia: the administrative-territorial division in force since 1 July 2021 (Administratīvo teritoriju
 * un apdzīvoto vietu likums), as it stands in 2025–2026: 7 state cities (valstspilsētas) and 36 novadi,
 * Varakļānu novads included — 43 in all.
 * Lithuania: the 60 savivaldybės — 7 city municipalities (miesto), 43 district municipalities (rajono)
 * and 10 others.
 *
 * Codes are stable ASCII slugs stored in the database, so never rename one; add new entries instead.
 * - LV state cities: `LV-<city>`; where a novads shares the name (Jelgava, Rēzekne, Ventspils) the city
 *   is `LV-<name>-city` and the novads `LV-<name>-novads`. Other novadi: `LV-<centre>`.
 * - LT city municipalities: `LT-<city>-city`; district municipalities: `LT-<name>-district`;
 *   the other municipalities: `LT-<name>`.
 */

export type MunicipalityCountry = 'LV' | 'LT';

export interface Municipality {
  /** Stable ASCII slug, prefixed by the country, e.g. `LV-riga`, `LT-vilnius-district`. */
  code: string;
  country: MunicipalityCountry;
  /** Official name in the country's language, e.g. `Aizkraukles novads`, `Vilniaus miesto savivaldybė`. */
  name: string;
  /** Name as used in Russian, e.g. `Айзкраукльский край`, `Вильнюсское городское самоуправление`. */
  nameRu: string;
}

const lv = (slug: string, name: string, nameRu: string): Municipality => ({
  code: `LV-${slug}`,
  country: 'LV',
  name,
  nameRu,
});

const lt = (slug: string, name: string, nameRu: string): Municipality => ({
  code: `LT-${slug}`,
  country: 'LT',
  name,
  nameRu,
});

const latvia: readonly Municipality[] = [
  // State cities (valstspilsētas)
  lv('daugavpils', 'Daugavpils valstspilsēta', 'Даугавпилс'),
  lv('jelgava-city', 'Jelgavas valstspilsēta', 'Елгава'),
  lv('jurmala', 'Jūrmalas valstspilsēta', 'Юрмала'),
  lv('liepaja', 'Liepājas valstspilsēta', 'Лиепая'),
  lv('rezekne-city', 'Rēzeknes valstspilsēta', 'Резекне'),
  lv('riga', 'Rīgas valstspilsēta', 'Рига'),
  lv('ventspils-city', 'Ventspils valstspilsēta', 'Вентспилс'),
  // Novadi
  lv('adazi', 'Ādažu novads', 'Адажский край'),
  lv('aizkraukle', 'Aizkraukles novads', 'Айзкраукльский край'),
  lv('aluksne', 'Alūksnes novads', 'Алуксненский край'),
  lv('augsdaugava', 'Augšdaugavas novads', 'Аугшдаугавский край'),
  lv('balvi', 'Balvu novads', 'Балвский край'),
  lv('bauska', 'Bauskas novads', 'Бауский край'),
  lv('cesis', 'Cēsu novads', 'Цесисский край'),
  lv('dienvidkurzeme', 'Dienvidkurzemes novads', 'Южнокурземский край'),
  lv('dobele', 'Dobeles novads', 'Добельский край'),
  lv('gulbene', 'Gulbenes novads', 'Гулбенский край'),
  lv('jekabpils', 'Jēkabpils novads', 'Екабпилсский край'),
  lv('jelgava-novads', 'Jelgavas novads', 'Елгавский край'),
  lv('kekava', 'Ķekavas novads', 'Кекавский край'),
  lv('kraslava', 'Krāslavas novads', 'Краславский край'),
  lv('kuldiga', 'Kuldīgas novads', 'Кулдигский край'),
  lv('limbazi', 'Limbažu novads', 'Лимбажский край'),
  lv('livani', 'Līvānu novads', 'Ливанский край'),
  lv('ludza', 'Ludzas novads', 'Лудзенский край'),
  lv('madona', 'Madonas novads', 'Мадонский край'),
  lv('marupe', 'Mārupes novads', 'Марупский край'),
  lv('ogre', 'Ogres novads', 'Огрский край'),
  lv('olaine', 'Olaines novads', 'Олайнский край'),
  lv('preili', 'Preiļu novads', 'Прейльский край'),
  lv('rezekne-novads', 'Rēzeknes novads', 'Резекненский край'),
  lv('ropazi', 'Ropažu novads', 'Ропажский край'),
  lv('salaspils', 'Salaspils novads', 'Саласпилсский край'),
  lv('saldus', 'Saldus novads', 'Салдусский край'),
  lv('saulkrasti', 'Saulkrastu novads', 'Саулкрастский край'),
  lv('sigulda', 'Siguldas novads', 'Сигулдский край'),
  lv('smiltene', 'Smiltenes novads', 'Смилтенский край'),
  lv('talsi', 'Talsu novads', 'Талсинский край'),
  lv('tukums', 'Tukuma novads', 'Тукумский край'),
  lv('valka', 'Valkas novads', 'Валкский край'),
  lv('valmiera', 'Valmieras novads', 'Валмиерский край'),
  lv('varaklani', 'Varakļānu novads', 'Вараклянский край'),
  lv('ventspils-novads', 'Ventspils novads', 'Вентспилсский край'),
];

const lithuania: readonly Municipality[] = [
  // City municipalities (miesto savivaldybės)
  lt('alytus-city', 'Alytaus miesto savivaldybė', 'Алитусское городское самоуправление'),
  lt('kaunas-city', 'Kauno miesto savivaldybė', 'Каунасское городское самоуправление'),
  lt('klaipeda-city', 'Klaipėdos miesto savivaldybė', 'Клайпедское городское самоуправление'),
  lt('palanga-city', 'Palangos miesto savivaldybė', 'Палангское городское самоуправление'),
  lt('panevezys-city', 'Panevėžio miesto savivaldybė', 'Паневежское городское самоуправление'),
  lt('siauliai-city', 'Šiaulių miesto savivaldybė', 'Шяуляйское городское самоуправление'),
  lt('vilnius-city', 'Vilniaus miesto savivaldybė', 'Вильнюсское городское самоуправление'),
  // Other municipalities (savivaldybės)
  lt('birstonas', 'Birštono savivaldybė', 'Бирштонское самоуправление'),
  lt('druskininkai', 'Druskininkų savivaldybė', 'Друскининкское самоуправление'),
  lt('elektrenai', 'Elektrėnų savivaldybė', 'Электренское самоуправление'),
  lt('kalvarija', 'Kalvarijos savivaldybė', 'Калварийское самоуправление'),
  lt('kazlu-ruda', 'Kazlų Rūdos savivaldybė', 'Казлу-Рудское самоуправление'),
  lt('marijampole', 'Marijampolės savivaldybė', 'Мариямпольское самоуправление'),
  lt('neringa', 'Neringos savivaldybė', 'Нерингское самоуправление'),
  lt('pagegiai', 'Pagėgių savivaldybė', 'Пагегяйское самоуправление'),
  lt('rietavas', 'Rietavo savivaldybė', 'Ретавское самоуправление'),
  lt('visaginas', 'Visagino savivaldybė', 'Висагинское самоуправление'),
  // District municipalities (rajono savivaldybės)
  lt('akmene-district', 'Akmenės rajono savivaldybė', 'Акмянское районное самоуправление'),
  lt('alytus-district', 'Alytaus rajono savivaldybė', 'Алитусское районное самоуправление'),
  lt('anyksciai-district', 'Anykščių rajono savivaldybė', 'Аникщяйское районное самоуправление'),
  lt('birzai-district', 'Biržų rajono savivaldybė', 'Биржайское районное самоуправление'),
  lt('ignalina-district', 'Ignalinos rajono savivaldybė', 'Игналинское районное самоуправление'),
  lt('jonava-district', 'Jonavos rajono savivaldybė', 'Ионавское районное самоуправление'),
  lt('joniskis-district', 'Joniškio rajono savivaldybė', 'Йонишкское районное самоуправление'),
  lt('jurbarkas-district', 'Jurbarko rajono savivaldybė', 'Юрбаркское районное самоуправление'),
  lt('kaisiadorys-district', 'Kaišiadorių rajono savivaldybė', 'Кайшядорское районное самоуправление'),
  lt('kaunas-district', 'Kauno rajono savivaldybė', 'Каунасское районное самоуправление'),
  lt('kedainiai-district', 'Kėdainių rajono savivaldybė', 'Кедайнское районное самоуправление'),
  lt('kelme-district', 'Kelmės rajono savivaldybė', 'Кельмеское районное самоуправление'),
  lt('klaipeda-district', 'Klaipėdos rajono savivaldybė', 'Клайпедское районное самоуправление'),
  lt('kretinga-district', 'Kretingos rajono savivaldybė', 'Кретингское районное самоуправление'),
  lt('kupiskis-district', 'Kupiškio rajono savivaldybė', 'Купишкское районное самоуправление'),
  lt('lazdijai-district', 'Lazdijų rajono savivaldybė', 'Лаздийское районное самоуправление'),
  lt('mazeikiai-district', 'Mažeikių rajono savivaldybė', 'Мажейкяйское районное самоуправление'),
  lt('moletai-district', 'Molėtų rajono savivaldybė', 'Молетское районное самоуправление'),
  lt('pakruojis-district', 'Pakruojo rajono savivaldybė', 'Пакруойское районное самоуправление'),
  lt('panevezys-district', 'Panevėžio rajono savivaldybė', 'Паневежское районное самоуправление'),
  lt('pasvalys-district', 'Pasvalio rajono savivaldybė', 'Пасвальское районное самоуправление'),
  lt('plunge-district', 'Plungės rajono savivaldybė', 'Плунгеское районное самоуправление'),
  lt('prienai-district', 'Prienų rajono savivaldybė', 'Пренайское районное самоуправление'),
  lt('radviliskis-district', 'Radviliškio rajono savivaldybė', 'Радвилишкское районное самоуправление'),
  lt('raseiniai-district', 'Raseinių rajono savivaldybė', 'Расейнское районное самоуправление'),
  lt('rokiskis-district', 'Rokiškio rajono savivaldybė', 'Рокишкское районное самоуправление'),
  lt('sakiai-district', 'Šakių rajono savivaldybė', 'Шакяйское районное самоуправление'),
  lt('salcininkai-district', 'Šalčininkų rajono savivaldybė', 'Шальчининкское районное самоуправление'),
  lt('siauliai-district', 'Šiaulių rajono savivaldybė', 'Шяуляйское районное самоуправление'),
  lt('silale-district', 'Šilalės rajono savivaldybė', 'Шилальское районное самоуправление'),
  lt('silute-district', 'Šilutės rajono savivaldybė', 'Шилутское районное самоуправление'),
  lt('sirvintos-district', 'Širvintų rajono savivaldybė', 'Ширвинтское районное самоуправление'),
  lt('skuodas-district', 'Skuodo rajono savivaldybė', 'Скуодасское районное самоуправление'),
  lt('svencionys-district', 'Švenčionių rajono savivaldybė', 'Швенчёнское районное самоуправление'),
  lt('taurage-district', 'Tauragės rajono savivaldybė', 'Таурагское районное самоуправление'),
  lt('telsiai-district', 'Telšių rajono savivaldybė', 'Тельшяйское районное самоуправление'),
  lt('trakai-district', 'Trakų rajono savivaldybė', 'Тракайское районное самоуправление'),
  lt('ukmerge-district', 'Ukmergės rajono savivaldybė', 'Укмергское районное самоуправление'),
  lt('utena-district', 'Utenos rajono savivaldybė', 'Утенское районное самоуправление'),
  lt('varena-district', 'Varėnos rajono savivaldybė', 'Варенское районное самоуправление'),
  lt('vilkaviskis-district', 'Vilkaviškio rajono savivaldybė', 'Вилкавишкское районное самоуправление'),
  lt('vilnius-district', 'Vilniaus rajono savivaldybė', 'Вильнюсское районное самоуправление'),
  lt('zarasai-district', 'Zarasų rajono savivaldybė', 'Зарасайское районное самоуправление'),
];

/** Every shipped municipality: Latvia's first, then Lithuania's. */
export const municipalities: readonly Municipality[] = Object.freeze([...latvia, ...lithuania]);

const byCountry: Readonly<Record<MunicipalityCountry, readonly Municipality[]>> = {
  LV: Object.freeze([...latvia]),
  LT: Object.freeze([...lithuania]),
};

const byCode: ReadonlyMap<string, Municipality> = new Map(municipalities.map((m) => [m.code, m]));

/** The municipalities of one country, in the shipped order. */
export function municipalitiesOf(country: MunicipalityCountry): readonly Municipality[] {
  return byCountry[country];
}

/** The municipality with this code, or `undefined` when the code is unknown. */
export function findMunicipality(code: string): Municipality | undefined {
  return byCode.get(code);
}
