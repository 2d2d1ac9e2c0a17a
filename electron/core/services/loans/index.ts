import type { ServiceDeps } from '../service-deps';
import { actHandlers } from './act-handler';
import { cleanHandlers } from './clean-handlers';
import { loanHandlers } from './loan-handlers';
import { waitlistHandlers } from './waitlist-handlers';

/** Loans of assistive devices, their cleaning gate, hand-over acts and the waiting list (issue 16). */
export function loansHandlers(deps: ServiceDeps) {
  return { ...loanHandlers(deps), ...cleanHandlers(deps), ...actHandlers(deps), ...waitlistHandlers(deps) };
}
