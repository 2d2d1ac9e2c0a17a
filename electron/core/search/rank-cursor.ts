/**
 * A position in the union of several lists, each sorted by rank (a client's place in one language's
 * alphabetical order). `seek(r)` moves every list to its first item ranked r or later (galloping, so
 * a long jump costs a logarithm) and answers the smallest such rank. Ranks do not change while a
 * search runs, so each list's head rank is kept in a typed array instead of read through its item.
 */
export class RankCursor<T> {
  private readonly at: Int32Array;
  private readonly heads: Float64Array;

  constructor(
    private readonly lists: readonly (readonly T[])[],
    private readonly rank: (item: T) => number,
  ) {
    this.at = new Int32Array(lists.length);
    this.heads = new Float64Array(lists.map((list) => (list.length > 0 ? rank(list[0] as T) : Infinity)));
  }

  seek(r: number): number {
    let min = Infinity;
    for (let i = 0; i < this.lists.length; i++) {
      if ((this.heads[i] as number) < r) this.advance(i, r);
      const head = this.heads[i] as number;
      if (head < min) min = head;
    }
    return min;
  }

  private advance(i: number, r: number): void {
    const list = this.lists[i] as readonly T[];
    let lo = (this.at[i] as number) + 1;
    let step = 1;
    // Gallop to a bound, then halve: [lo, hi) holds the first item ranked r or later.
    let hi = lo;
    while (hi < list.length && this.rank(list[hi] as T) < r) {
      lo = hi + 1;
      hi = lo + step;
      step *= 2;
    }
    hi = Math.min(hi, list.length);
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.rank(list[mid] as T) < r) lo = mid + 1;
      else hi = mid;
    }
    this.at[i] = lo;
    this.heads[i] = lo < list.length ? this.rank(list[lo] as T) : Infinity;
  }
}

/**
 * Visits, in rank order, the ranks every cursor holds (a leapfrog intersection: each cursor in turn
 * jumps to the highest rank seen so far), until `visit` returns false or a cursor runs out.
 */
export function visitCommonRanks<T>(cursors: readonly RankCursor<T>[], visit: (rank: number) => boolean): void {
  let r = 0;
  for (;;) {
    let agreeing = 0;
    for (let i = 0; agreeing < cursors.length; i = (i + 1) % cursors.length) {
      const next = (cursors[i] as RankCursor<T>).seek(r);
      if (next === Infinity) return;
      if (next === r) agreeing++;
      else [r, agreeing] = [next, 1];
    }
    if (!visit(r)) return;
    r++;
  }
}
