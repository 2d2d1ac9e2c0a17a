import type { Executor } from '#db/client';
import { attachmentsOf, categoryById, insertItem, itemById, itemByNumber, updateItem, type NewEquipmentItemRow } from '#db/queries/equipment-items';
import { registerLocations, registerPage, registerProjects } from '#db/queries/equipment-register';
import type { MethodParsedInput } from '#shared/contract/index';
import { conflict, notFound } from '../../app-error';
import type { Handlers } from '../../dispatcher';
import { audited } from '../audited';
import type { ServiceDeps } from '../service-deps';
import { dueFilterIds } from './due-filter';
import { suggestInventoryNumber } from './inventory-number';
import { itemView, nullIfEmpty } from './item-view';

type ItemHandlers = Pick<
  Handlers,
  'equipment.items.list' | 'equipment.items.get' | 'equipment.items.suggestNumber' | 'equipment.items.create' | 'equipment.items.update' | 'equipment.items.writeOff' | 'equipment.byNumber'
>;

type ItemFields = Omit<MethodParsedInput<'equipment.items.update'>, 'id' | 'inventoryNumber'>;

/** The form's fields as a row: empty text is null, a project only on project items. */
export function itemColumns(db: Executor, fields: ItemFields): Omit<NewEquipmentItemRow, 'inventoryNumber' | 'createdAt' | 'updatedAt'> {
  const custom = /^custom:(\d+)$/.exec(fields.category);
  if (custom && !categoryById(db, Number(custom[1]))) throw notFound('equipment.categoryNotFound');
  const project = fields.fundingSource === 'eu-project';
  return {
    category: fields.category,
    name: fields.name.trim(),
    manufacturer: nullIfEmpty(fields.manufacturer),
    model: nullIfEmpty(fields.model),
    serialNumber: nullIfEmpty(fields.serialNumber),
    location: nullIfEmpty(fields.location),
    status: fields.status,
    condition: nullIfEmpty(fields.condition),
    purchaseDate: nullIfEmpty(fields.purchaseDate),
    priceCents: fields.priceCents ?? null,
    supplier: nullIfEmpty(fields.supplier),
    invoiceNumber: nullIfEmpty(fields.invoiceNumber),
    warrantyEnd: nullIfEmpty(fields.warrantyEnd),
    fundingSource: fields.fundingSource,
    projectCode: project ? nullIfEmpty(fields.projectCode) : null,
    projectName: project ? nullIfEmpty(fields.projectName) : null,
    durabilityUntil: project ? nullIfEmpty(fields.durabilityUntil) : null,
  };
}

function assertFreeNumber(db: Executor, inventoryNumber: string, ownId?: number): void {
  const holder = itemByNumber(db, inventoryNumber);
  if (holder && holder.id !== ownId) throw conflict('equipment.duplicateNumber', { number: inventoryNumber, name: holder.name });
}

export function itemHandlers({ db, now }: ServiceDeps): ItemHandlers {
  return {
    'equipment.items.list': ({ page, pageSize, due, ...filter }) =>
      db.transaction(
        (tx) => {
          const onlyIds = due ? dueFilterIds(db, due, now()) : undefined;
          const result = registerPage(tx, { ...filter, onlyIds }, page, pageSize);
          return { ...result, items: result.items.map(itemView), locations: registerLocations(tx), projects: registerProjects(tx) };
        },
        { behavior: 'deferred' },
      ),

    'equipment.items.get': ({ id }) => {
      const row = itemById(db, id);
      if (!row) throw notFound('equipment.notFound');
      return { item: itemView(row), attachments: attachmentsOf(db, id).map(({ itemId: _i, ...a }) => a) };
    },

    'equipment.items.suggestNumber': () => ({ inventoryNumber: suggestInventoryNumber(db) }),

    'equipment.items.create': ({ inventoryNumber, ...fields }, call) => {
      const at = now().toISOString();
      const row = audited(db, now, call)((tx, audit) => {
        const number = inventoryNumber?.trim() || suggestInventoryNumber(tx);
        assertFreeNumber(tx, number);
        const created = insertItem(tx, { ...itemColumns(tx, fields), inventoryNumber: number, createdAt: at, updatedAt: at });
        audit({ entity: 'equipment_item', entityId: created.id, after: itemView(created) });
        return created;
      });
      return itemView(row);
    },

    'equipment.items.update': ({ id, inventoryNumber, ...fields }, call) => {
      const row = audited(db, now, call)((tx, audit) => {
        const before = itemById(tx, id);
        if (!before) throw notFound('equipment.notFound');
        if (before.status === 'written-off') throw conflict('equipment.writtenOff');
        assertFreeNumber(tx, inventoryNumber, id);
        const updated = updateItem(tx, id, { ...itemColumns(tx, fields), inventoryNumber, updatedAt: now().toISOString() }) ?? before;
        audit({ entity: 'equipment_item', entityId: id, before: itemView(before), after: itemView(updated) });
        return updated;
      });
      return itemView(row);
    },

    'equipment.items.writeOff': ({ id, on, reason }, call) => {
      const row = audited(db, now, call)((tx, audit) => {
        const before = itemById(tx, id);
        if (!before) throw notFound('equipment.notFound');
        if (before.status === 'written-off') throw conflict('equipment.alreadyWrittenOff');
        const updated =
          updateItem(tx, id, { status: 'written-off', writtenOffOn: on, writeOffReason: reason.trim(), updatedAt: now().toISOString() }) ?? before;
        audit({ entity: 'equipment_item', entityId: id, before: itemView(before), after: itemView(updated) });
        return updated;
      });
      return itemView(row);
    },

    'equipment.byNumber': ({ inventoryNumber }) => {
      const row = itemByNumber(db, inventoryNumber.trim());
      return { item: row ? itemView(row) : null };
    },
  };
}
