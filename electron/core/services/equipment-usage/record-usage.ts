import type { Db } from '#db/client';
import type { RecordAudit } from '#db/write';
import { blockUseWhenOverdue, inspectionOverdue } from '#db/queries/equipment-due';
import { itemForMaintenance } from '#db/queries/equipment-maintenance';
import { insertUsage, type UsageRow } from '#db/queries/equipment-usage';
import { findClient } from '#db/queries/clients';
import { findSessionRow } from '#db/queries/sessions';
import { conflict, notFound } from '../../app-error';

export interface UsageInput {
  itemId: number;
  clientId?: number | null | undefined;
  usedOn: string;
  /** `HH:MM`. */
  startedAt?: string | null | undefined;
  minutes?: number | null | undefined;
  staffId: number;
  sessionId?: number | null | undefined;
  /** Set by the bookings of the next issue when a booking is done. */
  bookingId?: number | null | undefined;
  note?: string | null | undefined;
}

/**
 * Logs one use of an item inside the caller's transaction: from the item page, a client's card, a
 * session, or a booking marked done. Refused (an AppError, nothing written) for an unknown or
 * written-off item, a day before its purchase, and, when the centre's setting is on, for an item whose
 * blocking inspection is overdue on that day. Pass `audit` to record the row in the caller's trail;
 * a caller that audits its own change (a booking) may leave it out.
 */
export function recordUsage(tx: Db, input: UsageInput, audit?: RecordAudit): UsageRow {
  const item = itemForMaintenance(tx, input.itemId);
  if (!item) throw notFound('equipmentMaintenance.itemNotFound');
  if (item.status === 'written-off') throw conflict('equipmentMaintenance.usageWrittenOff');
  if (item.purchaseDate && input.usedOn < item.purchaseDate) throw conflict('equipmentMaintenance.usageBeforePurchase', { date: item.purchaseDate });
  if (input.clientId != null && !findClient(tx, input.clientId)) throw notFound('clients.notFound');
  if (input.sessionId != null && !findSessionRow(tx, input.sessionId)) throw notFound('sessions.notFound');
  if (blockUseWhenOverdue(tx) && inspectionOverdue(tx, input.itemId, input.usedOn)) throw conflict('equipmentMaintenance.usageBlocked');
  const row = insertUsage(tx, {
    itemId: input.itemId,
    clientId: input.clientId ?? null,
    usedOn: input.usedOn,
    startedAt: input.startedAt || null,
    minutes: input.minutes ?? null,
    staffId: input.staffId,
    sessionId: input.sessionId ?? null,
    bookingId: input.bookingId ?? null,
    note: input.note || null,
  });
  audit?.({ entity: 'equipment_usage', entityId: row.id, after: row });
  return row;
}
