import type { PdfRenderer } from '../../platform';

export interface PdfJob {
  /** The file's name in the pack. */
  name: string;
  route: string;
  title: string;
}

/**
 * Renders a batch of print routes through one renderer, as many at once as it says it can
 * (`concurrency`, one by default: Electron's single hidden window), `onEach` after every finished file.
 * The first failure stops the batch; the answer is keyed by file name.
 */
export async function renderPdfs(renderer: PdfRenderer, jobs: readonly PdfJob[], onEach: () => void): Promise<Map<string, Uint8Array>> {
  const rendered = new Map<string, Uint8Array>();
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < jobs.length) {
      const job = jobs[next++]!;
      try {
        rendered.set(job.name, await renderer.renderPdf({ route: job.route, title: job.title }));
      } catch (error) {
        failed = true;
        throw error;
      }
      onEach();
    }
  };
  const lanes = Math.max(1, Math.min(renderer.concurrency ?? 1, jobs.length));
  await Promise.all(Array.from({ length: lanes }, worker));
  return rendered;
}
