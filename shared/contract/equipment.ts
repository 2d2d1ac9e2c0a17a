import { z } from 'zod';
import { everyRole, managers, method } from './define';
import { input, text, uiLanguageSchema } from './common';
import { idSchema, isoDate, optionalDate, optionalText } from './fields';
import { maxPageSize } from './bounds';

/*
 * The equipment register (issue 15, points 1, 4, 5, 6): items with their inventory number, the centre's own
 * categories, attachments kept in the database, QR labels, the EU-project durability report and the
 * register's XLSX export. Managers keep the register; everyone may look an item up (a carer scans the
 * hydromassage bed's label).
 */

import { attachmentKinds, equipmentBuiltinCategories, equipmentStatuses, fundingSources } from '../domain/equipment';

export { attachmentKinds, equipmentBuiltinCategories, equipmentStatuses, fundingSources };
/** Statuses an item can be given by editing it; `written-off` only through `equipment.items.writeOff`. */
export const editableStatuses = ['in-use', 'in-storage', 'lent-out', 'needs-cleaning', 'out-of-service', 'under-repair'] as const satisfies readonly (typeof equipmentStatuses)[number][];

export type EquipmentStatus = (typeof equipmentStatuses)[number];
export type BuiltinCategory = (typeof equipmentBuiltinCategories)[number];

/** Attachments: PDF or image (checked by their first bytes in the core), at most 20 MB. */
export const maxAttachmentBytes = 20 * 1024 * 1024;
/** Base64 of the largest attachment (4 characters per 3 bytes). */
export const maxAttachmentBase64 = Math.ceil(maxAttachmentBytes / 3) * 4;
/** Methods whose request body may be larger than the host's usual 1 MB. */
export const largeBodyMethods: readonly string[] = ['equipment.attachments.add'];
/** Items on one label print or in one report. */
export const maxLabelItems = 500;

/**
 * An inventory number: letters, digits, space, `.`, `_`, `/` and `-`, starting with a letter or digit.
 * It is also the whole content of the item's QR code, so nothing that could make it a URL (no `:`).
 */
export const inventoryNumberSchema = z
  .string()
  .trim()
  .min(1)
  .max(30)
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} ._/-]*$/u, { error: 'inventoryNumberFormat' });

/** A built-in category code, or `custom:<id>` of the centre's own category. */
export const categorySchema = z.union([z.enum(equipmentBuiltinCategories), z.string().max(20).regex(/^custom:[1-9]\d{0,8}$/, { error: 'categoryUnknown' })]);
export const projectCodeSchema = text(1, 40);

export const equipmentCategorySchema = z.object({ id: z.number().int(), nameLv: z.string(), nameLt: z.string(), nameRu: z.string() });
export type EquipmentCategory = z.infer<typeof equipmentCategorySchema>;

export const equipmentItemSchema = z.object({
  id: z.number().int(),
  inventoryNumber: z.string(),
  category: z.string(),
  name: z.string(),
  manufacturer: z.string().nullable(),
  model: z.string().nullable(),
  serialNumber: z.string().nullable(),
  location: z.string().nullable(),
  status: z.enum(equipmentStatuses),
  condition: z.string().nullable(),
  purchaseDate: z.string().nullable(),
  priceCents: z.number().int().nullable(),
  supplier: z.string().nullable(),
  invoiceNumber: z.string().nullable(),
  warrantyEnd: z.string().nullable(),
  fundingSource: z.enum(fundingSources),
  projectCode: z.string().nullable(),
  projectName: z.string().nullable(),
  durabilityUntil: z.string().nullable(),
  writtenOffOn: z.string().nullable(),
  writeOffReason: z.string().nullable(),
});
export type EquipmentItem = z.infer<typeof equipmentItemSchema>;

export const attachmentInfoSchema = z.object({
  id: z.number().int(),
  kind: z.enum(attachmentKinds),
  fileName: z.string(),
  mime: z.string(),
  size: z.number().int(),
  createdAt: z.string(),
});

const itemFields = {
  category: categorySchema,
  name: text(1, 120),
  manufacturer: optionalText(80),
  model: optionalText(80),
  serialNumber: optionalText(80),
  location: optionalText(80),
  status: z.enum(editableStatuses).default('in-use'),
  condition: optionalText(200),
  purchaseDate: optionalDate,
  /** Up to 100 000 EUR an item: a centre's lift platform costs about 20 000. */
  priceCents: z.number().int().min(0).max(10_000_000).nullable().optional(),
  supplier: optionalText(120),
  invoiceNumber: optionalText(60),
  warrantyEnd: optionalDate,
  fundingSource: z.enum(fundingSources).default('own-budget'),
  projectCode: optionalText(40),
  projectName: optionalText(200),
  durabilityUntil: optionalDate,
};

