/**
 * The binary sampler state (`stateBytes()`, merged by `merge`): same result as the JSON state and as
 * one sampler over the whole pool, and hostile bytes refused with a ShuangsuijiError.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCanonicalSubjectId } from '../../src/directory/index.js';
import { createSampler, isShuangsuijiError, type Sampler } from '../../src/index.js';
import { decodeUtf8, encodeUtf8Into } from '../../src/draw/_internal/utf8.js';

const STRATA = ['A', 'B', 'C', '层'] as const;
const idArb = fc.string({ minLength: 1, maxLength: 10, unit: fc.constantFrom('a', 'b', '0', '1', '市', 'é', '😀', '-') }).filter((s) => isCanonicalSubjectId(s));
/** Items with repeats (drawn from a small set of ids) over several strata. */
const poolArb = fc
  .array(fc.record({ id: idArb, stratum: fc.constantFrom(...STRATA) }), { maxLength: 60 })
  .chain((items) => fc.tuple(fc.constant(items), fc.array(fc.nat(items.length), { maxLength: 8 })))
  .map(([items, repeats]) => [...items, ...repeats.filter((r) => r < items.length).map((r) => items[r]!)]);

const outcome = (sampler: Sampler): unknown => {
  try {
    return sampler.result();
  } catch (error) {
    if (!isShuangsuijiError(error)) throw error;
    return { code: error.code };
  }
};

describe('binary sampler state', () => {
  it('merging binary states over a random partition equals merging JSON states and one sampler over the whole', () => {
    fc.assert(
      fc.property(
        poolArb,
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.nat(), { maxLength: 80 }),
        fc.record({ A: fc.nat(4), B: fc.nat(4), C: fc.nat(4), 层: fc.nat(4) }),
        fc.nat(2),
        fc.boolean(),
        fc.array(idArb, { maxLength: 3 }),
        (pool, parts, cuts, sizes, reserve, digests, exclude) => {
          const options = { seed: 'bytes-seed/T1', sizes, reserve, poolDigest: digests, exclude };
          const whole = createSampler(options);
          whole.addMany(pool);
          const pieces = Array.from({ length: parts }, () => createSampler(options));
          pool.forEach((item, i) => pieces[(cuts[i] ?? i) % parts]!.add(item.id, item.stratum));
          const viaBytes = createSampler(options);
          const viaJson = createSampler(options);
          for (const piece of pieces) {
            const bytes = piece.stateBytes();
            expect(bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength).toBe(true);
            viaBytes.merge(new Uint8Array(bytes)); // a copy, as a transfer gives
            viaJson.merge(JSON.parse(JSON.stringify(piece.state())));
          }
          const expected = outcome(whole);
          expect(outcome(viaBytes)).toEqual(expected);
          expect(outcome(viaJson)).toEqual(expected);
          // a merged sampler's state round-trips too (binary of a merge of binaries)
          const again = createSampler(options);
          again.merge(viaBytes.stateBytes());
          expect(outcome(again)).toEqual(expected);
          expect(again.state()).toEqual(viaJson.state());
        },
      ),
      { numRuns: 200 },
    );
  });

  it('refuses a state of another draw with ACCUMULATOR_MISMATCH and the differing field', () => {
    const worker = createSampler({ seed: 's/T1', sizes: { A: 1, B: 2 }, reserve: 1 });
    worker.addMany([{ id: 'x', stratum: 'A' }, { id: 'y', stratum: 'B' }]);
    const bytes = worker.stateBytes();
    const cases: [Parameters<typeof createSampler>[0], string][] = [
      [{ seed: 's/T2', sizes: { A: 1, B: 2 }, reserve: 1 }, 'seed'],
      [{ seed: 's/T1', sizes: { A: 1, B: 3 }, reserve: 1 }, 'sizes'],
      [{ seed: 's/T1', sizes: { A: 1, C: 2 }, reserve: 1 }, 'sizes'],
      [{ seed: 's/T1', sizes: { A: 1 }, reserve: 1 }, 'sizes'],
      [{ seed: 's/T1', sizes: { A: 1, B: 2 }, reserve: 0 }, 'reserve'],
      [{ seed: 's/T1', sizes: { A: 1, B: 2 }, reserve: 1, exclude: ['z'] }, 'exclude'],
      [{ seed: 's/T1', sizes: { A: 1, B: 2 }, reserve: 1, poolDigest: false }, 'poolDigest'],
    ];
    for (const [options, field] of cases) {
      const driver = createSampler(options);
      expect(() => driver.merge(bytes)).toThrow(expect.objectContaining({ code: 'ACCUMULATOR_MISMATCH', path: [field] }));
    }
  });

  it('refuses truncated, extended, wrong-version and corrupted bytes with INVALID_INPUT, leaving the sampler untouched', () => {
    const options = { seed: 's', sizes: { A: 2, B: 1 }, reserve: 1 };
    const worker = createSampler(options);
    worker.addMany(['a1', 'a2', 'a3', '市'].map((id) => ({ id, stratum: 'A' })));
    worker.add('b1', 'B');
    const bytes = worker.stateBytes();
    const refused = (input: Uint8Array, code = 'INVALID_INPUT') => {
      const driver = createSampler(options);
      expect(() => driver.merge(input)).toThrow(expect.objectContaining({ code }));
      expect(driver.state()).toEqual(createSampler(options).state());
    };
    for (let length = 0; length < bytes.length; length++) refused(bytes.slice(0, length));
    refused(new Uint8Array([...bytes, 0]));
    const version = bytes.slice();
    version[4] = 2;
    refused(version);
    const driver = createSampler(options);
    expect(() => driver.merge(version)).toThrow(expect.objectContaining({ details: { offset: 4, version: 2, supported: 1 } }));
    const magic = bytes.slice();
    magic[0] = 0x7b; // '{'
    refused(magic);
    const flags = bytes.slice();
    flags[5] = 3;
    refused(flags);
    const lengthField = bytes.slice();
    new DataView(lengthField.buffer).setUint32(8, bytes.length - 1);
    refused(lengthField);
  });

  it('every byte flip or random buffer gives a result or a ShuangsuijiError, never a crash', () => {
    const options = { seed: 's', sizes: { A: 2, B: 1 }, reserve: 1 };
    const worker = createSampler(options);
    worker.addMany(['a1', 'a2', 'a3', '市'].map((id) => ({ id, stratum: 'A' })));
    worker.add('b1', 'B');
    const bytes = worker.stateBytes();
    const tryMerge = (input: Uint8Array) => {
      const driver = createSampler(options);
      try {
        driver.merge(input);
        driver.result();
      } catch (error) {
        expect(isShuangsuijiError(error), String(error)).toBe(true);
      }
    };
    for (let at = 0; at < bytes.length; at++) {
      for (const value of [0, 1, 0x7f, 0x80, 0xff, bytes[at]! ^ 0x10]) {
        const copy = bytes.slice();
        copy[at] = value;
        tryMerge(copy);
      }
    }
    fc.assert(fc.property(fc.uint8Array({ maxLength: 200 }), fc.nat(), (random, keep) => {
      tryMerge(random);
      tryMerge(new Uint8Array([...bytes.subarray(0, keep % bytes.length), ...random]));
    }), { numRuns: 300 });
  });

  it('reads a state out of a larger or shared buffer', () => {
    const worker = createSampler({ seed: 's', size: 2 });
    worker.addMany(['x', 'y', 'z']);
    const bytes = worker.stateBytes();
    const shared = new Uint8Array(new SharedArrayBuffer(bytes.length + 16));
    shared.set(bytes, 7);
    const driver = createSampler({ seed: 's', size: 2 });
    driver.merge(shared.subarray(7, 7 + bytes.length));
    expect(driver.result()).toEqual(worker.result());
  });

  it('a JSON state with an id holding a lone surrogate is refused (no added id can hold one)', () => {
    const worker = createSampler({ seed: 's', size: 1 });
    worker.add('x');
    const state = worker.state();
    const bad = { ...state, strata: { '*': { ...state.strata['*']!, retained: [['\ud800', state.strata['*']!.retained[0]![1]]] } } };
    expect(() => createSampler({ seed: 's', size: 1 }).merge(bad as never)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path: ['strata', '*', 'retained', 0, 0] }));
  });
});

