import { describe, expect, it } from 'vitest';
import { paginate, paginateWithClosing } from './paginate';

const numbers = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
const sizes = (pages: unknown[][]) => pages.map((p) => p.length);

describe('paginate', () => {
  it('fills pages in order and keeps one empty page for an empty list', () => {
    expect(paginate([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(paginate([1, 2], 2)).toEqual([[1, 2]]);
    expect(paginate([], 18)).toEqual([[]]);
    expect(() => paginate([1], 0)).toThrow(RangeError);
  });
});

describe('paginateWithClosing', () => {
  it('fills every page but the last, which keeps room for the closing block', () => {
    expect(sizes(paginateWithClosing(numbers(60), 26, 20))).toEqual([26, 26, 8]);
    expect(sizes(paginateWithClosing(numbers(46), 26, 20))).toEqual([26, 20]);
    expect(sizes(paginateWithClosing(numbers(20), 26, 20))).toEqual([20]);
    expect(paginateWithClosing(numbers(60), 26, 20).flat()).toEqual(numbers(60));
  });

  it('never leaves the signatures alone on a page: the page before gives up a row', () => {
    expect(sizes(paginateWithClosing(numbers(26), 26, 20))).toEqual([25, 1]);
    expect(sizes(paginateWithClosing(numbers(52), 26, 20))).toEqual([26, 25, 1]);
    expect(sizes(paginateWithClosing(numbers(1), 26, 0))).toEqual([1]);
    expect(paginateWithClosing([], 26, 20)).toEqual([[]]);
    expect(() => paginateWithClosing([1], 0, 1)).toThrow(RangeError);
  });
});
