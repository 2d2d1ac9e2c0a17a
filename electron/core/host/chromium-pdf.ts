import fs from 'node:fs';
import type { PdfCaller, PdfRenderer, PlatformPort } from '../platform';
import type { SessionStore } from '../session-store';
import { printDocumentShown, printReadyTimeoutMs, printRefusalShown } from '../print-ready';
import { sessionCookie } from './http-session';

/** Where the browser host finds Chromium: `CAREDESK_CHROMIUM`, else the system's. */
export const chromiumPath = (): string => process.env.CAREDESK_CHROMIUM ?? '/usr/bin/chromium';

/** How many print routes one pack renders at once (the pack has a statement per payer and two attendance sheets). */
const pagesAtOnce = 5;

/** The one part of the page's global these callbacks touch: this layer (and the bench that imports it) has no DOM types. */
type PageGlobal = { document: { querySelector(selector: string): unknown; fonts: { ready: Promise<unknown> } } };

export interface ChromiumPdfOptions {
  executablePath: string;
  /** The host's own origin (`http://127.0.0.1:5180`), known once it listens; null before. */
  origin: () => string | null;
  /** The open core's session store; null while in recovery. */
  sessions: () => SessionStore | null;
}

/**
 * The browser host's `pdfRenderer`: one headless Chromium per batch, pages opened on the host's own
 * origin with a session of the staff member who asked (begun here, ended on `close`), so the print
 * routes check access and audit the print as that person. Absent when Chromium is not installed.
 */
export function chromiumPdf({ executablePath, origin, sessions }: ChromiumPdfOptions): Pick<PlatformPort, 'pdfRenderer'> {
  if (!fs.existsSync(executablePath)) return {};
  return {
    async pdfRenderer({ staffId }: PdfCaller): Promise<PdfRenderer> {
      const base = origin();
      const store = sessions();
      if (!base || !store) throw new Error('the host is not listening yet');
      const { chromium } = await import('playwright-core');
      const browser = await chromium.launch({ executablePath, headless: true });
      const token = store.begin(staffId);
      let closed = false;
      const close = async () => {
        if (closed) return;
        closed = true;
        store.end(token);
        await browser.close();
      };
      try {
        const context = await browser.newContext();
        await context.addCookies([{ name: sessionCookie, value: token, url: base, httpOnly: true, sameSite: 'Strict' }]);
        return {
          // Pages of one browser render side by side: most of a page's time is its app starting and fetching data.
          concurrency: pagesAtOnce,
          async renderPdf({ route }) {
            const page = await context.newPage();
            try {
              await page.goto(`${base}/#${route}`);
              // The document, or the page's refusal (an alert: no access, unconfirmed warnings), whichever comes first.
              await page.waitForFunction((selector) => (globalThis as unknown as PageGlobal).document.querySelector(selector), `${printDocumentShown}, ${printRefusalShown}`, { timeout: printReadyTimeoutMs });
              if ((await page.locator(printDocumentShown).count()) === 0) throw new Error(`the print route ${route.split('?')[0]} showed an alert instead of its document`);
              await page.evaluate(() => (globalThis as unknown as PageGlobal).document.fonts.ready.then(() => undefined));
              return new Uint8Array(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
            } finally {
              await page.close();
            }
          },
          close,
        };
      } catch (error) {
        await close();
        throw error;
      }
    },
  };
}

/** The address the host itself reaches its server by: a wildcard bind is reached on loopback. */
export function ownOrigin(address: string, port: number): string {
  if (address === '0.0.0.0') return `http://127.0.0.1:${port}`;
  if (address === '::') return `http://[::1]:${port}`;
  return address.includes(':') ? `http://[${address}]:${port}` : `http://${address}:${port}`;
}
