import path from 'node:path';
import { parseArgs } from 'node:util';
import { serve } from '@hono/node-server';
import { defaultDataDir } from '../data-dir';
import { seedDemoIfEmpty } from '../demo/seed-demo';
import { demoFolder } from '../demo/demo-folder';
import { demoLoginLines } from '../demo/demo-logins';
import { demoToday } from '../demo/demo-clock';
import { startupClock } from '../startup-clock';
import { createHostModes } from './host-modes';
import { openCore } from '../recovery/open-core';
import { allowedHosts, isHostName } from './allowed-hosts';
import { ensureRendererBuilt } from './renderer-build';
import { isLoopback } from './loopback';
import { countActiveAdministrators } from '#db/queries/staff';
import { createTranslator } from '../translate';
import { sourceRoot } from '#db/paths';
import { headlessPlatform } from '../platform';
import { chromiumPath, chromiumPdf, ownOrigin } from './chromium-pdf';

export const defaultPort = 5180;
const projectRoot = sourceRoot();

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    port: { type: 'string', default: String(defaultPort) },
    host: { type: 'string', default: '127.0.0.1' },
    'allowed-host': { type: 'string', multiple: true, default: [] },
    demo: { type: 'boolean', default: false },
    'demo-date': { type: 'string' },
  },
  strict: true,
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a number from 0 to 65535, not "${values.port}"`);
  process.exit(2);
}
const host = values.host;
const extraNames = values['allowed-host'];
const badName = extraNames.find((name) => !isHostName(name));
if (badName !== undefined) {
  console.error(`--allowed-host takes a bare name or address (no port, no http://), not "${badName}"`);
  process.exit(2);
}
if (values['demo-date'] !== undefined && !values.demo) {
  console.error('--demo-date only works with --demo: a real centre keeps the real date.');
  process.exit(2);
}
let now: (() => Date) | undefined;
let clockNotice: string | null = null;
try {
  ({ now, notice: clockNotice } = startupClock({ demoDate: values['demo-date'] }));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
}
const demo = values.demo ? demoFolder(values['data-dir']) : null;
const dataDir = demo ? demo.dir : path.resolve(values['data-dir'] ?? defaultDataDir());
// Runs on every exit (signals below end in process.exit), after the database is closed.
if (demo) process.on('exit', () => demo.remove());

const staticDir = path.join(projectRoot, 'dist', 'renderer');
await ensureRendererBuilt(projectRoot, staticDir);

// A database that cannot be opened does not stop the host: it serves the recovery page instead.
// The monthly pack's PDFs: the host renders its own print routes in headless Chromium (when installed).
let origin: string | null = null;
const platform = { ...headlessPlatform, ...chromiumPdf({ executablePath: chromiumPath(), origin: () => origin, sessions: () => modes.core()?.sessions ?? null }) };
const start = { dataDir, now, platform };
const opened = openCore(start);
const core = opened.ok ? opened.core : null;
if (!opened.ok) for (const language of ['lv', 'en'] as const) console.error(createTranslator()(language, 'recovery.active'));
if (core?.backupFile) console.log(`A copy of the database was saved before updating it: ${core.backupFile}`);
if (core && values.demo) await seedDemoIfEmpty(core);

if (!isLoopback(host)) {
  // On the network, an empty centre would let whoever opens the page first run the setup and make
  // themselves administrator. So the first administrator is created on this computer, never remotely.
  if (core && countActiveAdministrators(core.db) === 0) {
    console.error(
      `CareDesk will not listen on ${host}: this centre has no administrator yet. Start it once without --host, ` +
        'set up the centre on this computer, then start it again with --host.',
    );
    core.close();
    process.exit(2);
  }
  console.warn(`WARNING: listening on ${host}, not only on this computer. Other machines on the network can reach CareDesk.`);
}

// The port is known only once listening (--port 0), so the names are completed in the callback.
const hosts = allowedHosts({ bindHost: host, extraNames });
const modes = createHostModes({ opened, start, staticDir, hosts, onOpened: () => console.log('The database is open again.') });
const server = serve({ fetch: modes.fetch, hostname: host, port }, (info) => {
  hosts.listening(info.port);
  origin = ownOrigin(info.address, info.port);
  const shownHost = info.address.includes(':') ? `[${info.address}]` : info.address;
  console.log(`CareDesk is running at http://${shownHost}:${info.port}/`);
  console.log(`Data folder: ${dataDir}`);
  if (clockNotice) console.log(clockNotice);
  if (values.demo) {
    for (const line of demoLoginLines()) console.log(line);
    if (now && values['demo-date']) console.log(`Demo date: ${demoToday(now)} (the demo's clock, not this computer's)`);
  }
});
server.on('error', (error: NodeJS.ErrnoException) => {
  console.error(error.code === 'EADDRINUSE' ? `Port ${port} is already in use; choose another with --port.` : error.message);
  process.exit(1);
});

const shutdown = () => {
  server.close();
  modes.core()?.close();
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
