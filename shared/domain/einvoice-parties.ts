/**
 * How an e-invoice party (the centre as seller, a paying municipality as buyer) is identified, per
 * country. Peppol electronic address schemes (EAS): Latvia 0218 (unified registration number, 11
 * digits) and 9939 (VAT number, LV + 11 digits); Lithuania 0200 (legal entity code, juridinio asmens
 * kodas, 9 digits) and 9937 (VAT number, PVM mokėtojo kodas, LT + 9 or 12 digits). The registration
 * scheme is also the ICD of the legal registration identifier (BT-30 / BT-47).
 */
export const partyCountries = ['LV', 'LT'] as const;
export type PartyCountry = (typeof partyCountries)[number];

export const endpointSchemes = ['0218', '9939', '0200', '9937'] as const;
export type EndpointScheme = (typeof endpointSchemes)[number];

export const partySchemes: Record<PartyCountry, { registration: EndpointScheme; vat: EndpointScheme }> = {
  LV: { registration: '0218', vat: '9939' },
  LT: { registration: '0200', vat: '9937' },
};

export const countryOfScheme = (scheme: EndpointScheme): PartyCountry => (scheme === '0218' || scheme === '9939' ? 'LV' : 'LT');
export const isVatScheme = (scheme: EndpointScheme) => scheme === partySchemes[countryOfScheme(scheme)].vat;

const registrationPattern: Record<PartyCountry, RegExp> = { LV: /^\d{11}$/, LT: /^\d{9}$/ };
const vatPattern: Record<PartyCountry, RegExp> = { LV: /^LV\d{11}$/, LT: /^LT(\d{9}|\d{12})$/ };

/** Field keys under `errors:field.*`, one per problem a party's identifiers can have. */
export const partyProblemKeys = {
  registrationNumber: { LV: 'registrationNumber', LT: 'registrationNumberLt' },
  vatNumber: { LV: 'vatNumberLv', LT: 'vatNumberLt' },
  schemeCountry: 'endpointSchemeCountry',
  schemeNeedsVat: 'endpointSchemeNeedsVat',
} as const;

export interface PartyIdentifiers {
  registrationNumber: string;
  vatNumber: string | null;
  endpointScheme: EndpointScheme;
  country: PartyCountry;
}

/** What is wrong with a party's identifiers for its country, as field path and `errors:field.*` key. */
export function partyIdentifierProblems(p: PartyIdentifiers): { field: keyof PartyIdentifiers; key: string }[] {
  const problems: { field: keyof PartyIdentifiers; key: string }[] = [];
  if (!registrationPattern[p.country].test(p.registrationNumber)) problems.push({ field: 'registrationNumber', key: partyProblemKeys.registrationNumber[p.country] });
  if (p.vatNumber !== null && !vatPattern[p.country].test(p.vatNumber)) problems.push({ field: 'vatNumber', key: partyProblemKeys.vatNumber[p.country] });
  if (countryOfScheme(p.endpointScheme) !== p.country) problems.push({ field: 'endpointScheme', key: partyProblemKeys.schemeCountry });
  else if (isVatScheme(p.endpointScheme) && p.vatNumber === null) problems.push({ field: 'vatNumber', key: partyProblemKeys.schemeNeedsVat });
  return problems;
}
