import { describe, expect, it } from 'vitest';
import { pageBlocks, rowHeight } from './access-pages';
import type { AccessSection, SectionKey } from './access-sections';

const section = (key: SectionKey, rows: string[][]): AccessSection => ({ key, columns: [{ label: 'A', mm: 40 }, { label: 'B', mm: 20 }], rows });
const rows = (n: number) => Array.from({ length: n }, (_, i) => [`row ${i}`, 'x']);

describe('the access report’s pages', () => {
  it('keeps short sections together and shows an empty one with its title', () => {
    const pages = pageBlocks([section('card', rows(3)), section('codes', []), section('relatives', rows(2))]);
    expect(pages).toHaveLength(1);
    expect(pages[0]?.map((b) => [b.section.key, b.rows.length, b.continued])).toEqual([['card', 3, false], ['codes', 0, false], ['relatives', 2, false]]);
  });

  it('carries a long section over to the next page, marked as continued, without losing a row', () => {
    const pages = pageBlocks([section('card', rows(5)), section('attendance', rows(60))]);
    expect(pages.length).toBeGreaterThan(2);
    const attendance = pages.flat().filter((b) => b.section.key === 'attendance');
    expect(attendance.flatMap((b) => b.rows)).toEqual(rows(60));
    expect(attendance.map((b) => b.continued)).toEqual([false, ...attendance.slice(1).map(() => true)]);
  });

  it('counts wrapped text: a long note takes the room of several rows', () => {
    const s = section('attendance', []);
    expect(rowHeight(s, ['2026-11-02', 'x'])).toBe(4.6);
    expect(rowHeight(s, ['a'.repeat(100), 'x'])).toBeGreaterThan(15);
    const tall = pageBlocks([section('attendance', Array.from({ length: 10 }, () => ['a'.repeat(100), 'x']))]);
    expect(tall.length).toBeGreaterThan(1);
  });
});
