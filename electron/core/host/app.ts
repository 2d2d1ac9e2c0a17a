import fs from 'node:fs';
import path from 'node:path';
import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Core } from '../core';
import { mountApiRoutes } from './api-routes';
import { mountEventsRoute } from './events-route';
import { contentSecurityPolicy } from '#shared/security/content-security';
import { errorResponse } from './error-response';

export interface HostAppOptions {
  core: Core;
  /** The built renderer (dist/renderer). */
  staticDir: string;
}

/** Refuses cross-site requests: a browser always sends Origin on them, and it must be this host. */
function sameOrigin(originHeader: string | undefined, hostHeader: string | undefined): boolean {
  if (!originHeader) return true;
  try {
    return new URL(originHeader).host === hostHeader;
  } catch {
    return false;
  }
}

export function createHostApp({ core, staticDir }: HostAppOptions): Hono {
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
    c.header('Content-Security-Policy', contentSecurityPolicy);
  });
  app.use('/api/*', async (c, next) => {
    if (!sameOrigin(c.req.header('origin'), c.req.header('host'))) {
      return errorResponse(c, 'forbidden', 'kind.forbidden');
    }
    await next();
  });
  mountEventsRoute(app, core);
  mountApiRoutes(app, core);

  const indexHtml = path.join(staticDir, 'index.html');
  app.use('/*', serveStatic({ root: path.relative(process.cwd(), staticDir) || '.' }));
  // Routes live in the hash, so every other path is the app itself.
  app.get('*', (c) => c.html(fs.readFileSync(indexHtml, 'utf8')));
  return app;
}
