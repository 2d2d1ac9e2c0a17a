import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface DemoFolder {
  dir: string;
  /** True for the throw-away folder made when no `--data-dir` was given. */
  temporary: boolean;
  /** Deletes a temporary folder; a folder the user named is theirs and is kept. Call after closing the database. */
  remove(): void;
}

export const demoFolderPrefix = 'caredesk-demo-';

/** `--demo --data-dir DIR` keeps the demo in DIR; without it, a temp folder that lives as long as the process. */
export function demoFolder(dataDir: string | null | undefined): DemoFolder {
  if (dataDir) return { dir: path.resolve(dataDir), temporary: false, remove: () => undefined };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), demoFolderPrefix));
  return { dir, temporary: true, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
