/**
 * Splits rows into printed pages of a fixed size. Chromium's print does not support `@page` margin
 * boxes, so page numbers cannot come from CSS; laying out pages ourselves gives every page its header,
 * "page x of y" and footer, and a row (a client's name) is never cut between two pages.
 */
export function paginate<T>(rows: readonly T[], perPage: number): T[][] {
  if (perPage < 1) throw new RangeError('perPage must be at least 1');
  const pages: T[][] = [];
  for (let i = 0; i < rows.length; i += perPage) pages.push(rows.slice(i, i + perPage));
  // An empty list still prints one page: the header, an empty grid and the signature lines.
  return pages.length > 0 ? pages : [[]];
}

/**
 * Pages of `perPage` rows, where the last page also carries the closing block (totals, signatures) and
 * so holds at most `lastPage` rows. The signatures stay with at least one row: when the rows left over
 * do not fit beside them, the page before keeps all but one, so no page but the last runs short by more.
 */
export function paginateWithClosing<T>(rows: readonly T[], perPage: number, lastPage: number): T[][] {
  if (perPage < 1) throw new RangeError('perPage must be at least 1');
  const last = Math.min(Math.max(lastPage, 1), perPage);
  const pages: T[][] = [];
  let at = 0;
  while (rows.length - at > last) {
    const take = Math.min(perPage, rows.length - at - 1);
    pages.push(rows.slice(at, at + take));
    at += take;
  }
  pages.push(rows.slice(at));
  return pages;
}
