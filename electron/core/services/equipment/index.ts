import type { Handlers } from '../../dispatcher';
import type { ServiceDeps } from '../service-deps';
import { attachmentHandlers } from './attachments';
import { categoryHandlers } from './categories';
import { durabilityHandlers } from './durability';
import { durabilityXlsxHandlers } from './durability-xlsx';
import { itemHandlers } from './items';
import { labelHandlers } from './labels';
import { registerExportHandlers } from './register-export';

type EquipmentRegisterMethod = Extract<keyof Handlers, `equipment.${'items' | 'categories' | 'attachments' | 'labels' | 'register'}.${string}` | 'equipment.byNumber' | 'equipment.durability' | 'equipment.durabilityXlsx'>;

/** The equipment register (issue 15, points 1, 4, 5, 6). */
export function equipmentRegisterHandlers(deps: ServiceDeps): Pick<Handlers, EquipmentRegisterMethod> {
  return {
    ...categoryHandlers(deps),
    ...itemHandlers(deps),
    ...attachmentHandlers(deps),
    ...labelHandlers(deps),
    ...durabilityHandlers(deps),
    ...durabilityXlsxHandlers(deps),
    ...registerExportHandlers(deps),
  };
}
