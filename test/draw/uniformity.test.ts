import { describe, expect, it } from 'vitest';
import { sampleIds } from '../../src/draw/index.js';

/** χ²(19) upper 0.001 quantile. */
const CHI2_19_P001 = 43.82;

function chiSquare(counts: number[], expected: number): number {
  return counts.reduce((sum, observed) => sum + (observed - expected) ** 2 / expected, 0);
}

describe('uniformity over seeds (deterministic seeds seed-0 … seed-3999)', () => {
  const ids = Array.from({ length: 20 }, (_, i) => `S${String(i).padStart(2, '0')}`);
  const selectedCounts = new Array<number>(20).fill(0);
  const firstCounts = new Array<number>(20).fill(0);
  for (let s = 0; s < 4000; s++) {
    const drawn = sampleIds(ids, `seed-${s}`, { take: 5 });
    for (const id of drawn) selectedCounts[Number(id.slice(1))]!++;
    firstCounts[Number(drawn[0]!.slice(1))]!++;
  }

  it('each of 20 ids is selected about 4000 · 5/20 = 1000 times (χ² < 43.82, df 19, p = 0.001)', () => {
    expect(selectedCounts.reduce((a, b) => a + b, 0)).toBe(20000);
    expect(chiSquare(selectedCounts, 1000)).toBeLessThan(CHI2_19_P001);
  });

  it('each id is drawn first about 4000/20 = 200 times (χ² < 43.82)', () => {
    expect(chiSquare(firstCounts, 200)).toBeLessThan(CHI2_19_P001);
  });
});
