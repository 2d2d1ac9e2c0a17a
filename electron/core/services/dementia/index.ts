import type { ServiceDeps } from '../service-deps';
import { groupHandlers } from './groups';
import { dayHandlers } from './day';
import { programmeHandlers } from './programme';
import { observationHandlers } from './observations';
import { photoHandlers } from './photo';

/** Issue 14, points 1–3 and 8: groups, the day page, programme, observations, client photos. */
export function dementiaHandlers(deps: ServiceDeps) {
  return { ...groupHandlers(deps), ...dayHandlers(deps), ...programmeHandlers(deps), ...observationHandlers(deps), ...photoHandlers(deps) };
}
