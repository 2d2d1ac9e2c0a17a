import { execFileSync } from 'node:child_process';
import path from 'node:path';

/**
 * The clients the GDPR spec works with. `gdpr-seed.cli.ts` writes them through the core's own methods
 * (in a tsx child process, before the host starts), each on its own days, so their trail is real.
 */
export const gdprClients = {
  /** Latvian-speaking, served now: the access report in Latvian (and Lithuanian from the toolbar). */
  latvian: { firstName: 'Zelmīra', lastName: 'Ķuzķēna', decisionNumber: 'DC-2026/41', attendedOn: '2026-11-30' },
  /** Russian-speaking, served now: the access report opens in Russian. */
  russian: { firstName: 'Пётр', lastName: 'Сидоров', decisionNumber: 'РЕШ-2026/12', attendedOn: '2026-11-30' },
  /** Discharged at the end of 2019: past a retention of five or six years. */
  longGone: { firstName: 'Gunārs', lastName: 'Aizgājušais', personalCode: '32456789019', lastService: '2019-12-31' },
  /** Discharged in June 2021: past five years on 7 December 2026, not past six. */
  recent: { firstName: 'Dace', lastName: 'Nesenā', lastService: '2021-06-30' },
} as const;

export type GdprClientIds = Record<keyof typeof gdprClients, number>;

/** Runs the seeding in a tsx child process and returns the clients' ids. */
export function seedGdprCentre(projectRoot: string, dataDir: string, owner: { centreName: string; admin: { username: string; fullName: string; password: string } }): GdprClientIds {
  const out = execFileSync(path.join(projectRoot, 'node_modules', '.bin', 'tsx'), ['e2e/gdpr-seed.cli.ts', dataDir, JSON.stringify(owner)], {
    cwd: projectRoot,
    encoding: 'utf8',
  });
  return JSON.parse(out.trim().split('\n').at(-1) ?? '') as GdprClientIds;
}
