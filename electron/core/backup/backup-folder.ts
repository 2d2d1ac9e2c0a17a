import fs from 'node:fs';
import path from 'node:path';
import type { BackupFolderProblem } from './backup-types';
import { isPartialBackup, parseBackupName, type NamedBackup } from './backup-names';

/** What is wrong with the folder for writing backups, or null. A USB disk that is away reads as missing. */
export function folderProblem(folder: string): BackupFolderProblem | null {
  try {
    if (!fs.statSync(folder).isDirectory()) return 'missing';
  } catch {
    return 'missing';
  }
  try {
    fs.accessSync(folder, fs.constants.W_OK);
    return null;
  } catch {
    return 'not-writable';
  }
}

/** The verified backups in the folder (final names only); none when it cannot be read. */
export function listBackupFiles(folder: string): NamedBackup[] {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const parsed = parseBackupName(name);
    return parsed ? [parsed] : [];
  });
}

/** Removes our own leftovers (a crash mid-copy, a failed check); other files in the folder are not ours to touch. */
export function removeStalePartials(folder: string): void {
  for (const name of fs.readdirSync(folder)) {
    if (isPartialBackup(name)) fs.rmSync(path.join(folder, name), { force: true });
  }
}

/** Deletes what rotation chose; a file that will not go stays for the next round rather than failing the backup. */
export function deleteBackups(folder: string, files: readonly string[]): void {
  for (const file of files) {
    try {
      fs.rmSync(path.join(folder, file), { force: true });
    } catch {
      // kept until the next backup tries again
    }
  }
}
