import { fileURLToPath } from 'node:url';

/** Where the committed migrations live when running from source (tests, browser host, bench). */
export const sourceMigrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));
