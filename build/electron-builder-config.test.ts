import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// app-builder-lib is CJS without type declarations for these deep paths; TOOLING.md: validating
// through its own schema works offline in about two seconds, whereas packaging needs the network.
const require = createRequire(import.meta.url);
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  getConfig: (projectDir: string, configPath: string | null, fromOptions: null) => Promise<Record<string, unknown>>;
  validateConfiguration: (config: Record<string, unknown>, logger: unknown) => Promise<void>;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const loadBuilderConfig = () => getConfig(projectRoot, 'electron-builder.yml', null);

describe('electron-builder.yml', () => {
  it('passes electron-builder’s own schema', async () => {
    const config = await loadBuilderConfig();
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  }, 30_000);

  it('is checked for real: an unknown key fails the same validation', async () => {
    const config = { ...(await loadBuilderConfig()), notAnElectronBuilderKey: true };
    await expect(validateConfiguration(config, new DebugLogger(false))).rejects.toThrow(/notAnElectronBuilderKey/);
  }, 30_000);

  it('ships the bundles, the renderer and the migrations inside an asar', async () => {
    const config = await loadBuilderConfig();
    expect(config).toMatchObject({ appId: 'lv.caredesk.app', productName: 'CareDesk', asar: true });
    // getConfig normalises `files` into `[{ filter: [...] }]`.
    const files = (config.files as { filter: string[] }[]).flatMap((entry) => entry.filter);
    expect(files).toEqual(expect.arrayContaining(['dist-electron/**', 'dist/renderer/**', 'db/migrations/**', 'package.json']));
    expect(config.asarUnpack).toEqual(expect.arrayContaining([expect.stringContaining('better-sqlite3')]));
  }, 30_000);
});
