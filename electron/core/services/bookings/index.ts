import type { ServiceDeps } from '../service-deps';
import { bookingHandlers } from './booking-handlers';
import { resourceHandlers } from './resource-handlers';
import { utilisationHandlers } from './utilisation';

/** Bookable resources and their bookings (issue 16). */
export function bookingsHandlers(deps: ServiceDeps) {
  return { ...resourceHandlers(deps), ...bookingHandlers(deps), ...utilisationHandlers(deps) };
}
