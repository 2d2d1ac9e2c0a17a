import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCrashSoak, type CrashSoak } from './crash-soak';

/** The floor for every test run; `npm run bench` runs 1,000 (bench/scenarios/crash-soak.ts). */
const kills = 50;

let dir: string;
let soak: CrashSoak;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'caredesk-soak-'));
  soak = await createCrashSoak(dir);
});
afterAll(() => {
  soak.dispose();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('crash soak', () => {
  it(`loses no acknowledged write and keeps the file intact over ${kills} kill -9`, { timeout: 180_000 }, async () => {
    // Each kill reopens the file and throws on a failed integrity_check or a lost acknowledged write.
    for (let run = 0; run < kills; run++) await soak.killOnce();
    // The soak proves nothing if the writer never got to write.
    expect(soak.acknowledged()).toBeGreaterThan(kills * 10);
  });
});
