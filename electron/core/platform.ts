/**
 * What the core needs from the platform it runs on (STYLE.md: platform needs are an interface).
 * Electron implements it in electron/main/platform.ts; the browser host and tests use the headless one,
 * which says `not-available` so the page falls back to the browser's own print dialog.
 */
import type { UiLanguage } from '#shared/contract/common';

export interface PlatformPrintRequest {
  /** Shown in dialogs and used as the PDF's default file name (without extension). */
  title: string;
}

/** Who the PDFs are rendered for: the print routes run as this staff member, in this language. */
export interface PdfCaller {
  staffId: number;
  language: UiLanguage;
}

export interface PdfRenderer {
  renderPdf(request: PlatformPrintRequest & { route: string }): Promise<Uint8Array>;
  /** How many `renderPdf` calls may run at once; 1 when absent (one window renders one route at a time). */
  concurrency?: number;
  /** Ends the renderer's session and stops what it started (a browser). Safe to call twice. */
  close(): Promise<void>;
}

export interface PlatformPort {
  /** Opens the OS print dialog for the window showing the document. */
  printDocument(request: PlatformPrintRequest): Promise<'printed' | 'cancelled' | 'not-available'>;
  /** Renders the shown document to PDF and writes it where the user chooses. */
  savePdf(request: PlatformPrintRequest): Promise<{ outcome: 'saved' | 'cancelled' | 'not-available'; fileName: string | null }>;
  /**
   * Opens an off-screen renderer of print routes (`/print/...?lang=..`) to PDF, signed in as the staff member
   * who asked (a short-lived session of their own); one per batch (a monthly pack), closed after it.
   * Absent where no renderer can run (a browser host without Chromium).
   */
  pdfRenderer?(caller: PdfCaller): Promise<PdfRenderer>;
  /** Asks where a folder of exports goes; null when cancelled. Absent: the caller hands the zip back as a download. */
  chooseFolder?(request: PlatformPrintRequest): Promise<string | null>;
}

export const headlessPlatform: PlatformPort = {
  printDocument: () => Promise.resolve('not-available'),
  savePdf: () => Promise.resolve({ outcome: 'not-available', fileName: null }),
};
