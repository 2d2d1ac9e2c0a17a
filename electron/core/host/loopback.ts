import net from 'node:net';

/** Loopback addresses and `localhost`: the only hosts that keep CareDesk on this computer. */
export function isLoopback(host: string): boolean {
  if (host === 'localhost') return true;
  if (net.isIPv4(host)) return host.startsWith('127.');
  if (net.isIPv6(host)) return host === '::1';
  return false;
}
