/**
 * The one Content-Security-Policy of the app: the browser host sends it as a header, and the built
 * index.html carries it as a meta tag for Electron's file:// load (Vite injects it). Mantine sets
 * inline styles, hence 'unsafe-inline' for styles only; scripts come from the app and nothing is remote.
 */
const directives = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
];

export const contentSecurityPolicy = directives.join('; ');

/** Browsers ignore frame-ancestors in a meta tag (and warn about it), so the meta form leaves it out. */
export const metaContentSecurityPolicy = directives.filter((d) => !d.startsWith('frame-ancestors')).join('; ');
