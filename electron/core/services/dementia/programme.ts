import {
  findCatalogueItem,
  updateCatalogueItem,
  insertCatalogueItem,
  listCatalogue,
  replaceSessionProgramme,
  replaceSessionStaff,
  replaceTemplateDay,
  sessionProgramme,
  sessionStaff,
  templateOf,
  type ProgrammeItemRow,
  type SlotRow,
} from '#db/queries/dementia-programme';
import { findStaffById } from '#db/queries/staff';
import { groupStaff } from '#db/queries/dementia-groups';
import type { Executor } from '#db/client';
import { isoWeekday } from '#shared/domain/local-date';
import { conflict, notFound } from '../../app-error';
import type { Handlers } from '../../dispatcher';
import type { ServiceDeps } from '../service-deps';
import { audited } from '../audited';
import { dementiaDay, ensureGroupSession, requireGroup } from './day';

type ProgrammeHandlers = Pick<
  Handlers,
  'dementia.catalogue.list' | 'dementia.catalogue.create' | 'dementia.catalogue.update' | 'dementia.template.get' | 'dementia.template.set' | 'dementia.programme.fromTemplate' | 'dementia.programme.set'
>;

const itemView = ({ createdAt: _c, ...item }: ProgrammeItemRow) => item;
const toSlots = (slots: readonly { startTime: string; endTime: string; itemId: number; note?: string | null | undefined }[]): SlotRow[] =>
  [...slots].sort((a, b) => a.startTime.localeCompare(b.startTime)).map((s) => ({ startTime: s.startTime, endTime: s.endTime, itemId: s.itemId, note: s.note ? s.note : null }));

/** Slots may not overlap one another, and each names an active catalogue item. */
function assertSlots(tx: Executor, slots: readonly SlotRow[]): void {
  for (const slot of slots) {
    const item = findCatalogueItem(tx, slot.itemId);
    if (!item) throw notFound('dementia.itemNotFound');
  }
  for (let i = 1; i < slots.length; i++) if (slots[i]!.startTime < slots[i - 1]!.endTime) throw conflict('dementia.slotsOverlap');
}

function templateDays(db: Executor, groupId: number) {
  const rows = templateOf(db, groupId);
  return [1, 2, 3, 4, 5, 6, 7]
    .map((weekday) => ({ weekday, slots: rows.filter((r) => r.weekday === weekday).map(({ weekday: _w, ...slot }) => slot) }))
    .filter((d) => d.slots.length > 0);
}

export function programmeHandlers({ db, now }: ServiceDeps): ProgrammeHandlers {
  return {
    'dementia.catalogue.list': () => ({ items: listCatalogue(db).map(itemView) }),
    'dementia.catalogue.create': (names, call) =>
      itemView(
        audited(db, now, call)((tx, audit) => {
          const row = insertCatalogueItem(tx, { ...names, active: true, createdAt: now().toISOString() });
          audit({ entity: 'dementia_programme_item', entityId: row.id, after: row });
          return row;
        }),
      ),

    'dementia.catalogue.update': ({ id, ...fields }, call) =>
      itemView(
        audited(db, now, call)((tx, audit) => {
          const before = findCatalogueItem(tx, id);
          if (!before) throw notFound('dementia.itemNotFound');
          const after = updateCatalogueItem(tx, id, fields)!;
          audit({ entity: 'dementia_programme_item', entityId: id, before, after });
          return after;
        }),
      ),

    'dementia.template.get': ({ groupId }) => {
      requireGroup(db, groupId);
      return { days: templateDays(db, groupId) };
    },
    'dementia.template.set': ({ groupId, weekday, slots }, call) => {
      audited(db, now, call)((tx, audit) => {
        requireGroup(tx, groupId);
        const rows = toSlots(slots);
        assertSlots(tx, rows);
        const before = templateOf(tx, groupId).filter((r) => r.weekday === weekday);
        replaceTemplateDay(tx, groupId, weekday, rows);
        audit({ entity: 'dementia_template', entityId: `${groupId}:${weekday}`, before: { slots: before }, after: { slots: rows } });
      });
      return { days: templateDays(db, groupId) };
    },

    'dementia.programme.fromTemplate': ({ groupId, date }, call) => {
      audited(db, now, call)((tx, audit) => {
        const group = requireGroup(tx, groupId);
        const sessionId = ensureGroupSession(tx, group, date, now().toISOString(), audit);
        const weekday = isoWeekday(date);
        const rows = toSlots(templateOf(tx, groupId).filter((r) => r.weekday === weekday));
        if (rows.length === 0) throw conflict('dementia.templateEmpty');
        const before = sessionProgramme(tx, sessionId);
        replaceSessionProgramme(tx, sessionId, rows);
        // The group's staff are the day's staff until someone changes them.
        if (sessionStaff(tx, sessionId).length === 0) replaceSessionStaff(tx, sessionId, groupStaff(tx, groupId).map((s) => s.staffId));
        audit({ entity: 'dementia_programme', entityId: sessionId, before: { slots: before }, after: { slots: rows } });
      });
      return dementiaDay(db, groupId, date);
    },

    'dementia.programme.set': ({ groupId, date, slots, staffIds }, call) => {
      audited(db, now, call)((tx, audit) => {
        const group = requireGroup(tx, groupId);
        const sessionId = ensureGroupSession(tx, group, date, now().toISOString(), audit);
        const rows = toSlots(slots);
        assertSlots(tx, rows);
        for (const id of staffIds) if (!findStaffById(tx, id)?.active) throw notFound('dementia.staffNotFound');
        const before = { slots: sessionProgramme(tx, sessionId), staffIds: sessionStaff(tx, sessionId).map((s) => s.staffId) };
        replaceSessionProgramme(tx, sessionId, rows);
        replaceSessionStaff(tx, sessionId, [...new Set(staffIds)]);
        audit({ entity: 'dementia_programme', entityId: sessionId, before, after: { slots: rows, staffIds } });
      });
      return dementiaDay(db, groupId, date);
    },
  };
}
