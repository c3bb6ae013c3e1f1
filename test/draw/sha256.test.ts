import { createHash } from 'node:crypto';
import { sha256 } from '@noble/hashes/sha256';
import { bytesToHex } from '@noble/hashes/utils';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IdHasher } from '../../src/draw/_internal/id-hasher.js';
import { seedMidstate } from '../../src/draw/_internal/seed-midstate.js';
import { SHA256_IV } from '../../src/draw/_internal/sha256-compress.js';
import { sha256Hex, wordsToHex } from '../../src/draw/sha256.js';
import { encodeUtf8Into, isWellFormedText } from '../../src/draw/_internal/utf8.js';

/** Valid-Unicode strings of every width: ASCII, 2-, 3- and 4-byte UTF-8, long enough for 2+ blocks. */
const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 150 }),
  fc.string({ maxLength: 300 }),
);

describe('own SHA-256', () => {
  it('matches node:crypto and @noble/hashes on known values', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    for (const n of [55, 56, 63, 64, 65, 119, 120, 1000]) {
      const s = 'é'.repeat(n);
      expect(sha256Hex(s)).toBe(createHash('sha256').update(s, 'utf8').digest('hex'));
    }
  });

  it('matches both on random strings, multi-byte UTF-8 and multi-block lengths included', () => {
    fc.assert(
      fc.property(text, (s) => {
        fc.pre(isWellFormedText(s));
        const hex = sha256Hex(s);
        expect(hex).toBe(createHash('sha256').update(s, 'utf8').digest('hex'));
        expect(hex).toBe(bytesToHex(sha256(new TextEncoder().encode(s))));
      }),
      { numRuns: 1500 },
    );
  });

  it('the midstate path equals hashing sha256_hex(seed) + id from scratch', () => {
    const hasher = new IdHasher();
    const out = new Int32Array(8);
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 20 }), text, (seed, id) => {
        fc.pre(isWellFormedText(seed) && isWellFormedText(id));
        expect(hasher.load(id)).toBe(true);
        hasher.hashAfter(seedMidstate(seed), 64, out);
        const expected = createHash('sha256').update(sha256Hex(seed) + id, 'utf8').digest('hex');
        expect(wordsToHex(out)).toBe(expected);
        // the same loaded bytes also give the plain digest (pool digest path)
        hasher.hashAfter(SHA256_IV, 0, out);
        expect(wordsToHex(out)).toBe(createHash('sha256').update(id, 'utf8').digest('hex'));
      }),
      { numRuns: 800 },
    );
  });

  it('encodes UTF-8 like TextEncoder and refuses lone surrogates as Python does', () => {
    const buffer = new Uint8Array(4096);
    fc.assert(
      fc.property(text, (s) => {
        fc.pre(isWellFormedText(s));
        const n = encodeUtf8Into(s, buffer, 0);
        expect([...buffer.subarray(0, n)]).toEqual([...new TextEncoder().encode(s)]);
      }),
      { numRuns: 500 },
    );
    expect(encodeUtf8Into('a\ud800', buffer, 0)).toBe(-1);
    expect(encodeUtf8Into('\udc00b', buffer, 0)).toBe(-1);
    expect(() => sha256Hex('\ud800')).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});
