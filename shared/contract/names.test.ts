import { describe, expect, it } from 'vitest';
import { contract } from './index';
import { eventContract } from './events';
import { recoveryContract } from './recovery';
import { eventNameList, isCallableName, isListedEventName, methodNameList, recoveryMethodNameList } from './names';

const sorted = (names: readonly string[]) => [...names].sort();

describe('the preload name lists', () => {
  it('list exactly the contract methods, events and recovery methods', () => {
    expect(sorted(methodNameList)).toEqual(sorted(Object.keys(contract)));
    expect(sorted(eventNameList)).toEqual(sorted(Object.keys(eventContract)));
    expect(sorted(recoveryMethodNameList)).toEqual(sorted(Object.keys(recoveryContract)));
    // A name listed twice would hide a missing one behind the same length.
    expect(new Set(methodNameList).size).toBe(methodNameList.length);
  });

  it('refuse what is not listed, including inherited object keys', () => {
    expect(isCallableName('clients.search')).toBe(true);
    expect(isCallableName('recovery.retry')).toBe(true);
    expect(isListedEventName('attendance.changed')).toBe(true);
    for (const name of ['toString', '__proto__', 'clients.drop', 'attendance.changed', 42, null]) expect(isCallableName(name)).toBe(false);
    expect(isListedEventName('clients.search')).toBe(false);
  });
});
