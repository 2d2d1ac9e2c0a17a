import { execFileSync } from 'node:child_process';
import path from 'node:path';
/**
 * The month of day-care attendance the attendance-sheet spec prints. `sheet-seed.cli.ts` writes it
 * into a test's data directory (in a tsx child process: the core imports JSON, which Playwright's
 * loader refuses) before the host starts.
 */

export const sheetMonth = '2026-11';
export const manager = { fullName: 'Maija Kalniņa', username: 'maija.kalnina' };

/** Names that exercise Latvian, Lithuanian and Cyrillic letters on paper. */
export const namedClients = [
  { firstName: 'Valdis', lastName: 'Bērziņš', personalCode: '01015010007' },
  { firstName: 'Līga', lastName: 'Āboliņa', personalCode: '32111111111' },
  { firstName: 'Ērika', lastName: 'Čakste', personalCode: null },
  { firstName: 'Ģirts', lastName: 'Šmits', personalCode: null },
  { firstName: 'Kęstutis', lastName: 'Žemaitėlis', personalCode: '38703181745', codeCountry: 'LT' as const },
  { firstName: 'Пётр', lastName: 'Иванов', personalCode: null },
  { firstName: 'Ilze', lastName: 'Ozola', personalCode: null },
] as const;

export interface SeededSheet {
  /** Present days recorded for Valdis Bērziņš (every working day). */
  berzinsPresent: number;
  /** All present rows of the month's day-care clients. */
  totalPresent: number;
  clientNames: string[];
}

/** Runs the seeding in a tsx child process and returns what it wrote; `extraClients` generated clients join the named ones. */
export function seedSheetCentre(
  projectRoot: string,
  dataDir: string,
  owner: { centreName: string; admin: { username: string; fullName: string; password: string } },
  extraClients = 14,
): SeededSheet {
  const out = execFileSync(path.join(projectRoot, 'node_modules', '.bin', 'tsx'), ['e2e/sheet-seed.cli.ts', dataDir, JSON.stringify(owner), String(extraClients)], {
    cwd: projectRoot,
    encoding: 'utf8',
  });
  return JSON.parse(out.trim().split('\n').at(-1) ?? '') as SeededSheet;
}
