import type { Hono } from 'hono';
import type { Core } from '../core';
import { createRecovery } from '../recovery/recovery-service';
import type { OpenOutcome, StartOptions } from '../recovery/open-core';
import { createHostApp } from './app';
import { createRecoveryApp } from './recovery-app';
import type { AllowedHosts } from './allowed-hosts';

export interface HostModesOptions {
  /** How opening the database at start went. */
  opened: OpenOutcome;
  start: StartOptions;
  staticDir: string;
  hosts: AllowedHosts;
  /** The database opened after a restore or a retry: the normal app now answers. */
  onOpened?: (core: Core) => void;
}

export interface HostModes {
  fetch: Hono['fetch'];
  /** The open core, or null while in recovery. */
  core(): Core | null;
}

/**
 * One server, two apps: the recovery app until the database opens, then the normal one, in the same
 * process and on the same port, so the page the user has open simply reloads its data and finds the login.
 */
export function createHostModes({ opened, start, staticDir, hosts, onOpened }: HostModesOptions): HostModes {
  let core: Core | null = null;
  const normal = (open: Core) => createHostApp({ core: open, staticDir, hosts });
  let current: Hono;
  if (opened.ok) {
    core = opened.core;
    current = normal(opened.core);
  } else {
    const recovery = createRecovery({
      start,
      kind: opened.kind,
      onOpened: (open) => {
        core = open;
        current = normal(open);
        onOpened?.(open);
      },
    });
    current = createRecoveryApp({ recovery, staticDir, hosts });
  }
  return { fetch: (...args) => current.fetch(...args), core: () => core };
}
