import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { nodePackFs, writePack, zipPack, type PackFile } from './pack-writer';
import { AppError } from '../../app-error';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pack-writer-'));
});
afterEach(() => {
  fs.chmodSync(dir, 0o755);
  fs.rmSync(dir, { recursive: true, force: true });
});

const files: PackFile[] = [
  { name: 'a.csv', bytes: new TextEncoder().encode('\uFEFFa;b\n1;2,50\n') },
  { name: 'summary.txt', bytes: new TextEncoder().encode('pack\n') },
];
const listing = (d: string) => fs.readdirSync(d).sort();

describe('writePack', () => {
  it('puts the folder and its zip in place, with the same files in both', () => {
    const zip = zipPack('CareDesk-2026-03', files);
    const { folder, zipFile } = writePack(dir, 'CareDesk-2026-03', files, zip);
    expect(listing(dir)).toEqual(['CareDesk-2026-03', 'CareDesk-2026-03.zip']);
    expect(listing(folder)).toEqual(['a.csv', 'summary.txt']);
    const unzipped = unzipSync(fs.readFileSync(zipFile));
    expect(Object.keys(unzipped).sort()).toEqual(['CareDesk-2026-03/a.csv', 'CareDesk-2026-03/summary.txt']);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(unzipped['CareDesk-2026-03/a.csv'])).toBe('\uFEFFa;b\n1;2,50\n');
  });

  it('refuses a folder it may not write to with a translated error and leaves it empty', () => {
    if (process.getuid?.() === 0) return; // root writes anywhere: the injected failure below covers it
    fs.chmodSync(dir, 0o555);
    expect(() => writePack(dir, 'CareDesk-2026-03', files, zipPack('CareDesk-2026-03', files))).toThrow(expect.objectContaining({ code: 'municipalReports.folderNotWritable' }));
    expect(listing(dir)).toEqual([]);
  });

  it('a disk that fills mid-pack leaves nothing half-written, and keeps the older pack', () => {
    writePack(dir, 'CareDesk-2026-03', files, zipPack('CareDesk-2026-03', files));
    let writes = 0;
    const full = {
      ...nodePackFs,
      writeFile: (file: string, bytes: Uint8Array) => {
        if (++writes === 2) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
        nodePackFs.writeFile(file, bytes);
      },
    };
    const changed = [{ name: 'a.csv', bytes: new Uint8Array([1, 2, 3]) }, files[1]!];
    let thrown: unknown;
    try {
      writePack(dir, 'CareDesk-2026-03', changed, zipPack('CareDesk-2026-03', changed), full);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AppError);
    expect((thrown as AppError).code).toBe('municipalReports.diskFull');
    expect(listing(dir)).toEqual(['CareDesk-2026-03', 'CareDesk-2026-03.zip']);
    expect(fs.readFileSync(path.join(dir, 'CareDesk-2026-03', 'a.csv'), 'utf8')).toBe('\uFEFFa;b\n1;2,50\n');
  });

  it('a read-only target (injected EROFS on the move) is a translated error too', () => {
    const readOnly = { ...nodePackFs, rename: () => { throw Object.assign(new Error('read-only'), { code: 'EROFS' }); } };
    expect(() => writePack(dir, 'P', files, zipPack('P', files), readOnly)).toThrow(expect.objectContaining({ code: 'municipalReports.folderNotWritable' }));
    expect(listing(dir)).toEqual([]);
  });
});
