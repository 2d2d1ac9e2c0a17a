import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isAppDocument, isTrustedSender } from './sender-check';

const appIndexUrl = 'file:///home/j%C4%81nis/CareDesk/dist/renderer/index.html';

describe('isTrustedSender', () => {
  it('trusts the app document, whatever screen it shows', () => {
    expect(isTrustedSender(appIndexUrl, appIndexUrl)).toBe(true);
    expect(isTrustedSender(`${appIndexUrl}#/settings`, appIndexUrl)).toBe(true);
  });

  it('compares paths however they were percent-encoded', () => {
    expect(isTrustedSender('file:///home/jānis/CareDesk/dist/renderer/index.html', appIndexUrl)).toBe(true);
    const spaced = pathToFileURL('/opt/Care Desk/dist/renderer/index.html').href;
    expect(isTrustedSender('file:///opt/Care%20Desk/dist/renderer/index.html', spaced)).toBe(true);
  });

  it('refuses a frame Electron no longer knows', () => {
    expect(isTrustedSender(null, appIndexUrl)).toBe(false);
    expect(isTrustedSender(undefined, appIndexUrl)).toBe(false);
  });

  it('refuses remote pages, even ones whose path looks like the app', () => {
    expect(isTrustedSender('https://evil.example/home/j%C4%81nis/CareDesk/dist/renderer/index.html', appIndexUrl)).toBe(false);
    expect(isTrustedSender('http://127.0.0.1:5180/', appIndexUrl)).toBe(false);
  });

  it('refuses other local files, query strings and file URLs with a host', () => {
    expect(isTrustedSender('file:///home/j%C4%81nis/Downloads/index.html', appIndexUrl)).toBe(false);
    expect(isTrustedSender(`${appIndexUrl}?x=1`, appIndexUrl)).toBe(false);
    expect(isTrustedSender('file://server/home/j%C4%81nis/CareDesk/dist/renderer/index.html', appIndexUrl)).toBe(false);
    expect(isTrustedSender('about:blank', appIndexUrl)).toBe(false);
    expect(isTrustedSender('', appIndexUrl)).toBe(false);
  });

  it('never trusts anything when the app URL itself is not a file URL', () => {
    expect(isAppDocument('http://localhost/', 'http://localhost/')).toBe(false);
  });
});
