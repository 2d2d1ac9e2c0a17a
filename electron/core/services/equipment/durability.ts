import { getCentre } from '#db/queries/centre';
import { itemsOfProject } from '#db/queries/equipment-items';
import type { Db, Executor } from '#db/client';
import type { UiLanguage } from '#shared/contract/common';
import type { DurabilityReport } from '#shared/contract/equipment';
import { notFound, unauthenticated } from '../../app-error';
import type { Handlers } from '../../dispatcher';
import type { ServiceDeps } from '../service-deps';
import { categoryNamer } from './category-name';
import { itemHistories } from './durability-usage';

type DurabilityHandlers = Pick<Handlers, 'equipment.durability'>;

/**
 * The EU-project durability report: every item bought from the project, whether it is still there and in
 * use, where, its last inspection and use, and the totals. Items written off before the date until which
 * they had to stay in use are marked, with the reason.
 */
/** The report's data, read inside the caller's transaction (the XLSX export audits in the same one). */
export function buildDurabilityReport(
  db: Db,
  tx: Executor,
  { projectCode, language, now, preparedBy }: { projectCode: string; language: UiLanguage; now: () => Date; preparedBy: string },
): DurabilityReport {
          const centre = getCentre(tx);
          if (!centre) throw unauthenticated();
          const rows = itemsOfProject(tx, projectCode.trim());
          if (rows.length === 0) throw notFound('equipment.projectNotFound', { code: projectCode });
          const histories = itemHistories(db, rows.map((r) => r.id));
          const categoryName = categoryNamer(tx, language);
          const items = rows.map((row) => {
            const history = histories.get(row.id);
            const writtenOffEarly = row.status === 'written-off' && row.durabilityUntil !== null && (row.writtenOffOn ?? '') < row.durabilityUntil;
            return {
              id: row.id,
              inventoryNumber: row.inventoryNumber,
              name: row.name,
              category: categoryName(row.category),
              priceCents: row.priceCents,
              purchaseDate: row.purchaseDate,
              location: row.location,
              status: row.status,
              condition: row.condition,
              durabilityUntil: row.durabilityUntil,
              writtenOffOn: row.writtenOffOn,
              writeOffReason: row.writeOffReason,
              writtenOffEarly,
              lastInspection: history?.lastInspection ?? null,
              lastUse: history?.lastUse ?? null,
              usesPerYear: history?.usesPerYear ?? [],
            };
          });
          const until = rows.map((r) => r.durabilityUntil).filter((d): d is string => d !== null).sort();
          return {
            centre: { name: centre.name },
            language,
            generatedAt: now().toISOString(),
            preparedBy: preparedBy,
            project: { code: projectCode.trim(), name: rows.find((r) => r.projectName)?.projectName ?? null, durabilityUntil: until.at(-1) ?? null },
            items,
            totals: {
              items: items.length,
              priceCents: items.reduce((sum, i) => sum + (i.priceCents ?? 0), 0),
              present: items.filter((i) => i.status !== 'written-off').length,
              inUse: items.filter((i) => i.status === 'in-use' || i.status === 'lent-out').length,
              writtenOff: items.filter((i) => i.status === 'written-off').length,
              writtenOffEarly: items.filter((i) => i.writtenOffEarly).length,
            },
          };
}

export function durabilityHandlers({ db, now }: ServiceDeps): DurabilityHandlers {
  return {
    'equipment.durability': ({ projectCode, language }, call) =>
      db.transaction((tx) => buildDurabilityReport(db, tx, { projectCode, language, now, preparedBy: call.actor().fullName }), { behavior: 'deferred' }),
  };
}
