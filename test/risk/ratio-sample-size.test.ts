import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ratioSampleSize } from '../../src/risk/index.js';
import { decimalFraction } from '../../src/risk/decimal-fraction.js';
import { formatFraction, formatPercent } from '../../src/risk/format-quantity.js';

describe('ratioSampleSize', () => {
  it('is exact on the decimal as written', () => {
    // The trap: 0.07 * 100 === 7.000000000000001 in doubles, whose ceiling is 8; the library reads 7/100.
    expect(ratioSampleSize(0.07, 100)).toBe(7);
    expect(ratioSampleSize(0.3, 10)).toBe(3); // 3/10 × 10 = 3, although 0.1 * 3 * 10 > 3 in doubles
    // A ratio written 0.30000000000000004 (what 0.1 * 3 gives) is read as that decimal: 3.0000000000000004 → 4.
    expect(ratioSampleSize(0.30000000000000004, 10)).toBe(4);
    expect(ratioSampleSize(0.07, 101)).toBe(8); // 7.07 → 8
    expect(ratioSampleSize(0.03, 100)).toBe(3); // 3/100 × 100 = 3
    expect(ratioSampleSize(0.03, 101)).toBe(4); // 3.03 → 4
    expect(ratioSampleSize(0.07, 100)).toBe(7); // 7/100 × 100 = 7
    expect(ratioSampleSize(0.14, 100)).toBe(14); // 0.14 * 100 === 14.000000000000002 in doubles
    expect(ratioSampleSize(0.29, 100)).toBe(29); // 0.29 * 100 === 28.999999999999996 in doubles
    expect(ratioSampleSize(0.12, 10)).toBe(2); // 1.2 → 2
    expect(ratioSampleSize(1, 7)).toBe(7);
    expect(ratioSampleSize(0, 7)).toBe(0);
    expect(ratioSampleSize(0.5, 0)).toBe(0);
    expect(ratioSampleSize(1e-7, 10_000_000)).toBe(1);
    expect(ratioSampleSize(1.5e-7, 10_000_000)).toBe(2); // 1.5 → 2
  });

  it('never exceeds the pool and equals ceil(k/100 × n) for percent ratios', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 1_000_000 }), (percent, n) => {
        const size = ratioSampleSize(percent / 100, n);
        expect(size).toBe(Math.floor((percent * n + 99) / 100)); // integer ceil(percent·n/100)
        expect(size).toBeLessThanOrEqual(n);
      }),
    );
  });

  it('rejects bad ratios and pool sizes', () => {
    for (const ratio of [1.01, -0.1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => ratioSampleSize(ratio, 10)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path: ['ratio'] }));
    }
    for (const size of [-1, 1.5, Number.NaN]) {
      expect(() => ratioSampleSize(0.1, size)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path: ['poolSize'] }));
    }
  });
});

describe('decimal helpers', () => {
  it('reads numbers as their printed decimals', () => {
    expect(decimalFraction(0.03)).toEqual({ num: 3n, den: 100n });
    expect(decimalFraction(2)).toEqual({ num: 2n, den: 1n });
    expect(decimalFraction(1.5e-7)).toEqual({ num: 15n, den: 100_000_000n });
    expect(decimalFraction(1e21)).toEqual({ num: 10n ** 21n, den: 1n });
  });

  it('formats fractions', () => {
    expect(formatFraction(12n, 10n)).toBe('1.2');
    expect(formatFraction(15n, 1n)).toBe('15');
    expect(formatFraction(5n, 1000n)).toBe('0.005');
    expect(formatFraction(2000n, 1240n)).toBe('1.6129'); // 50 × 40 / 1240 = 1.61290…
    expect(formatPercent(3n, 200n)).toBe('1.5%');
    expect(formatPercent(1n, 1n)).toBe('100%');
  });
});
