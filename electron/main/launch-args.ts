export interface LaunchArgs {
  demo: boolean;
  dataDir: string | null;
  /** `--demo-date YYYY-MM-DD`: the demo's clock shows this day (see core/demo/demo-clock.ts). */
  demoDate: string | null;
}

const valueFlags = { '--data-dir': 'dataDir', '--demo-date': 'demoDate' } as const;
type ValueFlag = keyof typeof valueFlags;
const isValueFlag = (arg: string): arg is ValueFlag => arg in valueFlags;

/**
 * Reads `--demo`, `--data-dir DIR` and `--demo-date DAY` (each also as `--flag=value`) and ignores
 * everything else: Electron's argv also holds the executable, the app path in development, and
 * switches Chromium adds itself, so a strict parser would refuse to start.
 */
export function parseLaunchArgs(argv: readonly string[]): LaunchArgs {
  const result: LaunchArgs = { demo: false, dataDir: null, demoDate: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [name = '', inline] = arg.split(/=(.*)/s, 2);
    if (arg === '--demo') result.demo = true;
    else if (isValueFlag(name) && inline !== undefined) result[valueFlags[name]] = inline || null;
    else if (isValueFlag(arg)) {
      const next = argv[i + 1];
      if (next !== undefined && !next.startsWith('--')) {
        result[valueFlags[arg]] = next;
        i++;
      }
    }
  }
  return result;
}
