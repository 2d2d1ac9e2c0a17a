import { collectorsOf, dementiaClientsStillHere } from '#db/queries/dementia-safety';
import { groupsOfClientOn } from '#db/queries/dementia-groups';
import { localDate, localTime } from '#shared/domain/local-date';
import type { NotCollectedRow } from '#shared/contract/dementia-safety';
import type { Handlers } from '../../dispatcher';
import type { ServiceDeps } from '../service-deps';

type NotCollectedHandlers = Pick<Handlers, 'safety.notCollected'>;

/** `HH:MM` plus minutes, held at 23:59 (a delay never carries the alarm into the next day). */
export function addMinutes(time: string, minutes: number): string {
  const [h = 0, m = 0] = time.split(':').map(Number);
  const total = Math.min(h * 60 + m + minutes, 23 * 60 + 59);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

export function notCollectedHandlers({ db, now, events }: ServiceDeps): NotCollectedHandlers {
  /** Alarms already announced, `date:clientId`: each raises the live event once per process. */
  const announced = new Set<string>();
  return {
    'safety.notCollected': ({ date }) => {
      const today = localDate(now());
      const day = date ?? today;
      // Only today can be "now past closing"; an earlier day's leftovers are forgotten check-outs, a later day empty.
      const time = day === today ? localTime(now()) : day < today ? '23:59' : '00:00';
      const rows: NotCollectedRow[] = [];
      for (const client of dementiaClientsStillHere(db, day)) {
        const [group] = groupsOfClientOn(db, client.clientId, day);
        if (!group || time < group.closesAt) continue;
        const alarmAt = addMinutes(group.closesAt, group.collectAlarmDelayMinutes);
        rows.push({
          ...client, groupId: group.id, groupName: group.name, closesAt: group.closesAt, alarmAt, alarm: time >= alarmAt,
          collectors: collectorsOf(db, client.clientId),
        });
      }
      const fresh = rows.filter((r) => r.alarm && !announced.has(`${day}:${r.clientId}`));
      for (const row of fresh) announced.add(`${day}:${row.clientId}`);
      if (fresh.length > 0) events.emit('safety.alarmRaised', { date: day });
      return { date: day, time, rows };
    },
  };
}
