import { demoAdmin } from './seed-demo';
import { demoStaff, demoStaffPassword } from './seed-staff';

const roleOrder = ['manager', 'reception', 'carer'];

/**
 * What `--demo` prints, one line per role, so every role can be tried. These are the demo's
 * made-up people and fixed passwords, never a real centre's. The first line's format is parsed by
 * e2e/fixtures.ts: keep it.
 */
export function demoLoginLines(): string[] {
  const byRole = [...demoStaff].sort((a, b) => roleOrder.indexOf(a.role) - roleOrder.indexOf(b.role));
  const colleagues = byRole.map((s) => {
    const pin = s.pin ? `, PIN ${s.pin}` : '';
    return `  ${s.role}: ${s.username} / ${demoStaffPassword(s.username)}${pin} (${s.fullName})`;
  });
  return [
    `Demo centre login: ${demoAdmin.username} / ${demoAdmin.password}`,
    'Demo logins (username / password, PIN for the switch-user screen):',
    `  administrator: ${demoAdmin.username} / ${demoAdmin.password} (${demoAdmin.fullName})`,
    ...colleagues,
  ];
}
