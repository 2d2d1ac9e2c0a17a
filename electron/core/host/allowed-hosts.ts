import net from 'node:net';
import os from 'node:os';

/**
 * The names the browser host answers to, checked against every request's `Host` (and a state-changing
 * call's `Origin`). This is the defence against DNS rebinding: a foreign page can point its own name at
 * 127.0.0.1 and so become same-origin with CareDesk in the browser's eyes, but its requests still carry
 * that foreign name in `Host`.
 */
export interface AllowedHosts {
  /** Completes every name with the port; with `--port 0` it is known only once the server listens. */
  listening(port: number): void;
  /** `host:port` as sent in `Host` (or an Origin's host); false for anything else, and before `listening`. */
  allows(host: string | undefined): boolean;
}

export interface AllowedHostsOptions {
  /** The address or name the server binds to (`--host`). */
  bindHost: string;
  /** Further names the PC is reached by on the network (`--allowed-host`). */
  extraNames?: readonly string[];
}

const loopbackNames = ['127.0.0.1', 'localhost', '::1'];
const wildcards = new Set(['0.0.0.0', '::']);

/** A bare host name or IP address (no port, no path): what `--host` and `--allowed-host` may be. */
export function isHostName(name: string): boolean {
  return net.isIP(name) !== 0 || /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/i.test(name);
}

function withPort(name: string, port: number): string[] {
  const host = net.isIPv6(name) ? `[${name}]` : name.toLowerCase();
  // A browser leaves http's default port out of Host and Origin.
  return port === 80 ? [`${host}:80`, host] : [`${host}:${port}`];
}

/**
 * Bound to every interface, the PC is reached by any of its own addresses. An IP literal cannot be
 * rebound, so accepting the current ones (looked up lazily: DHCP may change them) opens nothing.
 */
function isOwnAddress(host: string, port: number): boolean {
  // Only a literal address, written the one way browsers send it: nothing a name could hide in.
  const match = /^(?:\[([0-9a-f:.]+)\]|([0-9.]+))(?::(\d{1,5}))?$/.exec(host);
  const address = match?.[1] ?? match?.[2];
  if (!match || !address || net.isIP(address) === 0 || Number(match[3] ?? 80) !== port) return false;
  return Object.values(os.networkInterfaces())
    .flat()
    .some((i) => i?.address.toLowerCase() === address);
}

export function allowedHosts({ bindHost, extraNames = [] }: AllowedHostsOptions): AllowedHosts {
  let port: number | null = null;
  let names = new Set<string>();
  const anyInterface = wildcards.has(bindHost);
  return {
    listening(listenPort) {
      port = listenPort;
      const given = anyInterface ? extraNames : [bindHost, ...extraNames];
      names = new Set([...loopbackNames, ...given].flatMap((name) => withPort(name, listenPort)));
    },
    allows(host) {
      if (port === null || !host) return false;
      const lower = host.toLowerCase();
      return names.has(lower) || (anyInterface && isOwnAddress(lower, port));
    },
  };
}
