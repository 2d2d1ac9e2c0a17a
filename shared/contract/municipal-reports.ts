import { z } from 'zod';
import { administrators, managers, method } from './define';
import { input, uiLanguageSchema } from './common';
import { monthSchema, serviceKindSchema } from './period';
import { plausibleYears } from './bounds';
import { ageGroups, statisticsFigures } from '../domain/yearly-statistics';
import { endpointSchemes, partyCountries, partyIdentifierProblems, type PartyIdentifiers } from '../domain/einvoice-parties';

/** The largest file the core hands over in one answer (base64): a 200-client pack is well under 10 MB. */
export const maxExportBytes = 40 * 1024 * 1024;
/** A payer as the decisions name it (`service_decisions.paying_municipality`). */
export const payerSchema = z.string().trim().min(1).max(120);
export const yearSchema = z.number().int().min(plausibleYears.min).max(plausibleYears.max);

const clientIds = z.array(z.number().int()).max(1_000_000);
/** One number of the form and the clients behind it (click a number → the clients). */
export const figureSchema = z.object({ count: z.number().int(), clientIds });
export type Figure = z.infer<typeof figureSchema>;

export const yearlyStatisticsSchema = z.object({
  year: z.number().int(),
  language: uiLanguageSchema,
  centre: z.object({ name: z.string(), country: z.enum(['LV', 'LT']) }),
  /** The last day the figures count: 31 December, or today for the running year. */
  until: z.string(),
  generatedAt: z.string(),
  preparedBy: z.string(),
  figures: z.record(z.enum(statisticsFigures), figureSchema),
  bySexAndAge: z.array(z.object({ sex: z.enum(['male', 'female', 'unknown']), ageGroup: z.enum(ageGroups), figure: figureSchema })),
  byService: z.array(z.object({ service: serviceKindSchema, served: figureSchema, admissions: figureSchema, discharges: figureSchema, clientDays: figureSchema })),
  /** Everyone named by any figure, in the alphabet of the chosen language. */
  clients: z.array(z.object({ id: z.number().int(), name: z.string(), birthDate: z.string().nullable(), sex: z.enum(['male', 'female']).nullable() })),
});
export type YearlyStatistics = z.infer<typeof yearlyStatisticsSchema>;

export const exportFileSchema = z.object({
  fileName: z.string().max(200),
  mediaType: z.string().max(100),
  base64: z.string().max(Math.ceil(maxExportBytes / 3) * 4),
});
export type ExportFile = z.infer<typeof exportFileSchema>;

export const einvoiceSchema = z.object({
  file: exportFileSchema,
  totals: z.object({ lineExtension: z.string(), taxExclusive: z.string(), tax: z.string(), payable: z.string() }),
});

export const packProgressSchema = z.object({ step: z.number().int(), of: z.number().int() });

export const monthlyPackSchema = z.object({
  month: z.string(),
  /** Where the folder went through the platform (desktop), or null when the zip comes back as a download. */
  folder: z.string().nullable(),
  zip: exportFileSchema.nullable(),
  files: z.array(z.object({ name: z.string(), bytes: z.number().int(), sha256: z.string() })),
  totals: z.object({ payers: z.number().int(), amountCents: z.number().int() }),
});
export type MonthlyPack = z.infer<typeof monthlyPackSchema>;

const partyFields = {
  legalName: z.string().trim().min(1).max(200),
  /** Latvian unified registration number (11 digits) or Lithuanian legal entity code (9 digits): checked per country below. */
  registrationNumber: z.string().trim().min(1).max(11),
  /** LV + 11 digits, or LT + 9 or 12 digits: checked per country below. */
  vatNumber: z.string().trim().max(14).nullable(),
  /** Peppol EAS: 0218 / 9939 for a Latvian party, 0200 / 9937 for a Lithuanian one. */
  endpointScheme: z.enum(endpointSchemes),
  street: z.string().trim().min(1).max(200),
  city: z.string().trim().min(1).max(100),
  postalCode: z.string().trim().min(1).max(20),
  country: z.enum(partyCountries),
};
/** A party's identifiers as its country writes them, each problem a translated error on its field. */
function checkPartyIdentifiers(party: PartyIdentifiers, ctx: z.RefinementCtx): void {
  for (const { field, key } of partyIdentifierProblems(party)) ctx.addIssue({ code: 'custom', message: key, path: [field], input: party[field] });
}
export const sellerSchema = z.object({
  ...partyFields,
  iban: z.string().trim().regex(/^[A-Z]{2}\d{2}[A-Z0-9 ]{10,40}$/, { error: 'iban' }).max(42),
  paymentDays: z.number().int().min(0).max(120),
});
export const buyerSchema = z.object({ ...partyFields, payer: payerSchema, institutionCode: z.string().trim().min(1).max(60) });
/** What an administrator saves: the identifiers checked for the party's country (stored parties are read as they are). */
export const sellerInputSchema = sellerSchema.strict().superRefine(checkPartyIdentifiers);
export const buyerInputSchema = buyerSchema.strict().superRefine(checkPartyIdentifiers);
export type SellerDetails = z.infer<typeof sellerSchema>;
export type BuyerDetails = z.infer<typeof buyerSchema>;

/** The seller (the centre) and buyers (paying municipalities) of the e-invoices: the centre's administrators keep them. */
export const invoicePartiesContract = {
  'exports.invoiceParties': method({
    input: input({}),
    output: z.object({ seller: sellerSchema.nullable(), buyers: z.array(buyerSchema) }),
    access: managers,
    write: false,
  }),
  'exports.setSeller': method({ input: sellerInputSchema, output: z.object({}), access: administrators, write: true }),
  'exports.setBuyer': method({ input: buyerInputSchema, output: z.object({}), access: administrators, write: true }),
};

/**
 * Issue 17, points 5–7: the yearly figures for the municipality's statistics form (Cabinet Regulation
 * No. 324 of 2017), the Peppol BIS Billing 3.0 e-invoice per payer and month, and the monthly pack.
 * Every export is audited in the same transaction as its read.
 */
export const municipalReportsContract = {
  'exports.yearlyStatistics': method({
    input: input({ year: yearSchema, language: uiLanguageSchema, format: z.enum(['data', 'xlsx']).default('data') }),
    output: z.object({ statistics: yearlyStatisticsSchema, file: exportFileSchema.nullable() }),
    access: managers,
    write: true,
  }),
  'exports.einvoice': method({
    input: input({ month: monthSchema, payer: payerSchema }),
    output: einvoiceSchema,
    access: managers,
    write: true,
  }),
  'exports.monthlyPack': method({
    input: input({
      month: monthSchema,
      language: uiLanguageSchema,
      /** Keys of the reconciliation warnings the manager confirmed (as for `exports.statement`); every open one must be. */
      confirmed: z.array(z.string().max(200)).max(500).default([]),
    }),
    output: monthlyPackSchema,
    access: managers,
    write: true,
  }),
  ...invoicePartiesContract,
};
