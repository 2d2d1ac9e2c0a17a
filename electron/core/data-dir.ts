import os from 'node:os';
import path from 'node:path';

/**
 * Where CareDesk keeps its data when no `--data-dir` is given: the same folder Electron's
 * `app.getPath('userData')` uses for an app named CareDesk, so both hosts share one database.
 */
export function defaultDataDir(platform = process.platform, env = process.env, home = os.homedir()): string {
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'CareDesk');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'CareDesk');
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'CareDesk');
}
