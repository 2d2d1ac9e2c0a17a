/**
 * Whether a URL is the app's own renderer document. Only the path counts, not the hash: the renderer
 * routes with `#/…`, so every screen of the app is the same file. Both sides go through `URL` so
 * percent-encoding (spaces, "Jānis" in a Windows profile path) compares equal however it was written.
 */
export function isAppDocument(url: string, appIndexUrl: string): boolean {
  let candidate: URL;
  let app: URL;
  try {
    candidate = new URL(url);
    app = new URL(appIndexUrl);
  } catch {
    return false;
  }
  return (
    candidate.protocol === 'file:' &&
    app.protocol === 'file:' &&
    candidate.host === app.host &&
    candidate.search === '' &&
    decodeURIComponent(candidate.pathname) === decodeURIComponent(app.pathname)
  );
}

/**
 * The sender check of the single IPC handler. A frame URL is null when Electron no longer has the
 * frame (it navigated away or was destroyed while the call was in flight): such a call is refused.
 */
export function isTrustedSender(frameUrl: string | null | undefined, appIndexUrl: string): boolean {
  return typeof frameUrl === 'string' && isAppDocument(frameUrl, appIndexUrl);
}
