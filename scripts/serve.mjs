// `npm run serve`: the browser host, run from its esbuild bundle (rebuilt first when a source changed).
// Arguments pass through: --data-dir DIR, --port N, --host ADDR, --allowed-host NAME, --demo, --demo-date.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ensureHostBuilt } from './build-host.mjs';

// The bundle lives in dist-host/, not beside its sources: tell it where the project (migrations,
// the renderer's build) is.
process.env.CAREDESK_SOURCE_ROOT = fileURLToPath(new URL('..', import.meta.url));
const bundle = await ensureHostBuilt();
await import(pathToFileURL(bundle).href);
