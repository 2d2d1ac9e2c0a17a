import fs from 'node:fs';

/** SQLite's companions of a database file: they belong to whichever name the file has. */
const companions = ['-wal', '-shm', '-journal'];

function moveWithCompanions(from: string, to: string): void {
  fs.renameSync(from, to);
  for (const suffix of companions) if (fs.existsSync(from + suffix)) fs.renameSync(from + suffix, to + suffix);
}

/** A name for the current file that no earlier restore took: a file kept aside is never overwritten. */
export function asideName(databaseFile: string, stamp: string): string {
  const base = `${databaseFile}.before-restore-${stamp}`;
  for (let n = 1; ; n++) {
    const name = n === 1 ? `${base}.bak` : `${base}-${n}.bak`;
    if (!fs.existsSync(name)) return name;
  }
}

/**
 * With the database closed: the current file moves aside (renamed, never deleted) and a copy of the
 * backup takes its place, written under a temporary name first so the database name never holds half
 * a file.
 */
export function swapInBackup(databaseFile: string, backupFile: string, aside: string): void {
  const incoming = `${databaseFile}.restoring`;
  fs.copyFileSync(backupFile, incoming);
  moveWithCompanions(databaseFile, aside);
  try {
    fs.renameSync(incoming, databaseFile);
  } catch (error) {
    moveWithCompanions(aside, databaseFile);
    throw error;
  }
}

/** Puts the file kept aside back when the restored one would not open. */
export function undoSwap(databaseFile: string, aside: string): void {
  for (const suffix of ['', ...companions]) fs.rmSync(databaseFile + suffix, { force: true });
  moveWithCompanions(aside, databaseFile);
}
