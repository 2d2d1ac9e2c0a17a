import { describe, expect, it } from 'vitest';
import { retryUnlessFinal } from './retry-policy';

const refusal = (kind: string) => Object.assign(new Error(kind), { error: { kind, code: kind, message: kind } });

describe('retryUnlessFinal', () => {
  it('never asks again after a refusal that asking again cannot change', () => {
    for (const kind of ['forbidden', 'unauthenticated', 'validation', 'not-found']) expect(retryUnlessFinal(0, refusal(kind)), kind).toBe(false);
  });

  it('retries failures (the core unreachable, a crash, a conflict) up to three times', () => {
    for (const error of [refusal('internal'), refusal('conflict'), new TypeError('fetch failed')]) {
      expect(retryUnlessFinal(0, error)).toBe(true);
      expect(retryUnlessFinal(2, error)).toBe(true);
      expect(retryUnlessFinal(3, error)).toBe(false);
    }
  });
});
