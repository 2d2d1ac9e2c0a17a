#!/usr/bin/env node
// Login attacks against a running browser host (issue 12, holes 2 and 3): bursts of 100 parallel wrong
// passwords and wrong PINs, then checks that the guesser got no more than the allowed attempts checked
// and that nobody else was locked out by it.
//
//   npm run serve -- --demo &     # prints the address, the administrator's login and the colleagues' PINs
//   node scripts/attack-login.mjs http://127.0.0.1:5180/ --staff-id 2 --username ieva \
//     --admin-username <printed> --admin-password <printed> [--pin <the colleague's real PIN>]
//
// The administrator's login is used to count the PIN guesses that were really checked (each is a row of
// the audit trail) and to show that the administrator still signs in from this PC. The bursts come from
// other loopback addresses (127.0.0.2, 127.0.1.x: Linux routes all of 127/8 to this machine), so this PC's
// own address stays the "reception PC". Afterwards the attacked PIN is disabled until its owner signs in
// with the password, as the rule says. Exit code 1 when any check fails, 2 on bad arguments.
import http from 'node:http';
import { parseArgs } from 'node:util';

// The defaults of electron/core/security/login-throttle.ts and shared/contract/auth.ts (maxPinFailures).
const policy = { freeAttempts: 5, baseMs: 1000, pins: 5 };
/** Password attempts one address may have checked within `ms`: the free ones, then one per doubling wait. */
const allowedWithin = (ms) => policy.freeAttempts + Math.floor(Math.log2(ms / policy.baseMs + 1));
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'staff-id': { type: 'string' },
    username: { type: 'string' },
    'admin-username': { type: 'string' },
    'admin-password': { type: 'string' },
    pin: { type: 'string' },
  },
});
const staffId = Number(values['staff-id']);
if (!positionals[0] || !Number.isInteger(staffId) || !values.username || !values['admin-username'] || !values['admin-password']) {
  console.error('usage: node scripts/attack-login.mjs URL --staff-id N --username NAME --admin-username A --admin-password P [--pin PIN]');
  process.exit(2);
}
const url = new URL(positionals[0]);

/** One POST to the API from a chosen source address; answers { status, body, cookie }. */
function call(method, body, { from, cookie } = {}) {
  const data = JSON.stringify(body);
  const headers = { 'content-type': 'application/json', origin: url.origin, 'content-length': Buffer.byteLength(data), ...(cookie ? { cookie } : {}) };
  return new Promise((resolve, reject) => {
    const req = http.request({ hostname: url.hostname, port: url.port || 80, path: `/api/${method}`, method: 'POST', headers, localAddress: from }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode, body: JSON.parse(text), cookie: res.headers['set-cookie']?.[0]?.split(';')[0] }));
    });
    req.setTimeout(60_000, () => req.destroy(new Error('timed out')));
    req.on('error', reject);
    req.end(data);
  });
}
const code = (reply) => (reply.body.ok ? 'ok' : reply.body.error.code);
function tally(replies) {
  const counts = new Map();
  for (const c of replies.map(code)) counts.set(c, (counts.get(c) ?? 0) + 1);
  return [...counts].map(([c, n]) => `${c} ×${n}`).join(', ');
}

/** The address itself where the system lets us send from it, else undefined (the default address). */
async function source(address) {
  try {
    await call('setup.status', {}, { from: address });
    return address;
  } catch {
    console.log(`  (this system cannot send from ${address}: the default address is used instead)`);
    return undefined;
  }
}

let failures = 0;
function check(ok, text) {
  console.log(`${ok ? 'ok  ' : 'FAIL'}  ${text}`);
  if (!ok) failures += 1;
}

const admin = await call('auth.login', { username: values['admin-username'], password: values['admin-password'] });
if (!admin.body.ok) {
  console.error(`The administrator's login was refused (${code(admin)}); check --admin-username/--admin-password.`);
  process.exit(2);
}
const started = new Date(Date.now() - 1000).toISOString();

console.log(`1. 100 parallel wrong passwords for "${values.username}" from one address`);
const attacker = await source('127.0.0.2');
const burstStart = Date.now();
const passwords = await Promise.all(Array.from({ length: 100 }, (_, i) => call('auth.login', { username: values.username, password: `wrong-guess-${i}` }, { from: attacker })));
const burstMs = Date.now() - burstStart;
const checked = passwords.filter((r) => ['auth.wrongCredentials', 'ok'].includes(code(r))).length;
const allowed = allowedWithin(burstMs);
console.log(`  answers: ${tally(passwords)}`);
check(
  checked <= allowed,
  `${checked} checked, ${100 - checked} refused unchecked (allowed in the burst's ${(burstMs / 1000).toFixed(1)} s: ${allowed}, ${policy.freeAttempts} free and one after each doubling wait)`,
);

console.log(`2. 100 parallel wrong PINs for staff member ${staffId}, from 100 addresses`);
const pinGuesses = Array.from({ length: 100 }, (_, i) => String(i * 97).padStart(4, '0')).filter((p) => p !== values.pin);
const spread = (await source('127.0.1.1')) ? pinGuesses.map((_, i) => `127.0.1.${i + 1}`) : [];
const pins = await Promise.all(pinGuesses.map((pin, i) => call('auth.pinLogin', { staffId, pin }, { from: spread[i] })));
console.log(`  answers: ${tally(pins)}`);
// Each checked wrong PIN raises the audited counter; refused ones leave no row.
const trail = await call('audit.list', { method: 'auth.pinLogin', entity: 'staff', entityId: String(staffId), from: started, limit: 200 }, { cookie: admin.cookie });
if (!trail.body.ok) throw new Error(`audit.list: ${code(trail)}`);
const pinChecked = trail.body.data.entries.filter((e) => (e.changes?.after?.failedAttempts ?? 0) > (e.changes?.before?.failedAttempts ?? 0)).length;
check(pinChecked <= policy.pins && !pins.some((r) => r.body.ok), `${pinChecked} checked (audit trail), ${pins.length - pinChecked} refused unchecked (allowed: ${policy.pins})`);
if (values.pin) {
  const right = await call('auth.pinLogin', { staffId, pin: values.pin });
  check(code(right) === 'auth.pinDisabled', `the right PIN is refused now too, until a password login (${code(right)})`);
}

console.log('3. Nobody else is locked out');
const other = attacker && (await source('127.0.0.3'));
if (other) {
  const fromOther = await call('auth.login', { username: values.username, password: 'another-wrong-guess' }, { from: other });
  check(code(fromOther) === 'auth.wrongCredentials', `another address may still try "${values.username}" at once (${code(fromOther)})`);
}
const again = await call('auth.login', { username: values['admin-username'], password: values['admin-password'] });
check(again.body.ok, `the administrator signs in from this PC (${code(again)})`);

console.log(failures === 0 ? 'All checks passed.' : `${failures} check(s) failed.`);
process.exit(failures === 0 ? 0 : 1);
