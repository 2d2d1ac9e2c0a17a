import type { UiLanguage } from '#shared/contract/common';
import type { ClientSummary } from '#shared/contract/clients';
import type { IndexSourceRow } from '#db/queries/client-index';
import { parseSearchQuery, type SearchTerms } from './search-query';

interface Entry extends ClientSummary {
  /** Canonical name words and their stems (the stored search key, split). */
  tokens: string[];
  /** Every code the client has held, and the phone's digits. */
  digits: string[];
  /** Position in each language's alphabetical order (-1 until that order is built), kept current by `upsert`. */
  rank: Record<UiLanguage, number>;
}

const prefixLength = 3;

function addTo(map: Map<string, Entry[]>, key: string, entry: Entry) {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}

function removeFrom(list: Entry[] | undefined, entry: Entry) {
  const at = list ? list.indexOf(entry) : -1;
  if (at >= 0) list?.splice(at, 1);
}

/**
 * Name-word prefixes of 1–3 letters and digit trigrams share one map: a digit trigram that is also
 * the start of a name word only widens the candidates, which are all checked anyway.
 */
function postingKeys(entry: Entry): Set<string> {
  const out = new Set<string>();
  for (const token of entry.tokens) for (let n = 1; n <= Math.min(prefixLength, token.length); n++) out.add(token.slice(0, n));
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
  /** Name-word prefixes and digit trigrams → the clients having them. */
  private readonly postings = new Map<string, Entry[]>();
  private readonly sorted = new Map<UiLanguage, Entry[]>();
  private readonly ranked = new Map<UiLanguage, Map<string, Entry[]>>();
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
    return { ...summary, tokens: searchKey.split(' ').filter(Boolean), digits: [...digits], rank: { lv: -1, lt: -1, ru: -1, en: -1 } };
  }

  private add(entry: Entry): void {
    this.entries.set(entry.id, entry);
    for (const key of postingKeys(entry)) addTo(this.postings, key, entry);
  }

  private remove(entry: Entry): void {
    this.entries.delete(entry.id);
    const keys = postingKeys(entry);
    for (const key of keys) removeFrom(this.postings.get(key), entry);
    for (const cache of this.ranked.values()) for (const key of keys) removeFrom(cache.get(key), entry);
    for (const [language, list] of this.sorted) {
      const at = entry.rank[language];
      list.splice(at, 1);
      for (let i = at; i < list.length; i++) (list[i] as Entry).rank[language] = i;
    }
  }

  private compare(language: UiLanguage) {
    const collator = new Intl.Collator(language);
    return (a: Entry, b: Entry) => collator.compare(a.lastName, b.lastName) || collator.compare(a.firstName, b.firstName) || a.id - b.id;
  }

  /**
   * The language's alphabetical order, built on first use. The collator only compares distinct names
   * (far fewer than clients); the clients are then sorted by those ranks as plain numbers.
   */
  private order(language: UiLanguage): Entry[] {
    let list = this.sorted.get(language);
    if (!list) {
      const collator = new Intl.Collator(language);
      const rankNames = (names: Iterable<string>) => new Map([...new Set(names)].sort(collator.compare).map((n, i) => [n, i]));
      const entries = [...this.entries.values()];
      const last = rankNames(entries.map((e) => e.lastName));
      const first = rankNames(entries.map((e) => e.firstName));
      const key = (e: Entry) => [last.get(e.lastName) as number, first.get(e.firstName) as number, e.id] as const;
      const keyed = entries.map((e) => ({ e, k: key(e) }));
      keyed.sort((a, b) => a.k[0] - b.k[0] || a.k[1] - b.k[1] || a.k[2] - b.k[2]);
      list = keyed.map(({ e }) => e);
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
      const cache = this.ranked.get(language);
      for (const key of cache ? postingKeys(entry) : []) {
        const posting = cache?.get(key);
        if (!posting) continue;
        let at = 0;
        while (at < posting.length && (posting[at] as Entry).rank[language] < lo) at++;
        posting.splice(at, 0, entry);
      }
    }
  }

  /** The key of the narrowest posting set among the terms, or null when none can use one (1–2 digits only). */
  private narrowestKey(terms: SearchTerms): string | null {
    let best: string | null = null;
    let bestSize = Infinity;
    const consider = (key: string) => {
      const size = this.postings.get(key)?.length ?? 0;
      if (size < bestSize) [best, bestSize] = [key, size];
    };
    for (const name of terms.names) consider(name.slice(0, prefixLength));
    for (const digits of terms.digits) {
      for (let i = 0; i + prefixLength <= digits.length; i++) consider(digits.slice(i, i + prefixLength));
    }
    return best;
  }

  /**
   * A posting set in the language's alphabetical order, sorted once and then kept in order by
   * `upsert` (inserting a client shifts ranks but never changes the order of the others).
   */
  private rankedPosting(language: UiLanguage, key: string): Entry[] {
    let cache = this.ranked.get(language);
    if (!cache) this.ranked.set(language, (cache = new Map<string, Entry[]>()));
    let list = cache.get(key);
    if (!list) {
      list = [...(this.postings.get(key) ?? [])].sort((a, b) => a.rank[language] - b.rank[language]);
      cache.set(key, list);
    }
    return list;
  }

  search(query: string, language: UiLanguage, limit: number): ClientSummary[] {
    this.ensureLoaded();
    const terms = parseSearchQuery(query);
    if (terms.names.length === 0 && terms.digits.length === 0) return [];
    this.order(language);
    const key = this.narrowestKey(terms);
    // Without a key (1–2 digits) most clients match, so walking the whole alphabet stops early.
    const pool = key === null ? this.order(language) : this.rankedPosting(language, key);
    const found: ClientSummary[] = [];
    for (const entry of pool) {
      if (!matches(entry, terms)) continue;
      found.push(summary(entry));
      if (found.length === limit) break;
    }
    return found;
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
