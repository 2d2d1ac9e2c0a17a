export interface LaunchArgs {
  demo: boolean;
  dataDir: string | null;
}

/**
 * Reads `--demo` and `--data-dir DIR` (or `--data-dir=DIR`) and ignores everything else: Electron's
 * argv also holds the executable, the app path in development, and switches Chromium adds itself,
 * so a strict parser would refuse to start.
 */
export function parseLaunchArgs(argv: readonly string[]): LaunchArgs {
  const result: LaunchArgs = { demo: false, dataDir: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--demo') result.demo = true;
    else if (arg.startsWith('--data-dir=')) result.dataDir = arg.slice('--data-dir='.length) || null;
    else if (arg === '--data-dir') {
      const next = argv[i + 1];
      if (next !== undefined && !next.startsWith('--')) {
        result.dataDir = next;
        i++;
      }
    }
  }
  return result;
}
