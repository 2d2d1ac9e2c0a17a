import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { openDatabase } from './open-database';
import { sourceMigrationsFolder } from './paths';

/** The floor for every test run; `npm run bench` is where a longer soak belongs. */
const kills = 50;

let dir: string;
let writer: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'caredesk-soak-'));
  // Bundled once so each of the 50 processes starts in plain Node (~0.1 s) instead of through tsx (~1 s).
  // Inside the repository, so the native driver and drizzle resolve from its node_modules.
  writer = path.resolve('.cache', 'crash-soak', `writer-${process.pid}.mjs`);
  await build({
    entryPoints: [path.resolve('db', 'crash-soak-writer.ts')],
    outfile: writer,
    bundle: true,
    platform: 'node',
    format: 'esm',
    external: ['better-sqlite3', 'drizzle-orm', 'drizzle-orm/*'],
    logLevel: 'error',
  });
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(writer, { force: true });
});

/** Runs the writer, kills it with SIGKILL after `delayMs` of writing, and returns the keys it acknowledged. */
function writeUntilKilled(file: string, run: number, delayMs: number): Promise<string[]> {
  const child = spawn(process.execPath, [writer, file, sourceMigrationsFolder(), String(run)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  let errors = '';
  let timer: NodeJS.Timeout | undefined;
  // Some kills come before the first commit (during open and migration), the rest after it.
  const arm = () => (timer ??= setTimeout(() => child.kill('SIGKILL'), delayMs));
  if (run % 5 === 0) arm();
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    arm();
  });
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL') reject(new Error(`writer exited by itself (${code}): ${errors}`));
      // Only whole lines are acknowledgements: a key cut off by the kill was never fully sent.
      else resolve(output.split('\n').slice(0, -1));
    });
  });
}

describe('crash soak', () => {
  it(`loses no acknowledged write and keeps the file intact over ${kills} kill -9`, { timeout: 180_000 }, async () => {
    const file = path.join(dir, 'caredesk.sqlite');
    const acknowledged: string[] = [];
    for (let run = 0; run < kills; run++) {
      acknowledged.push(...(await writeUntilKilled(file, run, (run * 37) % 150)));

      const opened = openDatabase({ file, migrationsFolder: sourceMigrationsFolder() });
      const sqlite = opened.db.$client;
      expect(sqlite.pragma('integrity_check', { simple: true }), `after kill ${run + 1}`).toBe('ok');
      const stored = new Set(sqlite.prepare("SELECT entity_id FROM audit_log WHERE entity = 'soak'").pluck().all());
      opened.close();
      const lost = acknowledged.filter((key) => !stored.has(key));
      expect(lost, `after kill ${run + 1}`).toEqual([]);
    }
    // The soak proves nothing if the writer never got to write.
    expect(acknowledged.length).toBeGreaterThan(kills * 10);
  });
});
