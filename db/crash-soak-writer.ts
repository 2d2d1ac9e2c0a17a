// The process the crash soak (crash-soak.ts) kills: it opens the database the way the app does and commits audited
// writes as fast as it can, printing each one's key only after its commit returned, until SIGKILL.
import { openDatabase } from './open-database';
import { writeWithAudit } from './write';

const [file, migrationsFolder, run] = process.argv.slice(2);
if (!file || !migrationsFolder || !run) throw new Error('usage: crash-soak-writer <file> <migrations folder> <run>');

const opened = openDatabase({ file, migrationsFolder });
// Big rows fill the WAL quickly, so some kills land during a checkpoint, not only inside a commit.
const padding = 'x'.repeat(3000);
for (let n = 0; ; n++) {
  const key = `${run}.${n}`;
  writeWithAudit(opened.db, { staffId: null, method: 'soak.write' }, (_tx, audit) =>
    audit({ entity: 'soak', entityId: key, after: { padding } }),
  );
  // stdout to a pipe is synchronous on POSIX: the key leaves before the next write starts.
  process.stdout.write(`${key}\n`);
}
