// Builds better-sqlite3 for Electron's ABI, once per Electron and better-sqlite3 version, into
// .cache/electron-native/<electron version>/better_sqlite3.node. node_modules keeps its Node build,
// so tests and the browser host are untouched; main is pointed at this file via CAREDESK_SQLITE_BINDING.
// Usage: node scripts/electron-native.mjs   (also imported by scripts/start.mjs)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);

/**
 * The environment for node-gyp. Run under npm, node-gyp reads npm_config_* variables, and this
 * machine's npm config sets `nodedir=/usr`: kept, it would silently build against Node's headers
 * again (TOOLING.md: the trap electron-builder install-app-deps falls into). So they go.
 */
export function electronGypEnv(env = process.env) {
  const clean = {};
  for (const [key, value] of Object.entries(env)) {
    if (/^npm_config_(nodedir|target|runtime|disturl|dist_url|arch|build_from_source)$/i.test(key)) continue;
    clean[key] = value;
  }
  return clean;
}

export function electronVersion() {
  return require('electron/package.json').version;
}

/** Returns the path of a better_sqlite3.node built for this Electron, building it when missing. */
export function ensureElectronSqlite({ electron = electronVersion(), log = console.log } = {}) {
  const sqliteVersion = require('better-sqlite3/package.json').version;
  const cacheDir = path.join(projectRoot, '.cache', 'electron-native', electron);
  const binary = path.join(cacheDir, 'better_sqlite3.node');
  const stamp = path.join(cacheDir, 'better-sqlite3.version');
  if (fs.existsSync(binary) && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === sqliteVersion) return binary;

  log(`Building better-sqlite3 ${sqliteVersion} for Electron ${electron} (first run only, about two minutes)…`);
  const source = path.dirname(require.resolve('better-sqlite3/package.json'));
  const workDir = path.join(cacheDir, 'better-sqlite3');
  fs.rmSync(workDir, { recursive: true, force: true });
  // Node's build/ stays behind: node-gyp would otherwise reuse objects compiled for the other ABI.
  fs.cpSync(source, workDir, {
    recursive: true,
    filter: (file) => path.relative(source, file).split(path.sep)[0] !== 'build',
  });

  try {
    const nodeGyp = path.join(path.dirname(require.resolve('node-gyp/package.json')), 'bin', 'node-gyp.js');
    const result = spawnSync(
      process.execPath,
      [nodeGyp, 'rebuild', '--release', '--runtime=electron', `--target=${electron}`, '--dist-url=https://electronjs.org/headers'],
      { cwd: workDir, env: electronGypEnv(), stdio: ['ignore', 'inherit', 'inherit'] },
    );
    const built = path.join(workDir, 'build', 'Release', 'better_sqlite3.node');
    if (result.status !== 0 || !fs.existsSync(built)) {
      throw new Error(`node-gyp could not build better-sqlite3 for Electron ${electron} (exit ${result.status ?? result.signal}).`);
    }
    fs.copyFileSync(built, binary);
    fs.writeFileSync(stamp, sqliteVersion);
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
  log(`better-sqlite3 for Electron ready: ${path.relative(projectRoot, binary)}`);
  return binary;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(ensureElectronSqlite());
}
