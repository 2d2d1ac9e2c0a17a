import type { UiLanguage } from '#shared/contract/common';
import type { ClientSummary } from '#shared/contract/clients';
import type { IndexSourceRow } from '#db/queries/client-index';
import { parseSearchQuery, type SearchTerms } from './search-query';

interface Entry extends ClientSummary {
  /** Canonical name words and their stems (the stored search key, split). */
  tokens: string[];
  /** Every code the client has held, and the phone's digits. */
  digits: string[];
  /** Position in each language's alphabetical order, kept current by `upsert`. */
  rank: Partial<Record<UiLanguage, number>>;
}

const prefixLength = 3;

function addTo<K>(map: Map<K, Set<Entry>>, key: K, entry: Entry) {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(entry);
}

function namePrefixes(entry: Entry): Set<string> {
  const out = new Set<string>();
  for (const token of entry.tokens) for (let n = 1; n <= Math.min(prefixLength, token.length); n++) out.add(token.slice(0, n));
  return out;
}

function digitGrams(entry: Entry): Set<string> {
  const out = new Set<string>();
  for (const digits of entry.digits) for (let i = 0; i + prefixLength <= digits.length; i++) out.add(digits.slice(i, i + prefixLength));
  return out;
}

function matches(entry: Entry, terms: SearchTerms): boolean {
  return (
    terms.names.every((p) => entry.tokens.some((t) => t.startsWith(p))) &&
    terms.digits.every((d) => entry.digits.some((s) => s.includes(d)))
  );
}

/**
 * The client search of reception, held in memory so a keystroke answers in well under 5 ms with
 * 50,000 clients: name-word prefixes (1–3 letters) and code/phone digit trigrams point at the few
 * candidates to check, and each language's alphabetical order is kept as a rank so results come out
 * sorted by Intl.Collator without sorting at query time. Loaded lazily from SQLite; every write
 * through the clients service refreshes its client.
 */
export class ClientIndex {
  private readonly entries = new Map<number, Entry>();
  private readonly prefixes = new Map<string, Set<Entry>>();
  private readonly grams = new Map<string, Set<Entry>>();
  private readonly sorted = new Map<UiLanguage, Entry[]>();
  private loaded = false;

  constructor(private readonly load: () => { rows: IndexSourceRow[]; codes: { clientId: number; code: string }[] }) {}

  private ensureLoaded(): void {
    if (this.loaded) return;
    const { rows, codes } = this.load();
    const codesOf = new Map<number, string[]>();
    for (const { clientId, code } of codes) codesOf.set(clientId, [...(codesOf.get(clientId) ?? []), code]);
    for (const row of rows) this.add(this.entryOf(row, codesOf.get(row.id) ?? []));
    this.loaded = true;
  }

  private entryOf(row: IndexSourceRow, codes: string[]): Entry {
    const digits = new Set(codes);
    if (row.personalCode) digits.add(row.personalCode);
    const phone = row.phone?.replace(/\D/g, '');
    if (phone) digits.add(phone);
    const { searchKey, ...summary } = row;
    return { ...summary, tokens: searchKey.split(' ').filter(Boolean), digits: [...digits], rank: {} };
  }

  private add(entry: Entry): void {
    this.entries.set(entry.id, entry);
    for (const prefix of namePrefixes(entry)) addTo(this.prefixes, prefix, entry);
    for (const gram of digitGrams(entry)) addTo(this.grams, gram, entry);
  }

  private remove(entry: Entry): void {
    this.entries.delete(entry.id);
    for (const prefix of namePrefixes(entry)) this.prefixes.get(prefix)?.delete(entry);
    for (const gram of digitGrams(entry)) this.grams.get(gram)?.delete(entry);
    for (const [language, list] of this.sorted) {
      const at = entry.rank[language] ?? list.indexOf(entry);
      list.splice(at, 1);
      for (let i = at; i < list.length; i++) (list[i] as Entry).rank[language] = i;
    }
  }

  private compare(language: UiLanguage) {
    const collator = new Intl.Collator(language);
    return (a: Entry, b: Entry) => collator.compare(a.lastName, b.lastName) || collator.compare(a.firstName, b.firstName) || a.id - b.id;
  }

  /** The language's alphabetical order, built on first use (about 0.1 s for 50,000 names). */
  private order(language: UiLanguage): Entry[] {
    let list = this.sorted.get(language);
    if (!list) {
      list = [...this.entries.values()].sort(this.compare(language));
      list.forEach((entry, i) => (entry.rank[language] = i));
      this.sorted.set(language, list);
    }
    return list;
  }

  /** Puts a client (new or changed) in place; `row` undefined removes it. */
  upsert(id: number, row: IndexSourceRow | undefined, codes: string[]): void {
    if (!this.loaded) return; // the first search loads everything anyway
    const old = this.entries.get(id);
    if (old) this.remove(old);
    if (!row) return;
    const entry = this.entryOf(row, codes);
    this.add(entry);
    for (const [language, list] of this.sorted) {
      const compare = this.compare(language);
      let lo = 0;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (compare(list[mid] as Entry, entry) < 0) lo = mid + 1;
        else hi = mid;
      }
      list.splice(lo, 0, entry);
      for (let i = lo; i < list.length; i++) (list[i] as Entry).rank[language] = i;
    }
  }

  /** The narrowest posting set among the terms, or null when no term can use one (1–2 digits). */
  private candidates(terms: SearchTerms): Iterable<Entry> | null {
    let best: Set<Entry> | null = null;
    const consider = (set: Set<Entry> | undefined) => {
      const s = set ?? new Set<Entry>();
      if (!best || s.size < best.size) best = s;
    };
    for (const name of terms.names) consider(this.prefixes.get(name.slice(0, prefixLength)));
    for (const digits of terms.digits) {
      for (let i = 0; i + prefixLength <= digits.length; i++) consider(this.grams.get(digits.slice(i, i + prefixLength)));
    }
    return best;
  }

  search(query: string, language: UiLanguage, limit: number): ClientSummary[] {
    this.ensureLoaded();
    const terms = parseSearchQuery(query);
    if (terms.names.length === 0 && terms.digits.length === 0) return [];
    const order = this.order(language);
    const pool = this.candidates(terms);
    if (!pool) {
      // Only 1–2 digits: most clients match, so walking the alphabet stops early.
      const found: ClientSummary[] = [];
      for (const entry of order) {
        if (!matches(entry, terms)) continue;
        found.push(summary(entry));
        if (found.length === limit) break;
      }
      return found;
    }
    // Keep the `limit` best ranks among the matches, in order, without sorting them all.
    const best: Entry[] = [];
    const rankOf = (e: Entry) => e.rank[language] as number;
    for (const entry of pool) {
      if (best.length === limit && rankOf(entry) > rankOf(best[limit - 1] as Entry)) continue;
      if (!matches(entry, terms)) continue;
      let at = best.length;
      while (at > 0 && rankOf(best[at - 1] as Entry) > rankOf(entry)) at--;
      best.splice(at, 0, entry);
      if (best.length > limit) best.pop();
    }
    return best.map(summary);
  }

  /** Every client passing the filter, in the language's alphabetical order. */
  list(language: UiLanguage, keep: (client: ClientSummary) => boolean): ClientSummary[] {
    this.ensureLoaded();
    return this.order(language).filter(keep).map(summary);
  }
}

function summary(entry: Entry): ClientSummary {
  const { id, firstName, lastName, personalCode, codeCountry, birthDate, phone, status } = entry;
  return { id, firstName, lastName, personalCode, codeCountry, birthDate, phone, status };
}
