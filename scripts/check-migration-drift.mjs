// Fails when the drizzle schema and the committed migrations disagree. `drizzle-kit check` does not
// notice an edited schema, so run `generate` and see whether it wrote anything; then undo what it wrote.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';

const folder = 'db/migrations';

function snapshot(dir) {
  const files = new Map();
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath ?? entry.path, entry.name);
    files.set(full, fs.readFileSync(full));
  }
  return files;
}

const before = snapshot(folder);
const output = execFileSync(process.execPath, ['node_modules/drizzle-kit/bin.cjs', 'generate', '--name', 'drift_check'], {
  encoding: 'utf8',
});
const after = snapshot(folder);

const changed = [...after.keys()].filter((file) => !before.has(file) || !before.get(file).equals(after.get(file)));
for (const file of changed) {
  if (before.has(file)) fs.writeFileSync(file, before.get(file));
  else fs.rmSync(file);
}

if (changed.length > 0) {
  console.error(output);
  console.error(`The schema in db/schema differs from the committed migrations (${changed.join(', ')}).`);
  console.error('Run `npx drizzle-kit generate --name <what-changed>` and commit the new migration.');
  process.exit(1);
}
console.log('Migrations match the schema.');
