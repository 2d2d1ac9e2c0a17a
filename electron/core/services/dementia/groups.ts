import { clientsWithDecisionOn, findGroup, groupMembers, groupStaff, insertGroup, listGroups, setGroupMembers, setGroupStaff, updateGroup, type DementiaGroupRow } from '#db/queries/dementia-groups';
import { findStaffById } from '#db/queries/staff';
import type { Executor } from '#db/client';
import { localDate } from '#shared/domain/local-date';
import type { DementiaGroupDetail } from '#shared/contract/dementia';
import { conflict, notFound } from '../../app-error';
import type { Handlers } from '../../dispatcher';
import type { ServiceDeps } from '../service-deps';
import { audited } from '../audited';

type GroupHandlers = Pick<
  Handlers,
  'dementia.groups.list' | 'dementia.groups.get' | 'dementia.groups.create' | 'dementia.groups.update' | 'dementia.groups.setMembers' | 'dementia.groups.candidates'
>;

export function groupView(row: DementiaGroupRow, members: number) {
  const { createdAt: _c, updatedAt: _u, ...group } = row;
  return { ...group, members };
}

export function groupDetail(db: Executor, id: number, today: string): DementiaGroupDetail {
  const row = findGroup(db, id);
  if (!row) throw notFound('dementia.groupNotFound');
  const eligible = new Set(clientsWithDecisionOn(db, today).map((c) => c.clientId));
  const members = groupMembers(db, id).map(({ status: _s, ...m }) => ({ ...m, hasDecision: eligible.has(m.clientId) }));
  return { group: groupView(row, members.length), staff: groupStaff(db, id), members };
}

function assertStaff(db: Executor, staffIds: readonly number[]) {
  for (const id of staffIds) if (!findStaffById(db, id)?.active) throw notFound('dementia.staffNotFound');
}

export function groupHandlers({ db, now }: ServiceDeps): GroupHandlers {
  const today = () => localDate(now());
  const optional = (v: string | undefined) => (v ? v : null);
  return {
    'dementia.groups.list': () => ({ groups: listGroups(db).map(({ group, members }) => groupView(group, members)) }),
    'dementia.groups.get': ({ id }) => groupDetail(db, id, today()),
    'dementia.groups.candidates': () => ({ clients: clientsWithDecisionOn(db, today()) }),

    'dementia.groups.create': ({ staffIds, room, ...fields }, call) => {
      const at = now().toISOString();
      const id = audited(db, now, call)((tx, audit) => {
        assertStaff(tx, staffIds);
        const row = insertGroup(tx, { ...fields, room: optional(room), active: true, createdAt: at, updatedAt: at });
        setGroupStaff(tx, row.id, staffIds);
        audit({ entity: 'dementia_group', entityId: row.id, after: { ...row, staffIds } });
        return row.id;
      });
      return groupDetail(db, id, today());
    },

    'dementia.groups.update': ({ id, staffIds, room, ...fields }, call) => {
      audited(db, now, call)((tx, audit) => {
        const before = findGroup(tx, id);
        if (!before) throw notFound('dementia.groupNotFound');
        assertStaff(tx, staffIds);
        const members = groupMembers(tx, id).length;
        if (fields.capacity < members) throw conflict('dementia.capacityBelowMembers', { capacity: fields.capacity, count: members });
        const beforeStaff = groupStaff(tx, id).map((s) => s.staffId);
        const after = updateGroup(tx, id, { ...fields, room: optional(room), updatedAt: now().toISOString() });
        setGroupStaff(tx, id, staffIds);
        audit({ entity: 'dementia_group', entityId: id, before: { ...before, staffIds: beforeStaff }, after: { ...after, staffIds } });
      });
      return groupDetail(db, id, today());
    },

    'dementia.groups.setMembers': ({ groupId, clientIds }, call) => {
      const unique = [...new Set(clientIds)];
      audited(db, now, call)((tx, audit) => {
        const group = findGroup(tx, groupId);
        if (!group) throw notFound('dementia.groupNotFound');
        const eligible = new Set(clientsWithDecisionOn(tx, today()).map((c) => c.clientId));
        const before = groupMembers(tx, groupId).map((m) => m.clientId);
        // Someone already in the group keeps their place while a decision is renewed; a newcomer needs one.
        const refused = unique.find((id) => !eligible.has(id) && !before.includes(id));
        if (refused !== undefined) throw conflict('dementia.noDecision');
        // A group is no bigger than its room and staff allow: the capacity is a limit, not a target.
        if (unique.length > group.capacity) throw conflict('dementia.overCapacity', { capacity: group.capacity, count: unique.length });
        setGroupMembers(tx, groupId, unique);
        audit({ entity: 'dementia_group', entityId: groupId, before: { members: before }, after: { members: unique } });
      });
      return groupDetail(db, groupId, today());
    },
  };
}
