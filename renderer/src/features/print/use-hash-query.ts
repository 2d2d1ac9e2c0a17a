import { useMemo } from 'react';
import { useHashLocation } from 'wouter/use-hash-location';

/**
 * Print routes carry their options inside the hash (`#/print/attendance/2026-11?service=day-care&lang=lt`),
 * so the URL stays one fragment that works from file:// in Electron too. wouter's hash location keeps
 * that query in the path and its `navigate` would move it to the real search, so these helpers split it.
 */
export function useHashPath(): [string, (to: string) => void] {
  const [location, navigate] = useHashLocation();
  return [location.split('?')[0] ?? '/', navigate];
}

export function useHashQuery(): URLSearchParams {
  const [location] = useHashLocation();
  return useMemo(() => new URLSearchParams(location.split('?')[1] ?? ''), [location]);
}

/** Goes to a hash route with its query kept in the hash. */
export function openHashRoute(path: string, query: Record<string, string> = {}): void {
  const search = new URLSearchParams(query).toString();
  window.location.hash = search ? `${path}?${search}` : path;
}
