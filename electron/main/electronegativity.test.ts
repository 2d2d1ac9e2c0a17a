import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

interface Finding {
  id: string;
  file: string;
  location: { line: number; column: number };
  severity: { name: string };
  confidence: { name: string };
  manualReview?: boolean;
  description?: string;
}
interface ScanResult {
  issues: Finding[];
  errors: { file: string; message: string; tolerable: boolean }[];
}
type Run = (options: Record<string, unknown>) => Promise<ScanResult>;

// Electronegativity's CLI always exits 0 and its CSV is unreliable (TOOLING.md): the gate is the
// programmatic API's issue list. It misses `nodeIntegration: true` next to a `sandbox` key, so
// window-options.test.ts pins the BrowserWindow options as well.
const require = createRequire(import.meta.url);
const run = require('@doyensec/electronegativity') as Run;
const electronVersion = (require('electron/package.json') as { version: string }).version;
const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

/** What ships in the app, in one tree: global checks (navigation limits, permission handler, CSP) judge the app as a whole, so the renderer must not be scanned apart from main. */
const scannedFolders = ['electron', 'renderer/src', 'renderer/index.html', 'shared/security'];
const scanRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'caredesk-electronegativity-'));
afterAll(() => fs.rmSync(scanRoot, { recursive: true, force: true }));

function copySources(): void {
  for (const folder of scannedFolders) {
    // Tests are not part of the app, and their deliberately hostile URLs would only add noise.
    fs.cpSync(path.join(projectRoot, folder), path.join(scanRoot, folder), {
      recursive: true,
      filter: (source) => !source.includes('node_modules') && !/\.test\.tsx?$/.test(source),
    });
  }
}

function report(result: ScanResult): void {
  for (const issue of result.issues) {
    console.log(
      `[electronegativity] ${issue.file}:${issue.location.line} ${issue.severity.name}/${issue.confidence.name} ${issue.id}${issue.manualReview ? ' (review)' : ''}`,
    );
  }
  for (const error of result.errors) console.log(`[electronegativity] could not parse ${error.file}: ${error.message}`);
}

describe('electronegativity', () => {
  it('finds no HIGH severity issue in main, preload and renderer', async () => {
    copySources();
    const result = await run({ input: scanRoot, isRelative: true, electronVersionOverride: electronVersion });
    report(result);
    expect(result.errors.filter((error) => !error.tolerable)).toEqual([]);
    const high = result.issues.filter((issue) => issue.severity.name === 'HIGH');
    expect(high.map((issue) => `${issue.id} ${issue.file}:${issue.location.line}`)).toEqual([]);
  }, 120_000);
});
