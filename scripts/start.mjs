// `npm start`: CareDesk in Electron when this machine has an Electron binary, otherwise the browser
// host. Forwards its arguments (--demo, --data-dir DIR, and --port/--host for the browser host).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const installTimeoutMs = 120_000;

/** The binary's path, or null: without one, require('electron') throws or names a missing file. */
function findElectron() {
  try {
    delete require.cache[require.resolve('electron')];
    const binary = require('electron');
    return typeof binary === 'string' && fs.existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

/** npm installs electron with its download script off (package.json allowScripts); try it once here. */
function tryInstallElectron() {
  spawnSync(process.execPath, [path.join(projectRoot, 'node_modules', 'electron', 'install.js')], {
    cwd: projectRoot,
    stdio: 'ignore',
    timeout: installTimeoutMs,
  });
  return findElectron();
}

/** Runs a child in the foreground: signals go to it, and its exit becomes ours. */
function runForwarding(command, commandArgs, env = process.env) {
  const child = spawn(command, commandArgs, { cwd: projectRoot, stdio: 'inherit', env });
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  const forward = (signal) => child.kill(signal);
  for (const signal of signals) process.on(signal, forward);
  child.on('error', (error) => {
    console.error(`Could not start ${path.basename(command)}: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    for (const s of signals) process.off(s, forward);
    if (signal) process.kill(process.pid, signal);
    else process.exit(code ?? 1);
  });
}

function runStep(label, command, commandArgs) {
  const result = spawnSync(command, commandArgs, { cwd: projectRoot, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`${label} failed.`);
    process.exit(result.status ?? 1);
  }
}

const electron = findElectron() ?? tryInstallElectron();

if (!electron) {
  console.log('Electron is not available on this machine; starting the browser host instead.');
  runForwarding(process.execPath, [path.join(projectRoot, 'scripts', 'serve.mjs'), ...args]);
} else {
  const vite = path.join(path.dirname(require.resolve('vite/package.json')), 'bin', 'vite.js');
  runStep('Building the user interface', process.execPath, [vite, 'build', '--logLevel', 'warn']);
  const { buildElectron } = await import('./build-electron.mjs');
  await buildElectron();
  const { ensureElectronSqlite } = await import('./electron-native.mjs');
  const binding = ensureElectronSqlite();
  runForwarding(electron, ['.', ...args], { ...process.env, CAREDESK_SQLITE_BINDING: binding });
}
