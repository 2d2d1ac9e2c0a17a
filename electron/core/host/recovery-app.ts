import type { Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { httpStatusOf } from '#shared/contract/index';
import type { Recovery } from '../recovery/recovery-service';
import { createGuardedApp, mountRenderer } from './host-frame';
import { remoteAddress } from './api-routes';
import { limitBody, readJson } from './request-body';
import { callerLanguage, errorResponse } from './error-response';
import { isLoopback } from './loopback';
import type { AllowedHosts } from './allowed-hosts';

export interface RecoveryAppOptions {
  recovery: Recovery;
  staticDir: string;
  hosts: AllowedHosts;
}

/** `::ffff:127.0.0.1` is how a dual-stack socket shows an IPv4 loopback caller. */
function isLocalCaller(address: string): boolean {
  return isLoopback(address.replace(/^::ffff:/i, ''));
}

/**
 * The host while its database cannot be opened: the same renderer, which shows the recovery page, and
 * the recovery methods. Nobody can log in (the staff are in the broken file), so the methods answer
 * callers on this computer only, whatever `--host` says; every other call says the app is in recovery.
 */
export function createRecoveryApp({ recovery, staticDir, hosts }: RecoveryAppOptions): Hono {
  const app = createGuardedApp(hosts);
  app.post(
    '/api/:method',
    limitBody(() => 64 * 1024),
    async (c) => {
      const language = callerLanguage(c);
      if (!isLocalCaller(remoteAddress(c))) return errorResponse(c, 'forbidden', 'recovery.thisComputerOnly', { language });
      // JSON only, as in the normal app: a cross-site form cannot send it without a CORS preflight.
      if (!/^application\/json\b/i.test(c.req.header('content-type') ?? '')) {
        return errorResponse(c, 'validation', 'request.jsonOnly', { status: 415, language });
      }
      const body = await readJson(c);
      if (!body.ok) return errorResponse(c, 'validation', 'request.invalidJson', { language });
      const result = recovery.dispatch(c.req.param('method'), body.value, language);
      const status = result.ok ? 200 : result.error.code === 'recovery.active' ? 503 : httpStatusOf[result.error.kind];
      return c.json(result, status as ContentfulStatusCode);
    },
  );
  app.all('/api/*', (c) => errorResponse(c, 'internal', 'recovery.active', { status: 503 }));
  mountRenderer(app, staticDir);
  return app;
}
