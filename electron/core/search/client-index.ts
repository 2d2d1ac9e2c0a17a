import type { UiLanguage } from '#shared/contract/common';
import type { ClientSummary } from '#shared/contract/clients';
import type { IndexSourceRow } from '#db/queries/client-index';
import { termsMatchWords } from '#shared/domain/search-key';
import { parseSearchQuery, type SearchTerms } from './search-query';
import { RankCursor, visitCommonRanks } from './rank-cursor';

interface Entry extends ClientSummary {
  /** Canonical name words (the stored search key, split). */
  tokens: string[];
  /** Every code the client has held, and the phone's digits. */
  digits: string[];
  /** Position in each language's alphabetical order (-1 until that order is built), kept current by `upsert`. */
  rank: Record<UiLanguage, number>;
}

const trigram = 3;
/** Digit trigrams share the rank-ordered cache with name words; no name word holds this character. */
const digitKey = (digits: string) => `#${digits}`;

function digitKeys(entry: Entry): Set<string> {
  const out = new Set<string>();
  for (const digits of entry.digits) for (let i = 0; i + trigram <= digits.length; i++) out.add(digitKey(digits.slice(i, i + trigram)));
  return out;
}

function lowerBound<T>(list: readonly T[], below: (item: T) => boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (below(list[mid] as T)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function matches(entry: Entry, names: string[][], digits: string[]): boolean {
  return termsMatchWords(names, entry.tokens) && digits.every((d) => entry.digits.some((s) => s.includes(d)));
}

/**
 * The client search of reception, held in memory so a keystroke answers in well under 2 ms with
 * 50,000 clients. Each distinct name word points at its clients, and the distinct words are kept
 * sorted, so a typed prefix is a binary search to a run of words; code and phone digit trigrams point
 * at their clients. Every posting is also kept in each UI language's alphabetical order (as ranks),
 * so the clients all terms share are found by jumping through those lists (rank-cursor.ts) and come
 * out sorted by Intl.Collator without sorting at query time, stopping when the page is full. What
 * was typed is looked for first; the other readings of a half-typed word (search-key.ts) only fill
 * the rest. Loaded lazily from SQLite; every write through the clients service refreshes its client.
 */
export class ClientIndex {
  private readonly entries = new Map<number, Entry>();
  /** Each distinct name word → its clients; digit trigrams (as `#123`) → theirs. */
  private readonly postings = new Map<string, Entry[]>();
  /** The distinct name words, in code-unit order: a prefix is one run of it. */
  private readonly words: string[] = [];
  private readonly sorted = new Map<UiLanguage, Entry[]>();
  /** Postings in a language's alphabetical order, built on first use and kept in order by `upsert`. */
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
    const tokens = [...new Set(searchKey.split(' ').filter(Boolean))];
    return { ...summary, tokens, digits: [...digits], rank: { lv: -1, lt: -1, ru: -1, en: -1 } };
  }

  private keysOf(entry: Entry): string[] {
    return [...entry.tokens, ...digitKeys(entry)];
  }

  private add(entry: Entry): void {
    this.entries.set(entry.id, entry);
    for (const key of this.keysOf(entry)) {
      const list = this.postings.get(key);
      if (list) {
        list.push(entry);
        continue;
      }
      this.postings.set(key, [entry]);
      if (!key.startsWith('#')) this.words.splice(lowerBound(this.words, (w) => w < key), 0, key);
    }
  }

  private remove(entry: Entry): void {
    this.entries.delete(entry.id);
    for (const key of this.keysOf(entry)) {
      const list = this.postings.get(key) ?? [];
      if (list.includes(entry)) list.splice(list.indexOf(entry), 1);
      if (list.length === 0) {
        this.postings.delete(key);
        if (!key.startsWith('#')) this.words.splice(lowerBound(this.words, (w) => w < key), 1);
      }
      for (const cache of this.ranked.values()) {
        const ranked = cache.get(key);
        const at = ranked ? ranked.indexOf(entry) : -1;
        if (at >= 0) ranked?.splice(at, 1);
        if (ranked?.length === 0) cache.delete(key);
      }
    }
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
      const at = lowerBound(list, (e) => compare(e, entry) < 0);
      list.splice(at, 0, entry);
      for (let i = at; i < list.length; i++) (list[i] as Entry).rank[language] = i;
      // Inserting shifts the ranks after it but never the order of the others: cached lists stay sorted.
      const cache = this.ranked.get(language);
      for (const key of cache ? this.keysOf(entry) : []) {
        const ranked = cache?.get(key);
        if (ranked) ranked.splice(lowerBound(ranked, (e) => e.rank[language] < at), 0, entry);
      }
    }
  }

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

  /** The name words starting with any of the readings. */
  private wordsStartingWith(readings: string[]): string[] {
    const out = new Set<string>();
    for (const reading of readings) {
      for (let i = lowerBound(this.words, (w) => w < reading); i < this.words.length; i++) {
        const word = this.words[i] as string;
        if (!word.startsWith(reading)) break;
        out.add(word);
      }
    }
    return [...out];
  }

  /**
   * For each term, the posting keys of its candidates: a name term's words, a digit term's rarest
   * trigram (digit terms of 1–2 digits narrow nothing and are only checked). Trigrams spread evenly
   * over the alphabet, so jumping between several costs more than checking one's clients. Null when
   * a term has no candidate at all.
   */
  private candidateKeys(names: string[][], digits: string[]): string[][] | null {
    const size = (key: string) => this.postings.get(key)?.length ?? 0;
    const sources = names.map((readings) => this.wordsStartingWith(readings));
    for (const d of digits) {
      const trigrams = Array.from({ length: Math.max(0, d.length - trigram + 1) }, (_, i) => digitKey(d.slice(i, i + trigram)));
      if (trigrams.length > 0) sources.push([trigrams.reduce((a, b) => (size(b) < size(a) ? b : a))]);
    }
    return sources.some((keys) => keys.every((key) => size(key) === 0)) ? null : sources;
  }

  /**
   * Adds to `found` the clients matching the terms, alphabetically, skipping those already there: the
   * clients every term's candidates share, in rank order, each checked against the whole query.
   */
  private collect(names: string[][], terms: SearchTerms, language: UiLanguage, limit: number, found: Entry[], seen: Set<Entry>): void {
    const order = this.order(language);
    const sources = this.candidateKeys(names, terms.digits);
    if (sources === null) return;
    const rank = (entry: Entry) => entry.rank[language];
    // Without a narrowing term (1–2 digits) every client is a candidate, and the walk stops early.
    const lists = sources.length === 0 ? [[order]] : sources.map((keys) => keys.map((key) => this.rankedPosting(language, key)));
    const take = (entry: Entry) => {
      if (seen.has(entry) || !matches(entry, names, terms.digits)) return true;
      found.push(entry);
      seen.add(entry);
      return found.length < limit;
    };
    const [only] = lists;
    if (lists.length === 1 && only?.length === 1) {
      // One list (a single word, or a digit trigram): it is the order already.
      for (const entry of only[0] as Entry[]) if (!take(entry)) return;
      return;
    }
    const cursors = lists.sort((a, b) => total(a) - total(b)).map((l) => new RankCursor(l, rank));
    visitCommonRanks(cursors, (r) => take(order[r] as Entry));
  }

  search(query: string, language: UiLanguage, limit: number): ClientSummary[] {
    this.ensureLoaded();
    const terms = parseSearchQuery(query);
    if (terms.names.length === 0 && terms.digits.length === 0) return [];
    this.order(language);
    const found: Entry[] = [];
    const seen = new Set<Entry>();
    const typed = terms.names.map((readings) => readings.slice(0, 1));
    this.collect(typed, terms, language, limit, found, seen);
    if (found.length < limit && terms.names.some((readings) => readings.length > 1)) this.collect(terms.names, terms, language, limit, found, seen);
    return found.map(summary);
  }

  /** Every client passing the filter, in the language's alphabetical order. */
  list(language: UiLanguage, keep: (client: ClientSummary) => boolean): ClientSummary[] {
    this.ensureLoaded();
    return this.order(language).filter(keep).map(summary);
  }
}

const total = (lists: Entry[][]) => lists.reduce((sum, list) => sum + list.length, 0);

function summary(entry: Entry): ClientSummary {
  const { id, firstName, lastName, personalCode, codeCountry, birthDate, phone, status } = entry;
  return { id, firstName, lastName, personalCode, codeCountry, birthDate, phone, status };
}
