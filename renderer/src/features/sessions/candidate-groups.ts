import type { TFunction } from 'i18next';
import type { UiLanguage } from '#shared/contract/common';

interface Candidate {
  clientId: number;
  firstName: string;
  lastName: string;
  expected: boolean;
}

/**
 * The "add participant" list in two groups: the clients expected at the centre on the session's day,
 * then everyone else (who may come only for this activity). Names in the reader's alphabetical order.
 */
export function candidateGroups(candidates: Candidate[], language: UiLanguage, t: TFunction<'sessions'>) {
  const collator = new Intl.Collator(language);
  const item = (c: Candidate) => ({ value: String(c.clientId), label: `${c.lastName} ${c.firstName}` });
  const sorted = (rows: Candidate[]) => rows.map(item).sort((a, b) => collator.compare(a.label, b.label));
  const groups = [
    { group: t('detail.expectedThatDay'), items: sorted(candidates.filter((c) => c.expected)) },
    { group: t('detail.otherClients'), items: sorted(candidates.filter((c) => !c.expected)) },
  ];
  return groups.filter((g) => g.items.length > 0);
}
