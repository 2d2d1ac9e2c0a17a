import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The project's folder when running from source. The browser host runs from a bundle in dist-host/,
 * where `import.meta.url` names the bundle, so its launcher (scripts/serve.mjs) says where the
 * sources are. A function, not a constant: the Electron bundle is CommonJS, where import.meta.url does
 * not exist at load time (and Electron always passes its folders explicitly).
 */
export function sourceRoot(): string {
  return process.env.CAREDESK_SOURCE_ROOT ?? fileURLToPath(new URL('..', import.meta.url));
}

/** Where the committed migrations live when running from source (tests, browser host, bench). */
export function sourceMigrationsFolder(): string {
  return path.join(sourceRoot(), 'db', 'migrations');
}
