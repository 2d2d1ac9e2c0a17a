import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createCore, databaseFileName } from '../core';

/**
 * Makes real broken databases for the recovery tests: each starts as a migrated CareDesk database and is
 * then damaged the way a PC damages one (a copy cut short, a file overwritten, a bad sector), held by
 * another program, made read-only or left on a full disk.
 */

const isRoot = process.getuid?.() === 0;

/** A data folder with a freshly migrated database, closed cleanly (no -wal or -shm left). */
export function migratedDataDir(prefix = 'caredesk-damaged-', parent = os.tmpdir()): { dataDir: string; file: string } {
  const dataDir = fs.mkdtempSync(path.join(parent, prefix));
  createCore({ dataDir }).close();
  return { dataDir, file: path.join(dataDir, databaseFileName) };
}

/** Cut to half its size, as a copy or a save interrupted by a power cut. */
export function truncateToHalf(file: string): void {
  fs.truncateSync(file, Math.floor(fs.statSync(file).size / 2));
}

/** Random bytes where the database was. */
export function overwriteWithGarbage(file: string): void {
  fs.writeFileSync(file, Buffer.from(Array.from({ length: 64 * 1024 }, () => Math.floor(Math.random() * 256))));
}

/**
 * A valid header and schema, but the root page of the `clients` table is noise: opening, reading the
 * version and migrating never touch it, so only `quick_check` finds it.
 */
export function garbleClientsPage(file: string): void {
  const sqlite = new Database(file, { readonly: true });
  const { rootpage } = sqlite.prepare("SELECT rootpage FROM sqlite_master WHERE name = 'clients'").get() as { rootpage: number };
  sqlite.close();
  const bytes = fs.readFileSync(file);
  const pageSize = bytes.readUInt16BE(16);
  for (let i = pageSize * (rootpage - 1); i < pageSize * rootpage; i += 1) bytes[i] = (i * 7919 + 13) % 256;
  fs.writeFileSync(file, bytes);
}

/**
 * Another connection holding the database: `locking_mode = EXCLUSIVE` keeps the lock after the
 * transaction too, and in WAL mode `BEGIN EXCLUSIVE` alone would still let others read.
 */
export function holdExclusiveLock(file: string): () => void {
  const other = new Database(file);
  other.pragma('locking_mode = EXCLUSIVE');
  other.exec('BEGIN EXCLUSIVE');
  return () => {
    other.exec('ROLLBACK');
    other.close();
  };
}

/**
 * Makes a file or folder read-only, or returns null where this machine cannot. Root ignores chmod, so
 * as root the immutable attribute (`chattr +i`) is used, which even root cannot write through.
 */
export function makeReadOnly(target: string): { undo: () => void } | null {
  if (!isRoot) {
    const mode = fs.statSync(target).mode & 0o777;
    fs.chmodSync(target, fs.statSync(target).isDirectory() ? 0o555 : 0o444);
    return { undo: () => fs.chmodSync(target, mode) };
  }
  try {
    execFileSync('chattr', ['+i', target], { stdio: 'ignore' });
    return { undo: () => execFileSync('chattr', ['-i', target], { stdio: 'ignore' }) };
  } catch {
    return null;
  }
}

/**
 * A migrated database on a 1 MB tmpfs, then filled to the last byte. Needs root and permission to
 * mount (a container may forbid it): null where that is not possible.
 */
export function onFullDisk(): { dataDir: string; undo: () => void } | null {
  if (!isRoot) return null;
  const mountPoint = fs.mkdtempSync(path.join(os.tmpdir(), 'caredesk-full-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', mountPoint], { stdio: 'ignore' });
  } catch {
    fs.rmdirSync(mountPoint);
    return null;
  }
  const undo = () => {
    execFileSync('umount', [mountPoint], { stdio: 'ignore' });
    fs.rmdirSync(mountPoint);
  };
  const dataDir = path.join(mountPoint, 'data');
  createCore({ dataDir }).close();
  try {
    fs.writeFileSync(path.join(mountPoint, 'filler'), Buffer.alloc(2 * 1024 * 1024));
  } catch {
    // ENOSPC: the disk is now full, which is the point.
  }
  return { dataDir, undo };
}
