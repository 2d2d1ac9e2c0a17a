import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { openDatabase } from './open-database';
import { sourceMigrationsFolder } from './paths';

/**
 * The crash soak shared by the unit suite (50 kills) and the bench (1,000): a process writes audited
 * rows through openDatabase/writeWithAudit as fast as it can and is killed with SIGKILL, again and
 * again; after each kill the file must pass integrity_check and hold every write it acknowledged.
 */
export interface CrashSoak {
  /** One kill: run the writer, kill it, reopen and check. Throws on a lost write or a damaged file. */
  killOnce(): Promise<void>;
  acknowledged(): number;
  dispose(): void;
}

/** Bundled once so each process starts in plain Node (~0.1 s) instead of through tsx (~1 s). */
async function buildWriter(): Promise<string> {
  // Inside the repository, so the native driver and drizzle resolve from its node_modules.
  const writer = path.resolve('.cache', 'crash-soak', `writer-${process.pid}-${Date.now()}.mjs`);
  await build({
    entryPoints: [path.resolve('db', 'crash-soak-writer.ts')],
    outfile: writer,
    bundle: true,
    platform: 'node',
    format: 'esm',
    external: ['better-sqlite3', 'drizzle-orm', 'drizzle-orm/*'],
    logLevel: 'error',
  });
  return writer;
}

/** Runs the writer, kills it after `delayMs` of writing, and returns the keys it acknowledged. */
function writeUntilKilled(writer: string, file: string, run: number, delayMs: number): Promise<string[]> {
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

export async function createCrashSoak(dir: string): Promise<CrashSoak> {
  const writer = await buildWriter();
  const file = path.join(dir, 'caredesk.sqlite');
  const acknowledged: string[] = [];
  let run = 0;
  return {
    async killOnce() {
      const current = run++;
      acknowledged.push(...(await writeUntilKilled(writer, file, current, (current * 37) % 150)));
      const opened = openDatabase({ file, migrationsFolder: sourceMigrationsFolder() });
      try {
        const sqlite = opened.db.$client;
        const integrity: unknown = sqlite.pragma('integrity_check', { simple: true });
        if (integrity !== 'ok') throw new Error(`integrity_check after kill ${current + 1}: ${String(integrity)}`);
        const stored = new Set(sqlite.prepare("SELECT entity_id FROM audit_log WHERE entity = 'soak'").pluck().all());
        const lost = acknowledged.filter((key) => !stored.has(key));
        if (lost.length > 0) throw new Error(`after kill ${current + 1}, ${lost.length} acknowledged writes are missing`);
      } finally {
        opened.close();
      }
    },
    acknowledged: () => acknowledged.length,
    dispose: () => fs.rmSync(writer, { force: true }),
  };
}
