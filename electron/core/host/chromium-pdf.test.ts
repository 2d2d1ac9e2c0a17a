import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve, type ServerType } from '@hono/node-server';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { sourceRoot } from '#db/paths';
import type { MonthlyPack } from '#shared/contract/municipal-reports';
import { createCore, type Core } from '../core';
import { headlessPlatform } from '../platform';
import { callContext, validSetup } from '../testing/test-core';
import { seedPackMarch } from '../testing/pack-month-fixture';
import { createHostApp } from './app';
import { allowedHosts } from './allowed-hosts';
import { chromiumPath, chromiumPdf, ownOrigin } from './chromium-pdf';
import { ensureRendererBuilt } from './renderer-build';

const clock = new Date('2026-04-03T10:00:00.000Z');
const manager = { username: 'marta.vad', fullName: 'Marta Vadītāja', password: 'vaditajas-parole-1' };
let core: Core;
let server: ServerType;
let base: string;
let dataDir: string;

/** The pack tests' March 2026 (seedPackMarch), with a manager who asks for the pack. */
async function seed(): Promise<void> {
  const admin = callContext(core);
  expect((await core.dispatch('setup.initialise', validSetup, admin)).ok).toBe(true);
  expect((await core.dispatch('auth.login', { username: validSetup.admin.username, password: validSetup.admin.password }, admin)).ok).toBe(true);
  expect((await core.dispatch('staff.create', { ...manager, role: 'manager', language: 'lv', pin: null }, admin)).ok).toBe(true);
  seedPackMarch(core.db);
}

beforeAll(async () => {
  const staticDir = path.join(sourceRoot(), 'dist', 'renderer');
  await ensureRendererBuilt(sourceRoot(), staticDir);
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'caredesk-pdf-'));
  let origin: string | null = null;
  const platform = { ...headlessPlatform, ...chromiumPdf({ executablePath: chromiumPath(), origin: () => origin, sessions: () => core.sessions }) };
  core = createCore({ dataDir, now: () => clock, platform, loginThrottle: { baseMs: 0 } });
  await seed();
  const hosts = allowedHosts({ bindHost: '127.0.0.1' });
  server = serve({ fetch: createHostApp({ core, staticDir, hosts }).fetch, hostname: '127.0.0.1', port: 0 });
  await new Promise((resolve) => server.once('listening', resolve));
  const { address, port } = server.address() as AddressInfo;
  hosts.listening(port);
  origin = ownOrigin(address, port);
  base = origin;
}, 300_000);

afterAll(() => {
  server?.close();
  core?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function post(method: string, body: unknown, cookie = ''): Promise<Response> {
  return fetch(`${base}/api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json', cookie, 'x-caredesk-language': 'lv' }, body: JSON.stringify(body) });
}

function pdfText(bytes: Uint8Array): string {
  return execFileSync('pdftotext', ['-layout', '-', '-'], { input: Buffer.from(bytes) }).toString('utf8');
}

const sessionCount = () => (core.db.$client.prepare('SELECT count(*) AS n FROM staff_session').get() as { n: number }).n;

describe('the browser host renders the monthly pack’s PDFs in Chromium', () => {
  it('puts statement and attendance sheet PDFs into the pack, with the XLSX’s totals, as the manager, and ends their session', async () => {
    const login = await post('auth.login', { username: manager.username, password: manager.password });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] as string;
    const sessionsBefore = sessionCount();
    const tokensSeen: string[] = [];
    const begin = core.sessions.begin.bind(core.sessions);
    core.sessions.begin = (staffId) => {
      const token = begin(staffId);
      tokensSeen.push(token);
      return token;
    };

    const reconcile = (await (await post('billing.reconcile', { month: '2026-03' }, cookie)).json()) as { data: { warnings: { key: string }[] } };
    const confirmed = reconcile.data.warnings.map((w) => w.key);
    const answer = (await (await post('exports.monthlyPack', { month: '2026-03', language: 'lv', confirmed }, cookie)).json()) as { ok: boolean; data: MonthlyPack };
    expect(answer.ok).toBe(true);
    const zip = unzipSync(Buffer.from(answer.data.zip!.base64, 'base64'));
    const file = (name: string) => zip[`CareDesk-2026-03/${name}`]!;
    const pdfs = Object.keys(zip).filter((n) => n.endsWith('.pdf')).map((n) => n.replace('CareDesk-2026-03/', '')).sort();
    expect(pdfs).toEqual(['attendance-day-care-2026-03.pdf', 'attendance-dementia-day-centre-2026-03.pdf', 'statement-LV-aizkraukle-2026-03.pdf', 'statement-LV-jaunjelgava-2026-03.pdf']);

    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file('statement-LV-aizkraukle-2026-03.xlsx')) as unknown as ArrayBuffer);
    // The statement's own workbook: the summary sheet's total row, municipality's share in column 7.
    const summary = book.getWorksheet('Kopsavilkums')!;
    const xlsxTotal = summary.getRows(1, summary.rowCount)!.find((row) => row.getCell(1).value === 'Kopā')!.getCell(7).value as number;
    expect(xlsxTotal).toBe(33.75);
    const statement = pdfText(file('statement-LV-aizkraukle-2026-03.pdf'));
    expect(statement).toContain('Ozola');
    // Amount 37.50, client's share 3.75, municipality's share 33.75: the XLSX's total, written the Latvian way.
    expect(statement).toMatch(/37,50/);
    expect(statement).toMatch(/3,75/);
    expect(statement).toContain(xlsxTotal.toFixed(2).replace('.', ','));
    expect(pdfText(file('statement-LV-jaunjelgava-2026-03.pdf'))).toContain('24,00');

    const attendance = pdfText(file('attendance-day-care-2026-03.pdf'));
    expect(attendance).toContain('Ozola');
    expect(attendance).toContain('Liepa');
    // Two numbered client rows (Liepa, Ozola), 5 present days in all.
    const clientRows = attendance.split('\n').filter((line) => /^\s*\d+\s{2,}\p{Lu}\p{Ll}+ \p{Lu}/u.test(line));
    expect(clientRows).toHaveLength(2);
    expect(attendance).toMatch(/Klātesošo skaits(\s+\d+){31}\s+5\s/);

    // The renderer's own session is gone: its cookie is unauthenticated now, and no session row is left behind.
    expect(tokensSeen).toHaveLength(1);
    const after = await post('exports.monthlyPack', { month: '2026-03', language: 'lv', confirmed }, `caredesk_session=${tokensSeen[0]}`);
    expect(((await after.json()) as { ok: boolean; error: { kind: string } }).error.kind).toBe('unauthenticated');
    expect(sessionCount()).toBe(sessionsBefore);
    const audit = core.db.$client.prepare("SELECT s.username FROM audit_log a JOIN staff s ON s.id = a.staff_id WHERE a.method = 'exports.monthlyPack'").all();
    expect(audit).toEqual([{ username: manager.username }]);
  }, 180_000);
});
