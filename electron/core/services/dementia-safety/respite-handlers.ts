import type { Handlers } from '../../dispatcher';
import type { ServiceDeps } from '../service-deps';
import { audited } from '../audited';
import { assertNotFutureMonth, respiteMonth } from './respite';
import { respiteWorkbook } from './respite-xlsx';

type RespiteHandlers = Pick<Handlers, 'respite.month' | 'respite.exportXlsx'>;

export function respiteHandlers({ db, now }: ServiceDeps): RespiteHandlers {
  return {
    'respite.month': ({ month, carerId }) => {
      assertNotFutureMonth(month, now());
      return { month, rows: respiteMonth(db, month, carerId ?? null) };
    },

    'respite.exportXlsx': async ({ month, language }, call) => {
      assertNotFutureMonth(month, now());
      const rows = respiteMonth(db, month, null);
      const file = await respiteWorkbook(month, rows, language);
      // An export of personal data leaves a trail, like a print.
      audited(db, now, call)((_tx, audit) => audit({ entity: 'respite_export', entityId: month, after: { carers: rows.length } }));
      return { fileName: `respite-${month}.xlsx`, base64: file.toString('base64') };
    },
  };
}
