import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { rendererBuildIsStale } from '../electron/core/host/renderer-build';

/**
 * `npm run test:e2e` builds the renderer first; this covers `npx playwright test` on its own. Building
 * once here also keeps the hosts, which would rebuild a stale renderer themselves, from doing it side
 * by side.
 */
export default async function globalSetup(): Promise<void> {
  const projectRoot = fileURLToPath(new URL('../', import.meta.url));
  // The host's bundle too, once, before the workers start hosts side by side.
  const { ensureHostBuilt } = (await import(pathToFileURL(path.join(projectRoot, 'scripts', 'build-host.mjs')).href)) as { ensureHostBuilt: () => Promise<string> };
  await ensureHostBuilt();
  if (!rendererBuildIsStale(projectRoot, path.join(projectRoot, 'dist', 'renderer'))) return;
  const vite = spawnSync(path.join(projectRoot, 'node_modules', '.bin', 'vite'), ['build', '--logLevel', 'warn'], {
    cwd: projectRoot,
    stdio: 'inherit',
  });
  if (vite.status !== 0) throw new Error(`vite build failed (${vite.status ?? vite.signal})`);
}
