import { checkEveryMs } from './schedule';

export interface BackupScheduleOptions {
  /** The first look after start: not at once, so start-up (and a quick test) is not slowed by a copy. */
  firstMs?: number;
  everyMs?: number;
}

export interface BackupScheduler {
  stop(): void;
}

/**
 * Looks every ten minutes whether the day's backup is due (the service decides, by the core's clock).
 * The timers are unref'd: a scheduled look never keeps a closing process alive.
 */
export function startBackupScheduler(runDue: () => Promise<unknown>, options: BackupScheduleOptions = {}): BackupScheduler {
  let stopped = false;
  const look = () => {
    if (!stopped) void runDue().catch(() => undefined);
  };
  let interval: NodeJS.Timeout | undefined;
  const first = setTimeout(() => {
    look();
    interval = setInterval(look, options.everyMs ?? checkEveryMs);
    interval.unref();
  }, options.firstMs ?? 2 * 60_000);
  first.unref();
  return {
    stop() {
      stopped = true;
      clearTimeout(first);
      clearInterval(interval);
    },
  };
}