/** A project item names its project; an item outside projects carries no project. */
const projectNamed = (item: { fundingSource?: string; projectCode?: string | undefined }) =>
  item.fundingSource !== 'eu-project' || Boolean(item.projectCode?.trim());
const projectIssue = { path: ['projectCode'], error: 'projectCodeRequired' };

export const itemCreateSchema = input({ ...itemFields, inventoryNumber: z.union([z.literal(''), inventoryNumberSchema]).optional() }).refine(projectNamed, projectIssue);
export const itemUpdateSchema = input({ ...itemFields, id: idSchema, inventoryNumber: inventoryNumberSchema }).refine(projectNamed, projectIssue);
export type ItemCreateInput = z.input<typeof itemCreateSchema>;

export const listSorts = ['inventoryNumber', 'name', 'category', 'status', 'location', 'purchaseDate', 'price'] as const;
/** Due states of the maintenance schedules (the maintenance part of issue 15 answers them). */
export const dueStates = ['overdue', 'due-soon', 'ok'] as const;

export const registerFilterSchema = input({
  category: categorySchema.optional(),
  status: z.enum(equipmentStatuses).optional(),
  location: text(1, 80).optional(),
  projectCode: projectCodeSchema.optional(),
  search: text(0, 60).optional(),
  due: z.enum(dueStates).optional(),
  sort: z.enum(listSorts).default('inventoryNumber'),
  direction: z.enum(['asc', 'desc']).default('asc'),
});
export type RegisterFilter = z.input<typeof registerFilterSchema>;

export const registerListInput = registerFilterSchema.extend({
  page: z.number().int().min(1).max(100_000).default(1),
  pageSize: z.number().int().min(1).max(maxPageSize).default(50),
});

export const labelLayouts = ['3x8', '4x10'] as const;
export type LabelLayout = (typeof labelLayouts)[number];
export const labelGrid: Record<LabelLayout, { columns: number; rows: number }> = {
  '3x8': { columns: 3, rows: 8 },
  '4x10': { columns: 4, rows: 10 },
};

export const labelsFields = {
  itemIds: z.array(z.number().int().min(1).max(10_000_000)).min(1).max(maxLabelItems),
  layout: z.enum(labelLayouts),
  /** The first free label on the first sheet, 1 = top left, counted row by row. */
  startPosition: z.number().int().min(1).max(40),
  language: uiLanguageSchema,
};
export const labelsInput = input(labelsFields).refine((l) => l.startPosition <= labelGrid[l.layout].columns * labelGrid[l.layout].rows, { path: ['startPosition'], error: 'labelStartOutside' });
export type LabelsInput = z.infer<typeof labelsInput>;

export const labelSheetSchema = z.object({
  centre: z.object({ name: z.string() }),
  language: uiLanguageSchema,
  layout: z.enum(labelLayouts),
  startPosition: z.number().int(),
  labels: z.array(
    z.object({
      itemId: z.number().int(),
      inventoryNumber: z.string(),
      name: z.string(),
      /** The QR code of the inventory number (and nothing else): `size` modules square, dark modules as an SVG path. */
      qr: z.object({ size: z.number().int(), path: z.string() }),
    }),
  ),
});
export type LabelSheet = z.infer<typeof labelSheetSchema>;

export const durabilityRowSchema = z.object({
  id: z.number().int(),
  inventoryNumber: z.string(),
  name: z.string(),
  category: z.string(),
  priceCents: z.number().int().nullable(),
  purchaseDate: z.string().nullable(),
  location: z.string().nullable(),
  status: z.enum(equipmentStatuses),
  condition: z.string().nullable(),
  durabilityUntil: z.string().nullable(),
  writtenOffOn: z.string().nullable(),
  writeOffReason: z.string().nullable(),
  /** Written off before its durability date: the report highlights it with the reason. */
  writtenOffEarly: z.boolean(),
  lastInspection: z.string().nullable(),
  lastUse: z.string().nullable(),
  usesPerYear: z.array(z.object({ year: z.number().int(), count: z.number().int() })),
});
export const durabilityReportSchema = z.object({
  centre: z.object({ name: z.string() }),
  language: uiLanguageSchema,
  generatedAt: z.string(),
  preparedBy: z.string(),
  project: z.object({ code: z.string(), name: z.string().nullable(), durabilityUntil: z.string().nullable() }),
  items: z.array(durabilityRowSchema),
  totals: z.object({
    items: z.number().int(),
    priceCents: z.number().int(),
    present: z.number().int(),
    inUse: z.number().int(),
    writtenOff: z.number().int(),
    writtenOffEarly: z.number().int(),
  }),
});
export type DurabilityReport = z.infer<typeof durabilityReportSchema>;

