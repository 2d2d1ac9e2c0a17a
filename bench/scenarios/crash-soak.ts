import { spawn } from 'node:child_process';
import { createCrashSoak, type CrashSoak } from '#db/crash-soak';
import { defineScenario } from '../scenario';

/**
 * Issue 12: 1,000 kill -9 of a process writing audited rows, each followed by reopening the file,
 * integrity_check and a search for every acknowledged write (any loss fails the row). Timed per kill
 * against starting a bare Node process, which is most of a kill's cost.
 */
export default defineScenario<CrashSoak>({
  id: 'crash-soak',
  name: 'crash soak: one kill -9 of a writing process, reopen, integrity_check, no acknowledged write lost',
  baselineName: "spawn node -e '' to its exit",
  warmup: 0,
  iterations: 1000,
  async setup(env) {
    return createCrashSoak(env.dir);
  },
  baseline: () =>
    new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
      child.on('exit', () => resolve());
      child.on('error', reject);
    }),
  subject: (soak) => soak.killOnce(),
  teardown: (soak) => soak.dispose(),
});
