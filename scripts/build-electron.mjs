// Bundles Electron's main process and preload into dist-electron/ with esbuild.
// Usage: node scripts/build-electron.mjs   (also imported by scripts/start.mjs)
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const outDir = path.join(projectRoot, 'dist-electron');
// Electron 39 runs Node 22 in main and Chromium 142 in the preload.
const nodeTarget = 'node22';

/** Modules a sandboxed preload may require at run time; everything else must be bundled in. */
const preloadRuntimeModules = new Set(['electron']);

const common = {
  absWorkingDir: projectRoot,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: nodeTarget,
  sourcemap: 'linked',
  logLevel: 'warning',
  metafile: true,
};

export async function buildElectron() {
  await build({
    ...common,
    entryPoints: ['electron/main/index.ts'],
    outfile: path.join(outDir, 'main.cjs'),
    // better-sqlite3 is native: it loads its .node file from node_modules (or CAREDESK_SQLITE_BINDING).
    external: ['electron', 'better-sqlite3'],
    // db/paths.ts reads import.meta.url only for running from source; main always passes migrationsFolder.
    logOverride: { 'empty-import-meta': 'silent' },
  });

  const preload = await buildPreload(path.join(outDir, 'preload.cjs'));
  return { main: path.join(outDir, 'main.cjs'), preload: preload.outfile };
}

/** The sandboxed preload alone (also built by scripts/preload-bundle.test.ts, which checks its size). */
export async function buildPreload(outfile) {
  const preload = await build({
    ...common,
    entryPoints: ['electron/preload/index.ts'],
    outfile,
    external: ['electron'],
  });
  const required = Object.values(preload.metafile.outputs)
    .flatMap((output) => output.imports)
    .filter((entry) => entry.external)
    .map((entry) => entry.path);
  const forbidden = required.filter((name) => !preloadRuntimeModules.has(name));
  if (forbidden.length > 0) {
    throw new Error(`The sandboxed preload cannot require ${forbidden.join(', ')}; bundle it or drop it.`);
  }
  return { outfile, metafile: preload.metafile };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const started = Date.now();
  const { main, preload } = await buildElectron();
  console.log(`Built ${path.relative(projectRoot, main)} and ${path.relative(projectRoot, preload)} in ${Date.now() - started} ms`);
}
