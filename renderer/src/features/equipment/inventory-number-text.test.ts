import { describe, expect, it } from 'vitest';
import { mayBeInventoryNumber } from './inventory-number-text';

describe('text typed in the global search', () => {
  it('asks the core only when it could be an inventory number', () => {
    expect(mayBeInventoryNumber('INV-0041')).toBe(true);
    expect(mayBeInventoryNumber('DC-2021/007')).toBe(true);
    expect(mayBeInventoryNumber('12')).toBe(true);
    expect(mayBeInventoryNumber('Bērziņa')).toBe(false);
    expect(mayBeInventoryNumber('Jānis Bērziņš')).toBe(false);
    expect(mayBeInventoryNumber('Иванова')).toBe(false);
    expect(mayBeInventoryNumber('+371 2000')).toBe(false);
    expect(mayBeInventoryNumber('x'.repeat(29) + '1')).toBe(true);
    expect(mayBeInventoryNumber('x'.repeat(30) + '1')).toBe(false);
  });
});
