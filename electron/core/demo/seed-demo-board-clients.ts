import type { Core } from '../core';
import { insertClient, insertDecision } from '../testing/board-fixtures';
import { addDays, localDate } from '#shared/domain/local-date';

/**
 * Dev only: a handful of clients and decisions for the day board while the client register (another
 * branch) is not merged. Written straight into the tables, and only into a centre that has no clients,
 * so it never mixes with the register's own demo clients.
 */
const people: { first: string; last: string; weekdays: number[]; service?: 'dementia-day-centre'; wandering?: boolean; diet?: string; notes?: string; language?: 'lv' | 'lt' | 'ru' }[] = [
  { first: 'Jānis', last: 'Bērziņš', weekdays: [1, 2, 3, 4, 5], diet: 'Diabēta diēta' },
  { first: 'Anna', last: 'Kalniņa', weekdays: [1, 2, 3, 4, 5] },
  { first: 'Ольга', last: 'Иванова', weekdays: [1, 2, 3, 4, 5], language: 'ru', notes: 'Mājās aizved meita Natālija' },
  { first: 'Pēteris', last: 'Ozoliņš', weekdays: [1, 2, 3, 4, 5], wandering: true, notes: 'Aizved tikai dēls Andris' },
  { first: 'Rūta', last: 'Vītola', weekdays: [1, 2, 3, 4, 5], diet: 'Bez laktozes' },
  { first: 'Gunārs', last: 'Liepiņš', weekdays: [1, 2, 3, 4, 5] },
  { first: 'Ona', last: 'Kazlauskienė', weekdays: [1, 2, 3, 4, 5], language: 'lt' },
  { first: 'Māra', last: 'Šmite', weekdays: [1, 3, 5] },
  { first: 'Viktors', last: 'Žukovs', weekdays: [1, 3, 5], language: 'ru' },
  { first: 'Ilze', last: 'Egle', weekdays: [2, 4] },
  { first: 'Aldis', last: 'Krūmiņš', weekdays: [2, 4], diet: 'Veģetārs' },
  // The dementia group also runs at weekends, to give family carers respite.
  { first: 'Valdis', last: 'Sproģis', weekdays: [1, 2, 3, 4, 5, 6, 7], service: 'dementia-day-centre', wandering: true },
  { first: 'Zinaida', last: 'Петрова', weekdays: [6, 7], service: 'dementia-day-centre', language: 'ru' },
  { first: 'Ausma', last: 'Lāce', weekdays: [6, 7], service: 'dementia-day-centre', wandering: true },
  { first: 'Edgars', last: 'Vanags', weekdays: [6, 7], service: 'dementia-day-centre' },
  { first: 'Lidija', last: 'Strautiņa', weekdays: [6, 7], service: 'dementia-day-centre' },
  { first: 'Jonas', last: 'Petraitis', weekdays: [6, 7], service: 'dementia-day-centre', language: 'lt' },
  { first: 'Velta', last: 'Kalēja', weekdays: [6, 7], service: 'dementia-day-centre', diet: 'Mīksta pārtika' },
];

export function seedDemoBoardClientsIfNone(core: Core): void {
  const count = core.db.$client.prepare('SELECT count(*) FROM clients').pluck().get() as number;
  if (count > 0) return;
  const from = addDays(localDate(core.now()), -120);
  core.db.transaction(() => {
    for (const person of people) {
      const id = insertClient(core.db, {
        firstName: person.first,
        lastName: person.last,
        wanderingRisk: person.wandering ?? false,
        diet: person.diet ?? null,
        receptionNotes: person.notes ?? null,
        language: person.language ?? 'lv',
      });
      insertDecision(core.db, { clientId: id, service: person.service ?? 'day-care', validFrom: from, plannedWeekdays: person.weekdays });
    }
    // One who left in the summer: on old days of the board, never on today's.
    const gone = insertClient(core.db, { firstName: 'Roberts', lastName: 'Zariņš', status: 'discharged' });
    insertDecision(core.db, { clientId: gone, validFrom: addDays(from, -200), validTo: addDays(from, -1), plannedWeekdays: [1, 3] });
  });
}
