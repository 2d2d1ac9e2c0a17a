import fs from 'node:fs/promises';
import { dialog, type BrowserWindow } from 'electron';
import type { PlatformPort } from '#core/platform';

/**
 * Printing for the core in Electron: the OS print dialog (`webContents.print`) and PDF export
 * (`webContents.printToPDF` + a save dialog) of the window showing the print preview. Page size and
 * margins come from the page's `@page` rule (A4 landscape), as in the browser.
 */
export function createElectronPlatform(currentWindow: () => BrowserWindow | null): PlatformPort {
  return {
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
