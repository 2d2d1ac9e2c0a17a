import { blob, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { attachmentKinds, equipmentBuiltinCategories, equipmentStatuses, fundingSources } from '../../shared/domain/equipment';

export type { EquipmentStatus } from '../../shared/domain/equipment';
export const EQUIPMENT_BUILTIN_CATEGORIES = equipmentBuiltinCategories;
export const EQUIPMENT_STATUSES = equipmentStatuses;
export const EQUIPMENT_FUNDING_SOURCES = fundingSources;
export const EQUIPMENT_ATTACHMENT_KINDS = attachmentKinds;

/**
 * The centre's own categories. An item's `category` holds either a built-in code or `custom:<id>` of a row
 * here; names are data in each client language.
 */
export const equipmentCategory = sqliteTable('equipment_category', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  nameLv: text('name_lv').notNull(),
  nameLt: text('name_lt').notNull(),
  nameRu: text('name_ru').notNull(),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
});

/** One piece of equipment in the register (hydromassage bed, lift platform, shower chair, …). */
export const equipmentItem = sqliteTable(
  'equipment_item',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    inventoryNumber: text('inventory_number').notNull().unique(),
    /** A built-in code (EQUIPMENT_BUILTIN_CATEGORIES) or `custom:<equipment_category.id>`. */
    category: text('category').notNull(),
    name: text('name').notNull(),
    manufacturer: text('manufacturer'),
    model: text('model'),
    serialNumber: text('serial_number'),
    /** Room or place, free text. */
    location: text('location'),
    status: text('status', { enum: EQUIPMENT_STATUSES }).notNull().default('in-use'),
    condition: text('condition'),
    purchaseDate: text('purchase_date'),
    priceCents: integer('price_cents'),
    supplier: text('supplier'),
    invoiceNumber: text('invoice_number'),
    warrantyEnd: text('warranty_end'),
    fundingSource: text('funding_source', { enum: EQUIPMENT_FUNDING_SOURCES }).notNull().default('own-budget'),
    projectCode: text('project_code'),
    projectName: text('project_name'),
    /** For project items: the date until which the item must stay in use (durability). */
    durabilityUntil: text('durability_until'),
    writtenOffOn: text('written_off_on'),
    writeOffReason: text('write_off_reason'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('equipment_item_category_idx').on(t.category),
    index('equipment_item_status_idx').on(t.status),
    index('equipment_item_project_idx').on(t.projectCode),
  ],
);

/** Photos and documents (invoice, manual, certificate) kept in the database. */
export const equipmentAttachment = sqliteTable(
  'equipment_attachment',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    itemId: integer('item_id')
      .notNull()
      .references(() => equipmentItem.id),
    kind: text('kind', { enum: EQUIPMENT_ATTACHMENT_KINDS }).notNull(),
    fileName: text('file_name').notNull(),
    mime: text('mime').notNull(),
    size: integer('size').notNull(),
    data: blob('data', { mode: 'buffer' }).notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('equipment_attachment_item_idx').on(t.itemId)],
);