describe('strict UTF-8 decoding', () => {
  it('round-trips every well-formed string and refuses what no encoder writes', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (text) => {
      const buffer = new Uint8Array(text.length * 3);
      const length = encodeUtf8Into(text, buffer, 0);
      expect(decodeUtf8(buffer, 0, length)).toBe(text);
    }));
    const long = 'x'.repeat(10_000) + '市';
    const buffer = new Uint8Array(long.length * 3);
    expect(decodeUtf8(buffer, 0, encodeUtf8Into(long, buffer, 0))).toBe(long);
    for (const bad of [[0x80], [0xc0, 0x80], [0xc2], [0xe0, 0x80, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xf8, 0x80, 0x80, 0x80], [0xe5, 0xb8]]) {
      expect(decodeUtf8(new Uint8Array(bad), 0, bad.length)).toBeNull();
    }
  });
});

describe('binary sampler state, odd inputs', () => {
  it('a Proxy of the bytes is not a state (INVALID_INPUT), and other typed arrays are refused', () => {
    const worker = createSampler({ seed: 's', size: 1 });
    worker.add('x');
    const bytes = worker.stateBytes();
    const driver = createSampler({ seed: 's', size: 1 });
    expect(() => driver.merge(new Proxy(bytes, {}))).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => driver.merge(new Uint16Array(bytes.buffer, 0, bytes.length >> 1) as never)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => driver.merge(bytes.buffer as never)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});
