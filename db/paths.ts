import { fileURLToPath } from 'node:url';

/**
 * Where the committed migrations live when running from source (tests, browser host, bench). A function,
 * not a constant: the Electron bundle is CommonJS, where import.meta.url does not exist at load time.
 */
export function sourceMigrationsFolder(): string {
  return fileURLToPath(new URL('./migrations', import.meta.url));
}
