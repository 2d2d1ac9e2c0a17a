// Bundles the browser host (electron/core/host/cli.ts and everything it imports from electron/core, db
// and shared) into dist-host/cli.mjs with esbuild. Starting from the bundle instead of through tsx
// saves transpiling ~260 files on every start: a reception PC's host is up in well under a second.
// Packages stay in node_modules (better-sqlite3 is native anyway).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
export const hostBundle = path.join(projectRoot, 'dist-host', 'cli.mjs');
const sourceFolders = ['electron/core', 'db', 'shared'];
const sourceFiles = ['package.json', 'scripts/build-host.mjs'];

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** True when the bundle is missing or older than any source it is made of. */
export function hostBundleIsStale() {
  if (!fs.existsSync(hostBundle)) return true;
  const built = fs.statSync(hostBundle).mtimeMs;
  const newest = Math.max(
    ...sourceFolders.map((folder) => newestMtime(path.join(projectRoot, folder))),
    ...sourceFiles.map((file) => fs.statSync(path.join(projectRoot, file)).mtimeMs),
  );
  return newest > built;
}

export async function buildHost() {
  // Written aside and renamed: two test workers that rebuild at once never load half a file.
  const aside = `${hostBundle}.${process.pid}.tmp`;
  // Loaded only to build: most starts find the bundle fresh, and esbuild's own start costs ~0.1 s.
  const { build } = await import('esbuild');
  await build({
    absWorkingDir: projectRoot,
    entryPoints: ['electron/core/host/cli.ts'],
    outfile: aside,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  fs.renameSync(aside, hostBundle);
  return hostBundle;
}

/** Rebuilds only when a source changed, so `npm run serve` works right after editing or `npm install`. */
export async function ensureHostBuilt() {
  if (hostBundleIsStale()) await buildHost();
  return hostBundle;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(await buildHost());
}
