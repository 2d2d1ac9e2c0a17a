import type { DayRow } from '#shared/contract/attendance';
import type { DayQueryRow } from '#db/queries/attendance';
import type { AbsenceReason } from '#shared/domain/attendance';
import { inMealOrder } from '#shared/domain/meals';

/** A row of the day board from the day query: status in words the board shows. */
export function dayRow(raw: DayQueryRow): DayRow {
  const status: DayRow['status'] =
    raw.status === 'absent' ? 'absent' : raw.status === 'present' ? (raw.leftAt ? 'left' : 'present') : 'expected';
  return {
    clientId: raw.clientId,
    firstName: raw.firstName,
    lastName: raw.lastName,
    searchKey: raw.searchKey,
    sex: raw.sex,
    expected: raw.planned === 1 && raw.clientStatus === 'active',
    hasDecision: raw.hasDecision === 1,
    status,
    arrivedAt: raw.arrivedAt,
    leftAt: raw.leftAt,
    absenceReason: raw.absenceReason as AbsenceReason | null,
    note: raw.note,
    meals: raw.meals ? inMealOrder(JSON.parse(raw.meals) as string[]) : [],
    transportTo: raw.transportTo === 1,
    transportFrom: raw.transportFrom === 1,
    wanderingRisk: raw.wanderingRisk === 1,
    diet: raw.diet,
    receptionNotes: raw.receptionNotes,
    collectors: JSON.parse(raw.collectors) as string[],
  };
}

export function dayCounters(rows: DayRow[]) {
  let expected = 0;
  let present = 0;
  let absent = 0;
  let notArrived = 0;
  let stillHere = 0;
  for (const row of rows) {
    if (row.expected) expected++;
    if (row.status === 'present' || row.status === 'left') present++;
    if (row.status === 'present') stillHere++;
    if (row.status === 'absent') absent++;
    if (row.status === 'expected') notArrived++;
  }
  return { expected, present, absent, notArrived, stillHere };
}
