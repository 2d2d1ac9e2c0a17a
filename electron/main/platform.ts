import fs from 'node:fs/promises';
import { dialog, type BrowserWindow } from 'electron';
import type { PdfRenderer, PlatformPort } from '#core/platform';
import { printDocumentShown, printReadyTimeoutMs, printRefusalShown } from '#core/print-ready';

/** Opens a hidden window signed in as `staffId` (a session of its own, ended when the window goes); null without an open core. */
export type PrintWindowOpener = (staffId: number) => BrowserWindow | null;

/** Resolves 'document' or 'refusal' once the print route shows either, or 'timeout'. */
const waitForDocument = `new Promise((resolve) => {
  const started = Date.now();
  const look = () => {
    if (document.querySelector(${JSON.stringify(printDocumentShown)})) resolve('document');
    else if (document.querySelector(${JSON.stringify(printRefusalShown)})) resolve('refusal');
    else if (Date.now() - started > ${printReadyTimeoutMs}) resolve('timeout');
    else setTimeout(look, 50);
  };
  look();
})`;

/** One hidden window per batch: each route loaded in turn, printed to PDF, the window destroyed on close. */
function electronPdfRenderer(window: BrowserWindow, indexFile: string): PdfRenderer {
  return {
    async renderPdf({ route }) {
      await window.loadFile(indexFile, { hash: route });
      const shown = (await window.webContents.executeJavaScript(waitForDocument)) as string;
      if (shown !== 'document') throw new Error(`the print route ${route.split('?')[0]} showed no document (${shown})`);
      return new Uint8Array(await window.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true }));
    },
    close() {
      if (!window.isDestroyed()) window.destroy();
      return Promise.resolve();
    },
  };
}

/**
 * Printing for the core in Electron: the OS print dialog (`webContents.print`) and PDF export
 * (`webContents.printToPDF` + a save dialog) of the window showing the print preview. Page size and
 * margins come from the page's `@page` rule (A4 landscape), as in the browser.
 */
export function createElectronPlatform(currentWindow: () => BrowserWindow | null, print?: { openWindow: PrintWindowOpener; indexFile: string }): PlatformPort {
  return {
    ...(print && {
      pdfRenderer({ staffId }) {
        const window = print.openWindow(staffId);
        if (!window) return Promise.reject(new Error('no open core to sign the print window in'));
        return Promise.resolve(electronPdfRenderer(window, print.indexFile));
      },
    }),
    printDocument() {
      const window = currentWindow();
      if (!window) return Promise.resolve('not-available');
      return new Promise((resolve) => {
        window.webContents.print({ silent: false, printBackground: true }, (success, failureReason) => {
          // Electron reports a closed dialog as a failure with reason "cancelled".
          resolve(success ? 'printed' : failureReason === 'cancelled' ? 'cancelled' : 'not-available');
        });
      });
    },
    async savePdf({ title }) {
      const window = currentWindow();
      if (!window) return { outcome: 'not-available', fileName: null };
      const choice = await dialog.showSaveDialog(window, {
        defaultPath: `${title}.pdf`,
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      });
      if (choice.canceled || !choice.filePath) return { outcome: 'cancelled', fileName: null };
      const pdf = await window.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true });
      await fs.writeFile(choice.filePath, pdf);
      return { outcome: 'saved', fileName: choice.filePath };
    },
  };
}
