// Type-checks every layer with its own tsconfig (its own libs and types), as listed in tsconfig.json.
import fs from 'node:fs';
import { spawnSync } from 'node:child_process';

const { references } = JSON.parse(fs.readFileSync('tsconfig.json', 'utf8'));
let failed = false;
for (const { path: project } of references) {
  const result = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', project, '--pretty'], { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`typecheck failed in ${project}`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
