import { localDate } from '#shared/domain/local-date';
import type { Handlers } from '../dispatcher';
import type { ServiceDeps } from './service-deps';

export function clockHandlers({ now }: ServiceDeps): Pick<Handlers, 'clock.now'> {
  return {
    'clock.now': () => {
      const instant = now();
      return { today: localDate(instant), epochMs: instant.getTime(), utcOffsetMinutes: -instant.getTimezoneOffset() };
    },
  };
}
