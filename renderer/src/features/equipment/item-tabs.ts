import type { ComponentType } from 'react';
import type { MethodName } from '#shared/contract/index';
import type { EquipmentItem } from '#shared/contract/equipment';
import { ItemAttachments } from './ItemAttachments';
import { ItemDetails } from './ItemDetails';
import { MaintenanceTab } from '../equipment-maintenance/MaintenanceTab';
import { UsageTab } from '../equipment-maintenance/UsageTab';

/** A tab of the item page. */
export interface ItemTab {
  /** `#/equipment/:id/<value>`; the first tab is the page's default. */
  value: string;
  /** A key in the `equipment` namespace, or `<namespace>:<key>` of another one. */
  labelKey: string;
  /** Shown only to roles that may call it. */
  method?: MethodName;
  Panel: ComponentType<{ item: EquipmentItem }>;
}

/**
 * The item page's tabs. Other parts of the register append theirs here (the maintenance part of issue 15:
 * "Maintenance" and "Usage"; loans: "Loans"), one line each, with their own panel component.
 */
export const itemTabs: ItemTab[] = [
  { value: 'details', labelKey: 'item.tab.details', Panel: ItemDetails },
  { value: 'attachments', labelKey: 'item.tab.attachments', method: 'equipment.items.get', Panel: ItemAttachments },
  { value: 'maintenance', labelKey: 'equipmentMaintenance:tab.maintenance', method: 'equipment.schedules.list', Panel: MaintenanceTab },
  { value: 'usage', labelKey: 'equipmentMaintenance:tab.usage', method: 'equipment.usage.list', Panel: UsageTab },
];
