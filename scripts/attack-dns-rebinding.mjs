#!/usr/bin/env node
// DNS-rebinding probes against a running browser host (issue 12, hole 1). A page on a foreign name that
// the attacker rebinds to 127.0.0.1 reaches CareDesk with that foreign name in Host (and Origin), so
// each probe sends one and expects the host to refuse it before any handler runs.
//
//   npm run serve -- --data-dir /tmp/x &      # prints its address
//   node scripts/attack-dns-rebinding.mjs http://127.0.0.1:5180/
//
// The probes change nothing even on a vulnerable host: their bodies are invalid, so a handler that is
// reached answers a validation error instead of acting. Exit code 1 when any probe fails.
import http from 'node:http';

const target = process.argv[2];
if (!target) {
  console.error('usage: node scripts/attack-dns-rebinding.mjs http://127.0.0.1:5180/');
  process.exit(2);
}
const url = new URL(target);
const port = url.port || '80';
const evil = `rebind.attacker.example:${port}`;

/** One raw HTTP request: fetch() would not let us choose the Host header. */
function request(path, { method = 'GET', headers = {}, body } = {}) {
  return new Promise((resolve, reject) => {
    const all = { host: url.host, ...headers };
    if (all.host === null) delete all.host;
    const req = http.request({ hostname: url.hostname, port, path, method, headers: all, setHost: false }, (res) => {
      // An event stream never ends by itself: the status is all a probe needs.
      resolve(res.statusCode);
      res.destroy();
    });
    req.setTimeout(5000, () => req.destroy(new Error('timed out')));
    req.on('error', reject);
    req.end(body);
  });
}

const json = (body, headers = {}) => ({ method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

const probes = [
  ['the host answers its own name (control)', 200, () => request('/api/setup.status', json({}))],
  ['setup.status with a foreign Host', 421, () => request('/api/setup.status', json({}, { host: evil }))],
  ['setup.initialise with a foreign Host', 421, () => request('/api/setup.initialise', json({ centre: null }, { host: evil }))],
  ['auth.login with a foreign Host', 421, () => request('/api/auth.login', json({ username: 42 }, { host: evil }))],
  ['the event stream with a foreign Host', 421, () => request('/api/events', { headers: { host: evil } })],
  ['the app page with a foreign Host', 421, () => request('/', { headers: { host: evil } })],
  ['a foreign name on port 80 (Host without port)', 421, () => request('/api/setup.status', json({}, { host: 'rebind.attacker.example' }))],
  ['localhost on another port', 421, () => request('/api/setup.status', json({}, { host: `localhost:${Number(port) + 1}` }))],
  // Node itself answers 400 to an HTTP/1.1 request without Host: refused either way.
  ['no Host header at all', [400, 421], () => request('/', { headers: { host: null } })],
  ['setup.initialise with a foreign Origin', 403, () => request('/api/setup.initialise', json({ centre: null }, { origin: `http://${evil}` }))],
  ['auth.login with a foreign Origin', 403, () => request('/api/auth.login', json({ username: 42 }, { origin: `http://${evil}` }))],
];

let failed = 0;
for (const [name, expected, probe] of probes) {
  let status;
  try {
    status = await probe();
  } catch (error) {
    status = `error: ${error.message}`;
  }
  const pass = [expected].flat().includes(status);
  if (!pass) failed++;
  console.log(`${pass ? 'PASS' : 'FAIL'}  ${name}: expected ${[expected].flat().join(' or ')}, got ${status}`);
}
console.log(failed ? `${failed} of ${probes.length} probes FAILED` : `all ${probes.length} probes passed`);
process.exit(failed ? 1 : 0);
