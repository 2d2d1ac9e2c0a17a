import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHttpTransport } from './transport.http';

/** Just enough of EventSource to see which streams the transport opens and closes. */
class FakeEventSource {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSED = 2;
  static opened: FakeEventSource[] = [];
  readyState = FakeEventSource.CONNECTING;
  constructor(readonly url: string) {
    FakeEventSource.opened.push(this);
  }
  addEventListener() {}
  close() {
    this.readyState = FakeEventSource.CLOSED;
  }
}

const answer = (ok: boolean) => ({ json: () => Promise.resolve(ok ? { ok: true, data: {} } : { ok: false, error: { kind: 'unauthenticated', code: 'x', message: 'x' } }) });

describe('the browser transport’s event stream', () => {
  beforeEach(() => {
    FakeEventSource.opened = [];
    vi.stubGlobal('EventSource', FakeEventSource);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('opens a new stream at once when a session begins, instead of waiting for the old one’s retry', async () => {
    vi.stubGlobal('fetch', vi.fn(() => Promise.resolve(answer(true))));
    const transport = createHttpTransport();
    transport.on('attendance.changed', () => {});
    expect(FakeEventSource.opened).toHaveLength(1);
    // Logged out: the server ended the stream and EventSource is waiting to retry (CONNECTING).
    await transport.invoke('auth.logout', {}, 'lv');
    expect(FakeEventSource.opened).toHaveLength(1);
    await transport.invoke('auth.login', { username: 'a', password: 'b' }, 'lv');
    expect(FakeEventSource.opened).toHaveLength(2);
    expect(FakeEventSource.opened[0]!.readyState).toBe(FakeEventSource.CLOSED);
    // Ordinary calls keep the stream.
    await transport.invoke('attendance.day', { date: '2026-12-07' }, 'lv');
    expect(FakeEventSource.opened).toHaveLength(2);
  });

  it('keeps the stream when a log-in is refused', async () => {
    vi.stubGlobal('fetch', vi.fn(() => Promise.resolve(answer(false))));
    const transport = createHttpTransport();
    transport.on('attendance.changed', () => {});
    await transport.invoke('auth.pinLogin', { staffId: 1, pin: '0000' }, 'lv');
    expect(FakeEventSource.opened).toHaveLength(1);
    expect(FakeEventSource.opened[0]!.readyState).toBe(FakeEventSource.CONNECTING);
  });
});
