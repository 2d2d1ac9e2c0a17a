/**
 * `npm run bench [-- --filter NAME] [-- --json FILE] [--strict] [--keep] [--iterations N]`
 *
 * Builds its data in a fresh temporary directory, runs every scenario of `scenarios/index.ts` (each a
 * subject against a baseline timed in this same run), prints the machine and a table, and exits 0.
 * `--filter` keeps scenarios whose id or name contains NAME (repeatable); `--json` also writes the
 * figures to FILE; `--strict` exits 1 when a row is over its budget; `--keep` leaves the data behind.
 */
import fs from 'node:fs';
import os from 'node:os';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { compare } from './harness';
import { createEnv } from './scenario';
import { scenarios } from './scenarios/index';
import { renderTable, rowsToJson, withinBudget, type Row } from './table';

const { values } = parseArgs({
  options: {
    filter: { type: 'string', multiple: true },
    json: { type: 'string' },
    strict: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    iterations: { type: 'string' },
  },
  strict: true,
});

const iterationsOverride = values.iterations === undefined ? undefined : Number(values.iterations);
if (iterationsOverride !== undefined && !(Number.isInteger(iterationsOverride) && iterationsOverride > 0)) {
  console.error(`--iterations must be a positive whole number, not "${values.iterations}"`);
  process.exit(2);
}

const filters = (values.filter ?? []).map((f) => f.toLowerCase());
const selected = scenarios.filter(
  (s) => filters.length === 0 || filters.some((f) => s.id.toLowerCase().includes(f) || s.name.toLowerCase().includes(f)),
);
if (selected.length === 0) {
  console.error(`no scenario matches ${filters.join(', ')}; known: ${scenarios.map((s) => s.id).join(', ')}`);
  process.exit(2);
}

function machine() {
  const cpus = os.cpus();
  const memory = new Database(':memory:');
  const sqlite = (memory.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v;
  memory.close();
  const betterSqlite = (createRequire(import.meta.url)('better-sqlite3/package.json') as { version: string }).version;
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.platform()} ${os.release()} ${os.arch()}`,
    node: process.version,
    sqlite,
    betterSqlite,
  };
}

const env = createEnv();
const info = machine();
const startedAt = new Date().toISOString();
console.log(`CareDesk bench, ${startedAt}`);
console.log(`machine: ${info.cpu} (${info.cores} cores, ${info.memoryGiB} GiB), ${info.os}`);
console.log(`node ${info.node}, better-sqlite3 ${info.betterSqlite}, SQLite ${info.sqlite}`);
console.log(`data: ${env.dir}`);
console.log('');

const rows: Row[] = [];
try {
  for (const scenario of selected) {
    process.stderr.write(`running ${scenario.id} ... `);
    const began = Date.now();
    let state: unknown;
    try {
      state = await scenario.setup(env);
      const result = await compare(
        () => scenario.baseline(state),
        () => scenario.subject(state),
        {
          warmup: scenario.warmup,
          iterations: iterationsOverride ?? scenario.iterations,
          beforeSubject: scenario.beforeSubject && (() => scenario.beforeSubject?.(state)),
          selfTimed: scenario.selfTimed,
        },
      );
      rows.push({ scenario, result });
      process.stderr.write(`${((Date.now() - began) / 1000).toFixed(1)} s\n`);
    } catch (error) {
      rows.push({ scenario, result: null, error: error instanceof Error ? error.message : String(error) });
      process.stderr.write('failed\n');
    } finally {
      if (state !== undefined) await scenario.teardown?.(state);
    }
  }
} finally {
  await env.close({ keep: values.keep });
}

console.log(renderTable(rows));
console.log('');
console.log('ratio = scenario / baseline, both timed in this run (interleaved blocks); a ratio budget applies to ratio p50, a time budget to p95.');

if (values.json) {
  const report = { startedAt, machine: info, dataDir: env.dir, rows: rowsToJson(rows) };
  fs.writeFileSync(values.json, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`wrote ${values.json}`);
}

const failed = rows.filter((r) => r.result === null);
const overBudget = rows.filter((r) => withinBudget(r) === false && r.result !== null);
if (overBudget.length > 0) console.log(`over budget: ${overBudget.map((r) => r.scenario.id).join(', ')}`);
process.exitCode = failed.length > 0 || (values.strict && overBudget.length > 0) ? 1 : 0;

// Everything above closes its servers and databases; if a handle still leaks, say so rather than hang.
setTimeout(() => {
  console.error('bench: handles still open after clean-up; exiting anyway');
  process.exit();
}, 5000).unref();
