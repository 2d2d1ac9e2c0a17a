import type { Handlers } from '../dispatcher';
import { accessExportHandlers } from './access-export';
import { erasureHandlers } from './erasure';
import { retentionHandlers } from './retention';
import type { ServiceDeps } from './service-deps';

type PrivacyHandlers = Pick<Handlers, 'clients.accessExport' | 'clients.erase' | 'retention.get' | 'retention.update' | 'retention.clients'>;

/** The GDPR side of the client register: access requests, the retention period, erasure. */
export function privacyHandlers(deps: ServiceDeps): PrivacyHandlers {
  return { ...accessExportHandlers(deps), ...erasureHandlers(deps), ...retentionHandlers(deps) };
}
