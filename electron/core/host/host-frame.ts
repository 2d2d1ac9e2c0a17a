import fs from 'node:fs';
import path from 'node:path';
import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { serveStatic } from '@hono/node-server/serve-static';
import { contentSecurityPolicy } from '#shared/security/content-security';
import { errorResponse } from './error-response';
import type { AllowedHosts } from './allowed-hosts';

/**
 * Refuses cross-site requests: a browser always sends Origin on them, and it must be this very host,
 * over plain http (the host serves nothing else). `Origin: null` (a sandboxed frame, a file) is refused.
 */
function sameOrigin(originHeader: string | undefined, hostHeader: string | undefined, hosts: AllowedHosts): boolean {
  if (!originHeader) return true;
  try {
    const origin = new URL(originHeader);
    return origin.protocol === 'http:' && origin.host === hostHeader && hosts.allows(origin.host);
  } catch {
    return false;
  }
}

/**
 * What every app the host serves starts with, the normal one and the recovery one alike: security
 * headers, the Host check against DNS rebinding and the Origin check against cross-site calls.
 */
export function createGuardedApp(hosts: AllowedHosts): Hono {
  const app = new Hono();
  app.use(
    secureHeaders({
      contentSecurityPolicy: undefined,
      crossOriginEmbedderPolicy: false,
      referrerPolicy: 'no-referrer',
      // Plain HTTP on loopback: HSTS would only confuse browsers that later visit other local apps.
      strictTransportSecurity: false,
    }),
  );
  app.use(async (c, next) => {
    await next();
    // On the response's own headers, as secureHeaders does: c.header() on a finished response rebuilds it
    // as a web Response with a body stream, which cost more than the call itself (bench: http-call).
    c.res.headers.set('Content-Security-Policy', contentSecurityPolicy);
  });
  // DNS rebinding: before any route, static files included. 421 says "not the server you meant".
  app.use(async (c, next) => {
    if (!hosts.allows(c.req.header('host'))) return errorResponse(c, 'forbidden', 'request.misdirected', { status: 421 });
    await next();
  });
  app.use('/api/*', async (c, next) => {
    if (!sameOrigin(c.req.header('origin'), c.req.header('host'), hosts)) {
      return errorResponse(c, 'forbidden', 'kind.forbidden');
    }
    await next();
  });
  return app;
}

/** The built renderer; routes live in the hash, so every other path is the app itself. */
export function mountRenderer(app: Hono, staticDir: string): void {
  const indexHtml = path.join(staticDir, 'index.html');
  app.use('/*', serveStatic({ root: path.relative(process.cwd(), staticDir) || '.' }));
  app.get('*', (c) => c.html(fs.readFileSync(indexHtml, 'utf8')));
}
