import fs from 'node:fs';
import path from 'node:path';

const sourceFolders = ['renderer', 'shared'];

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** True when dist/renderer is missing or older than any renderer or shared source file. */
export function rendererBuildIsStale(projectRoot: string, outDir: string): boolean {
  const index = path.join(outDir, 'index.html');
  if (!fs.existsSync(index)) return true;
  const built = fs.statSync(index).mtimeMs;
  return sourceFolders.some((folder) => {
    const dir = path.join(projectRoot, folder);
    return fs.existsSync(dir) && newestMtime(dir) > built;
  });
}

/** Builds the renderer with Vite when needed, so `npm run serve` works right after `npm install`. */
export async function ensureRendererBuilt(projectRoot: string, outDir: string): Promise<void> {
  if (!rendererBuildIsStale(projectRoot, outDir)) return;
  console.log('Building the user interface (first run or sources changed)…');
  const { build } = await import('vite');
  // The config's `root: 'renderer'` would resolve against the working directory; an inline root wins
  // over it, so name the renderer folder itself (the project root has no index.html).
  await build({ root: path.join(projectRoot, 'renderer'), configFile: path.join(projectRoot, 'vite.config.ts'), logLevel: 'warn' });
}
