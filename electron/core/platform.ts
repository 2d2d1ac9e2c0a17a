/**
 * What the core needs from the platform it runs on (STYLE.md: platform needs are an interface).
 * Electron implements it in electron/main/platform.ts; the browser host and tests use the headless one,
 * which says `not-available` so the page falls back to the browser's own print dialog.
 */
export interface PlatformPrintRequest {
  /** Shown in dialogs and used as the PDF's default file name (without extension). */
  title: string;
}

export interface PlatformPort {
  /** Opens the OS print dialog for the window showing the document. */
  printDocument(request: PlatformPrintRequest): Promise<'printed' | 'cancelled' | 'not-available'>;
  /** Renders the shown document to PDF and writes it where the user chooses. */
  savePdf(request: PlatformPrintRequest): Promise<{ outcome: 'saved' | 'cancelled' | 'not-available'; fileName: string | null }>;
  /** Renders a print route (`/print/...?lang=..`) to PDF bytes off screen; absent where no renderer runs (the browser host). */
  renderPdf?(request: PlatformPrintRequest & { route: string }): Promise<Uint8Array>;
  /** Asks where a folder of exports goes; null when cancelled. Absent: the caller hands the zip back as a download. */
  chooseFolder?(request: PlatformPrintRequest): Promise<string | null>;
}

export const headlessPlatform: PlatformPort = {
  printDocument: () => Promise.resolve('not-available'),
  savePdf: () => Promise.resolve({ outcome: 'not-available', fileName: null }),
};
