import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { FuseV1Options, flipFuses, getCurrentFuseWire, type FuseConfig } from '@electron/fuses';

const require = createRequire(import.meta.url);
const { getConfig } = require('app-builder-lib/out/util/config/config') as {
  getConfig: (projectDir: string, configPath: string | null, fromOptions: null) => Promise<{ electronFuses?: object }>;
};
// electron-builder's own translation of `electronFuses` into @electron/fuses' config, so this test
// flips exactly what packaging would.
const { PlatformPackager } = require('app-builder-lib') as {
  PlatformPackager: { prototype: { generateFuseConfig(fuses: object): Promise<FuseConfig> } };
};

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
// From @electron/fuses/dist/constants.js: the marker Electron binaries carry before their fuse wire.
const sentinel = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const fuseEnabled = 49; // '1'
const fuseDisabled = 48; // '0'

/** A stand-in for an Electron binary: junk, the sentinel, wire version 1, length, then one byte per fuse. */
function dummyBinary(dir: string, wire: string): string {
  const file = path.join(dir, 'electron');
  const bytes = Buffer.concat([
    Buffer.from('\x7fELF not really an executable\0'),
    Buffer.from(sentinel, 'ascii'),
    Buffer.from([1, wire.length]),
    Buffer.from(wire, 'ascii'),
    Buffer.from('\0trailing section'),
  ]);
  fs.writeFileSync(file, bytes);
  return file;
}

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('electronFuses in electron-builder.yml', () => {
  it('closes Node escape hatches and pins the app to its asar', async () => {
    const config = await getConfig(projectRoot, 'electron-builder.yml', null);
    expect(config.electronFuses).toBeTruthy();
    const fuseConfig = await PlatformPackager.prototype.generateFuseConfig.call(null, config.electronFuses as object);

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'caredesk-fuses-'));
    dirs.push(dir);
    // Electron's shipped defaults, with a ninth fuse this @electron/fuses does not know yet.
    const binary = dummyBinary(dir, '101100011');
    expect(await flipFuses(binary, fuseConfig)).toBe(1);

    const wire = await getCurrentFuseWire(binary);
    expect(wire[FuseV1Options.RunAsNode]).toBe(fuseDisabled);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(fuseDisabled);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(fuseDisabled);
    expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(fuseEnabled);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(fuseEnabled);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(fuseEnabled);
    // Not configured, so left as Electron ships them (file:// needs GrantFileProtocolExtraPrivileges).
    expect(wire[FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]).toBe(fuseDisabled);
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(fuseEnabled);
    // getCurrentFuseWire reads every byte of the wire, past the options its types know.
    expect((wire as Record<number, number>)[8]).toBe(fuseEnabled);
  }, 30_000);
});
