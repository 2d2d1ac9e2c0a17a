import type { Handlers } from '../dispatcher';
import { assertMayPrint, auditPrint } from '../sheets/print-audit';
import { printFileTitle } from '../sheets/print-file-name';
import type { ServiceDeps } from './service-deps';

type PrintHandlers = Pick<Handlers, 'print.document' | 'print.savePdf' | 'sheets.recordPrint'>;

export function printHandlers({ db, now, platform }: ServiceDeps): PrintHandlers {
  return {
    'print.document': async (job, call) => {
      assertMayPrint(db, call, job);
      const outcome = await platform.printDocument({ title: printFileTitle(job) });
      if (outcome === 'printed') auditPrint(db, call, job, 'print', now);
      return { outcome };
    },

    'print.savePdf': async (job, call) => {
      assertMayPrint(db, call, job);
      const { outcome, fileName } = await platform.savePdf({ title: printFileTitle(job) });
      if (outcome === 'saved') auditPrint(db, call, job, 'pdf', now, fileName);
      return { outcome, fileName };
    },

    'sheets.recordPrint': (job, call) => {
      assertMayPrint(db, call, job);
      auditPrint(db, call, job, 'browser-print-dialog', now);
      return {};
    },
  };
}