const fileSchema = z.object({ fileName: z.string(), mime: z.string(), dataBase64: z.string() });

export const equipmentContract = {
  'equipment.categories.list': method({
    input: input({}),
    output: z.object({ builtin: z.array(z.enum(equipmentBuiltinCategories)), custom: z.array(equipmentCategorySchema) }),
    access: everyRole,
    write: false,
  }),
  'equipment.categories.create': method({
    input: input({ nameLv: text(2, 80), nameLt: text(2, 80), nameRu: text(2, 80) }),
    output: equipmentCategorySchema,
    access: managers,
    write: true,
  }),
  'equipment.items.list': method({
    input: registerListInput,
    output: z.object({
      items: z.array(equipmentItemSchema),
      total: z.number().int(),
      totalPriceCents: z.number().int(),
      locations: z.array(z.string()),
      projects: z.array(z.object({ code: z.string(), name: z.string().nullable() })),
    }),
    access: everyRole,
    write: false,
  }),
  'equipment.items.get': method({
    input: input({ id: idSchema }),
    output: z.object({ item: equipmentItemSchema, attachments: z.array(attachmentInfoSchema) }),
    access: everyRole,
    write: false,
  }),
  /** The next number in the centre's last-used pattern (`INV-0041` after `INV-0040`). */
  'equipment.items.suggestNumber': method({ input: input({}), output: z.object({ inventoryNumber: z.string() }), access: managers, write: false }),
  'equipment.items.create': method({ input: itemCreateSchema, output: equipmentItemSchema, access: managers, write: true }),
  'equipment.items.update': method({ input: itemUpdateSchema, output: equipmentItemSchema, access: managers, write: true }),
  'equipment.items.writeOff': method({
    input: input({ id: idSchema, on: isoDate, reason: z.string().trim().min(1, { error: 'writeOffReasonRequired' }).max(500) }),
    output: equipmentItemSchema,
    access: managers,
    write: true,
  }),
  'equipment.attachments.add': method({
    input: input({
      itemId: idSchema,
      kind: z.enum(attachmentKinds),
      fileName: text(1, 200),
      dataBase64: z.string().max(maxAttachmentBase64 + 4, { error: 'attachmentTooLarge' }),
    }),
    output: attachmentInfoSchema,
    access: managers,
    write: true,
  }),
  'equipment.attachments.get': method({ input: input({ id: idSchema }), output: fileSchema, access: everyRole, write: false }),
  'equipment.attachments.remove': method({ input: input({ id: idSchema }), output: z.object({}), access: managers, write: true }),
  /** A scanned or typed inventory number: the item, or null (the scanner typed something else). */
  'equipment.byNumber': method({
    input: input({ inventoryNumber: text(1, 60) }),
    output: z.object({ item: equipmentItemSchema.nullable() }),
    access: everyRole,
    write: false,
  }),
  /** The labels' data for the print page `#/print/equipment-labels`, printed through `print.*`. */
  'equipment.labels.pdf': method({ input: labelsInput, output: labelSheetSchema, access: managers, write: false }),
  'equipment.durability': method({
    input: input({ projectCode: projectCodeSchema, language: uiLanguageSchema }),
    output: durabilityReportSchema,
    access: managers,
    write: false,
  }),
  /** The durability report as XLSX in the chosen language; audited like every export. */
  'equipment.durabilityXlsx': method({
    input: input({ projectCode: projectCodeSchema, language: uiLanguageSchema }),
    output: fileSchema,
    access: managers,
    write: false,
  }),
  /** The register as XLSX, in the chosen language; audited like every export. */
  'equipment.register.export': method({
    input: input({ filter: registerFilterSchema, language: uiLanguageSchema }),
    output: fileSchema,
    access: managers,
    write: false,
  }),
};
