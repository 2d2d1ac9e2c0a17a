import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, projectRoot, test } from './fixtures';

/**
 * Issue 11: `npm run bench` once waited in vain for day-board rows when run on a weekend. Its live-board
 * scenario runs here, briefly, with the computer's clock on a Sunday (CAREDESK_TEST_TODAY), and must
 * finish with its figures.
 */
test('the bench’s live day-board scenario completes with the computer’s clock on a Sunday', ({ runtime }) => {
  test.skip(runtime !== 'browser', 'the bench starts its own browser host');
  test.setTimeout(240_000);
  const report = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'caredesk-bench-sunday-')), 'bench.json');
  const run = spawnSync(
    path.join(projectRoot, 'node_modules', '.bin', 'tsx'),
    ['bench/run.ts', '--filter', 'live-board', '--iterations', '6', '--json', report],
    { cwd: projectRoot, env: { ...process.env, CAREDESK_TEST_TODAY: '2026-12-06' }, encoding: 'utf8', timeout: 220_000 },
  );
  expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
  const { rows } = JSON.parse(fs.readFileSync(report, 'utf8')) as { rows: { id: string; error: string | null; subjectMs: { count: number; p50: number } | null }[] };
  fs.rmSync(path.dirname(report), { recursive: true, force: true });
  expect(rows).toEqual([expect.objectContaining({ id: 'live-board', error: null })]);
  expect(rows[0]?.subjectMs?.count).toBeGreaterThan(0);
  expect(rows[0]?.subjectMs?.p50).toBeGreaterThan(0);
});
