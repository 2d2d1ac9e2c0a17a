import { describe, expect, it } from 'vitest';
import { parseLaunchArgs } from './launch-args';

describe('parseLaunchArgs', () => {
  it('starts on the default data folder without flags', () => {
    expect(parseLaunchArgs(['/usr/bin/electron', '.'])).toEqual({ demo: false, dataDir: null, demoDate: null });
  });

  it('reads --demo and both forms of --data-dir', () => {
    expect(parseLaunchArgs(['electron', '.', '--demo'])).toEqual({ demo: true, dataDir: null, demoDate: null });
    expect(parseLaunchArgs(['CareDesk.exe', '--data-dir', 'D:\\CareDesk dati'])).toEqual({ demo: false, dataDir: 'D:\\CareDesk dati', demoDate: null });
    expect(parseLaunchArgs(['caredesk', '--data-dir=/srv/caredesk'])).toEqual({ demo: false, dataDir: '/srv/caredesk', demoDate: null });
  });

  it('reads the demo date in both forms', () => {
    expect(parseLaunchArgs(['electron', '.', '--demo', '--demo-date', '2026-11-23'])).toEqual({ demo: true, dataDir: null, demoDate: '2026-11-23' });
    expect(parseLaunchArgs(['electron', '.', '--demo', '--demo-date=2026-11-23'])).toEqual({ demo: true, dataDir: null, demoDate: '2026-11-23' });
  });

  it('ignores switches Electron and Chromium add', () => {
    expect(parseLaunchArgs(['electron', '--no-sandbox', '.', '--enable-logging', '--data-dir', '/d'])).toEqual({ demo: false, dataDir: '/d', demoDate: null });
  });

  it('does not take the next flag as a folder', () => {
    expect(parseLaunchArgs(['electron', '.', '--data-dir', '--demo'])).toEqual({ demo: true, dataDir: null, demoDate: null });
    expect(parseLaunchArgs(['electron', '.', '--data-dir'])).toEqual({ demo: false, dataDir: null, demoDate: null });
  });
});
