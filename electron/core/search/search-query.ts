import { queryTerms } from '#shared/domain/search-key';

/**
 * A parsed search: each name term is the readings of one typed word (the first is what was typed,
 * the others what a prefix may still become), matched against the start of a name word (each term
 * a different word); digit terms match any part of a code or phone.
 */
export interface SearchTerms {
  names: string[][];
  digits: string[];
}

const onlyDigitsAndPunctuation = /^[\d\s+()./-]+$/;

/**
 * "010101-10006", "+371 2912 3456" and "2912 3456" are one number each: their digits are joined. In a
 * mixed query ("berz 1204") each word stands alone. Name words lose their Baltic ending the way
 * shared/domain/search-key.ts reads them, so "Ivanovs" and "ivanovas" both look for "ivanov…".
 */
export function parseSearchQuery(query: string): SearchTerms {
  if (onlyDigitsAndPunctuation.test(query)) {
    const digits = query.replace(/\D/g, '');
    return { names: [], digits: digits ? [digits] : [] };
  }
  const names: string[][] = [];
  const digits: string[] = [];
  for (const term of queryTerms(query)) {
    const [first] = term;
    if (term.length === 1 && first !== undefined && /^\d+$/.test(first)) digits.push(first);
    else names.push(term);
  }
  return { names, digits };
}
