import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildPreload } from './build-electron.mjs';

// A plain .mjs script: give its function the type it has.
const build = buildPreload as (outfile: string) => Promise<{ outfile: string; metafile: { inputs: Record<string, unknown> } }>;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'caredesk-preload-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the preload bundle', () => {
  it('holds the bridge only: a few kB and no zod or schemas (issue 13, item 17)', async () => {
    const { outfile, metafile } = await build(path.join(dir, 'preload.cjs'));
    const inputs = Object.keys(metafile.inputs);
    expect(inputs.filter((file) => file.includes('node_modules'))).toEqual([]);
    expect(inputs.filter((file) => file.startsWith('shared/contract/') && !/\/(bridge|names)\.ts$/.test(file))).toEqual([]);
    expect(fs.statSync(outfile).size).toBeLessThan(20_000);
    expect(fs.readFileSync(outfile, 'utf8')).not.toMatch(/zod/i);
  });
});
