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
