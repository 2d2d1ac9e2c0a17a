import { z } from 'zod';

/** Server events, named in the past tense. Payloads carry ids only, never personal data. */
export const eventContract = {
  'staff.changed': z.object({ staffId: z.number().int() }),
  'centre.changed': z.object({}),
  /** A client's card or anything on it (relatives, consents, decisions, assessments) changed. */
  'clients.changed': z.object({ clientId: z.number().int() }),
  'calendar.changed': z.object({ date: z.string() }),
  'months.changed': z.object({ month: z.string(), service: z.string() }),
  'settings.changed': z.object({}),
  /** Anything on the day board of `date` changed: reception PCs refetch that day. */
  'attendance.changed': z.object({ date: z.string() }),
  'activities.changed': z.object({}),
  'sessions.changed': z.object({ sessionId: z.number().int() }),
  /** The monthly pack being built: step of steps (no names, no figures). */
  'exports.packProgress': z.object({ month: z.string(), step: z.number().int(), of: z.number().int() }),
  /** A dementia-group participant is still not collected past their group's alarm time: managers are alerted. */
  'safety.alarmRaised': z.object({ date: z.string() }),
};
export type EventName = keyof typeof eventContract;
export type EventPayload<E extends EventName> = z.infer<(typeof eventContract)[E]>;
export const eventNames = Object.keys(eventContract) as EventName[];

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.hasOwn(eventContract, name);
}
