import { searchTokens, stem } from '#shared/domain/search-key';

/** A parsed search: name terms match the start of a name word, digit terms any part of a code or phone. */
export interface SearchTerms {
  names: string[];
  digits: string[];
}

const onlyDigitsAndPunctuation = /^[\d\s+()./-]+$/;

/**
 * "010101-10006", "+371 2912 3456" and "2912 3456" are one number each: their digits are joined. In a
 * mixed query ("berz 1204") each word stands alone. Name words are stemmed the way stored keys are,
 * so "Ivanovs" and "ivanovas" both look for "ivanov…".
 */
export function parseSearchQuery(query: string): SearchTerms {
  if (onlyDigitsAndPunctuation.test(query)) {
    const digits = query.replace(/\D/g, '');
    return { names: [], digits: digits ? [digits] : [] };
  }
  const names: string[] = [];
  const digits: string[] = [];
  for (const token of searchTokens(query)) {
    if (/^\d+$/.test(token)) digits.push(token);
    else names.push(stem(token));
  }
  return { names: [...new Set(names)], digits: [...new Set(digits)] };
}
