import { useState } from 'react';
import type { PrintJob } from '#shared/contract/print';
import { api } from '../../api/client';

export type PrintNotice = { kind: 'printed' } | { kind: 'saved'; fileName: string } | null;

/**
 * Print and PDF through the platform (Electron's dialogs) when it has them; otherwise the browser's
 * own print dialog, where "Save as PDF" is a destination. Either way the core records it in the audit.
 */
export function usePrintActions(job: PrintJob | null) {
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<PrintNotice>(null);
  const [error, setError] = useState<unknown>(null);

  const run = async (action: 'print' | 'pdf') => {
    if (!job) return;
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      if (action === 'print') {
        const { outcome } = await api.call('print.document', job);
        if (outcome === 'printed') setNotice({ kind: 'printed' });
        if (outcome !== 'not-available') return;
      } else {
        const { outcome, fileName } = await api.call('print.savePdf', job);
        if (outcome === 'saved' && fileName) setNotice({ kind: 'saved', fileName });
        if (outcome !== 'not-available') return;
      }
      await api.call('sheets.recordPrint', job);
      window.print();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return { busy, notice, error, print: () => void run('print'), savePdf: () => void run('pdf') };
}
