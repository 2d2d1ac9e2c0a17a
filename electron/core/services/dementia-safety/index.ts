import type { ServiceDeps } from '../service-deps';
import { handOverHandlers } from './hand-over';
import { notCollectedHandlers } from './not-collected';
import { respiteHandlers } from './respite-handlers';

/** Issue 14's safety part: hand-over at check-out, the not-yet-collected alarm, respite hours. */
export function dementiaSafetyHandlers(deps: ServiceDeps) {
  return { ...handOverHandlers(deps), ...notCollectedHandlers(deps), ...respiteHandlers(deps) };
}
