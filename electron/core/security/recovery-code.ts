import { randomInt } from 'node:crypto';

// Crockford's base32 without I, L, O and U: nothing to misread when copying from paper.
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const groups = 4;
const groupLength = 5;

/** 20 random symbols of 32 (100 bits), written as `XXXXX-XXXXX-XXXXX-XXXXX`: far beyond guessing. */
export function newRecoveryCode(): string {
  const symbols = Array.from({ length: groups * groupLength }, () => alphabet[randomInt(alphabet.length)]).join('');
  return (symbols.match(new RegExp(`.{${groupLength}}`, 'g')) ?? []).join('-');
}

/** What is hashed and compared: case, spaces and dashes as typed do not matter, nor O for 0 or I/L for 1. */
export function normaliseRecoveryCode(typed: string): string {
  return typed
    .toUpperCase()
    .replace(/[^0-9A-Z]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
}
