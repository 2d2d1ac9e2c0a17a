import type { ServiceDeps } from '../service-deps';
import { scheduleHandlers } from './schedules';
import { maintenanceHandlers } from './maintenance';
import { dueHandlers } from './due';
import { usageHandlers } from '../equipment-usage/usage-handlers';

/** Issue 15, points 2-3: schedules, maintenance records, the due list, the usage log. */
export function equipmentMaintenanceHandlers(deps: ServiceDeps) {
  return { ...scheduleHandlers(deps), ...maintenanceHandlers(deps), ...dueHandlers(deps), ...usageHandlers(deps) };
}
