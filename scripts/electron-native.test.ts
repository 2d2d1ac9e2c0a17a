import { describe, expect, it } from 'vitest';
import { electronGypEnv } from './electron-native.mjs';

// A plain .mjs script: give its function the type it has.
const clean = electronGypEnv as (env: Record<string, string>) => Record<string, string>;

describe('electronGypEnv', () => {
  it('drops the npm settings that would make node-gyp build for Node instead of Electron', () => {
    const env = clean({
      PATH: '/usr/bin',
      npm_config_nodedir: '/usr',
      NPM_CONFIG_NODEDIR: '/usr',
      npm_config_target: '20.20.0',
      npm_config_runtime: 'node',
      npm_config_disturl: 'https://nodejs.org/dist',
      npm_config_cache: '/root/.npm',
    });
    expect(env).toEqual({ PATH: '/usr/bin', npm_config_cache: '/root/.npm' });
  });
});
