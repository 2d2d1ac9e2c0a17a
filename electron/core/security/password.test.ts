import { describe, expect, it } from 'vitest';
import { hashSecret, verifySecret } from './password';

describe('password hashing', () => {
  it('verifies the right password, refuses a wrong one, and salts every hash', async () => {
    const a = await hashSecret('Rīta kafija 2026');
    const b = await hashSecret('Rīta kafija 2026');
    expect(a).not.toBe(b);
    expect(a).not.toContain('kafija');
    expect(await verifySecret('Rīta kafija 2026', a)).toBe(true);
    expect(await verifySecret('rīta kafija 2026', a)).toBe(false);
  });

  it('treats composed and decomposed diacritics as the same password', async () => {
    const hash = await hashSecret('Bērziņš-parole');
    expect(await verifySecret('Bērziņš-parole'.normalize('NFD'), hash)).toBe(true);
  });

  it('refuses malformed stored hashes instead of throwing', async () => {
    expect(await verifySecret('x', 'plain-text')).toBe(false);
    expect(await verifySecret('x', 'scrypt$1$2$3')).toBe(false);
  });
});
