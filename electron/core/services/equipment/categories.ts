import { insertCategory, listCategories } from '#db/queries/equipment-items';
import { equipmentBuiltinCategories, type EquipmentCategory } from '#shared/contract/equipment';
import type { Handlers } from '../../dispatcher';
import { audited } from '../audited';
import type { ServiceDeps } from '../service-deps';

type CategoryHandlers = Pick<Handlers, 'equipment.categories.list' | 'equipment.categories.create'>;

const view = ({ id, nameLv, nameLt, nameRu }: EquipmentCategory): EquipmentCategory => ({ id, nameLv, nameLt, nameRu });

export function categoryHandlers({ db, now }: ServiceDeps): CategoryHandlers {
  return {
    'equipment.categories.list': () => ({ builtin: [...equipmentBuiltinCategories], custom: listCategories(db).map(view) }),
    'equipment.categories.create': (names, call) =>
      audited(db, now, call)((tx, audit) => {
        const at = now().toISOString();
        const row = insertCategory(tx, { ...names, createdAt: at, updatedAt: at });
        audit({ entity: 'equipment_category', entityId: row.id, after: view(row) });
        return view(row);
      }),
  };
}
