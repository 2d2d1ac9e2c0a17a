import type { Hono } from 'hono';
import type { Core } from '../core';
import { mountApiRoutes } from './api-routes';
import { mountEventsRoute } from './events-route';
import { createGuardedApp, mountRenderer } from './host-frame';
import type { AllowedHosts } from './allowed-hosts';

export interface HostAppOptions {
  core: Core;
  /** The built renderer (dist/renderer). */
  staticDir: string;
  /** The names this server answers to; filled in once it listens (see `allowedHosts`). */
  hosts: AllowedHosts;
}

export function createHostApp({ core, staticDir, hosts }: HostAppOptions): Hono {
  const app = createGuardedApp(hosts);
  mountEventsRoute(app, core);
  mountApiRoutes(app, core);
  mountRenderer(app, staticDir);
  return app;
}
