import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { zipSync } from 'fflate';
import { AppError } from '../../app-error';

export interface PackFile {
  name: string;
  bytes: Uint8Array;
}

/** The file operations the pack needs: the real ones, or a test's that fail on purpose. */
export interface PackFs {
  mkdtemp(prefix: string): string;
  mkdir(dir: string): void;
  writeFile(file: string, bytes: Uint8Array): void;
  rename(from: string, to: string): void;
  exists(file: string): boolean;
  removeTree(dir: string): void;
}

export const nodePackFs: PackFs = {
  mkdtemp: (prefix) => fs.mkdtempSync(prefix),
  mkdir: (dir) => fs.mkdirSync(dir),
  writeFile: (file, bytes) => fs.writeFileSync(file, bytes, { flag: 'wx' }),
  rename: (from, to) => fs.renameSync(from, to),
  exists: (file) => fs.existsSync(file),
  removeTree: (dir) => fs.rmSync(dir, { recursive: true, force: true }),
};

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export function zipPack(folderName: string, files: readonly PackFile[]): Uint8Array {
  return zipSync(Object.fromEntries(files.map((f) => [`${folderName}/${f.name}`, f.bytes])), { level: 6, mtime: new Date('2000-01-01T00:00:00Z') });
}

/** A write error as a translated refusal: a full disk and a folder one may not write to are told apart. */
function packError(error: unknown): AppError {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  if (code === 'ENOSPC' || code === 'EDQUOT') return new AppError('conflict', 'municipalReports.diskFull');
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code === 'ENOENT' || code === 'ENOTDIR') return new AppError('conflict', 'municipalReports.folderNotWritable');
  return new AppError('conflict', 'municipalReports.packFailed');
}

/**
 * Writes the pack's files and its zip into a temporary folder beside the target and only then moves
 * both into place: a failure on the way (no rights, a full disk) leaves nothing half-written behind.
 * An older pack of the same name is replaced only once the new one is complete.
 */
export function writePack(parent: string, folderName: string, files: readonly PackFile[], zip: Uint8Array, io: PackFs = nodePackFs): { folder: string; zipFile: string } {
  const folder = path.join(parent, folderName);
  const zipFile = `${folder}.zip`;
  let temp: string | null = null;
  try {
    temp = io.mkdtemp(path.join(parent, `.${folderName}-`));
    const inner = path.join(temp, folderName);
    io.writeFile(path.join(temp, `${folderName}.zip`), zip);
    io.mkdir(inner);
    for (const file of files) io.writeFile(path.join(inner, file.name), file.bytes);
    if (io.exists(folder)) io.rename(folder, path.join(temp, `${folderName}.old`));
    if (io.exists(zipFile)) io.rename(zipFile, path.join(temp, `${folderName}.old.zip`));
    io.rename(inner, folder);
    io.rename(path.join(temp, `${folderName}.zip`), zipFile);
    return { folder, zipFile };
  } catch (error) {
    throw packError(error);
  } finally {
    if (temp) {
      try {
        io.removeTree(temp);
      } catch {
        // A temporary folder that cannot be removed is only clutter; the pack's outcome stands.
      }
    }
  }
}
