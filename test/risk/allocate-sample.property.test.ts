import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PolicySchema, type Policy } from '../../src/policy/index.js';
import { zhejiang2023 } from '../../src/presets/index.js';
import { RISK_CLASSES, allocateSample, type RiskClass, type StratifiedAllocation } from '../../src/risk/index.js';

type PerClass = Record<RiskClass, number>;

const perClass = (arb: fc.Arbitrary<number>): fc.Arbitrary<PerClass> => fc.record({ A: arb, B: arb, C: arb, D: arb });
const counts = perClass(fc.integer({ min: 0, max: 3000 }));
/** Multipliers in hundredths, 0 … 5, zero often. */
const hundredths = perClass(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 500 })));
/** Base ratios in ten-thousandths, (0, 1]. */
const basis = fc.integer({ min: 1, max: 10_000 });
const minimums = perClass(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 50 })));

function policyOf(multipliers: PerClass): Policy {
  return PolicySchema.parse({
    ...zhejiang2023,
    id: 'property',
    riskMultipliers: { A: multipliers.A / 100, B: multipliers.B / 100, C: multipliers.C / 100, D: multipliers.D / 100 },
  });
}

function sum(values: PerClass): number {
  return values.A + values.B + values.C + values.D;
}

describe('allocateSample properties — ratio mode', () => {
  it('equals ⌈min(1, base × multiplier) × count⌉ in integers, within the class, 0 for multiplier 0', () => {
    fc.assert(
      fc.property(counts, hundredths, basis, (poolCounts, multipliers, base) => {
        const allocation = allocateSample({ poolCounts, sampling: { ratio: base / 10_000 } }, policyOf(multipliers)) as StratifiedAllocation;
        for (const riskClass of RISK_CLASSES) {
          // ratio in millionths: base/10⁴ × m/10² = base·m/10⁶, capped at 10⁶
          const ratio = Math.min(base * multipliers[riskClass], 1_000_000);
          const expected = Math.floor((ratio * poolCounts[riskClass] + 999_999) / 1_000_000);
          expect(allocation.sizes[riskClass]).toBe(expected);
          expect(allocation.sizes[riskClass]).toBeLessThanOrEqual(poolCounts[riskClass]);
          if (multipliers[riskClass] === 0) expect(allocation.sizes[riskClass]).toBe(0);
        }
        expect(allocation.total).toBe(sum(allocation.sizes));
      }),
    );
  });

  it('is monotone in the base ratio, per class', () => {
    fc.assert(
      fc.property(counts, hundredths, basis, basis, minimums, (poolCounts, multipliers, x, y, least) => {
        const policy = policyOf(multipliers);
        const low = allocateSample({ poolCounts, sampling: { ratio: Math.min(x, y) / 10_000 }, minimums: least }, policy) as StratifiedAllocation;
        const high = allocateSample({ poolCounts, sampling: { ratio: Math.max(x, y) / 10_000 }, minimums: least }, policy) as StratifiedAllocation;
        for (const riskClass of RISK_CLASSES) expect(low.sizes[riskClass]).toBeLessThanOrEqual(high.sizes[riskClass]);
      }),
    );
  });

  it('is monotone for arbitrary double ratios too', () => {
    const ratio = fc.double({ min: 0, max: 1, noNaN: true }).filter((r) => r > 0);
    fc.assert(
      fc.property(counts, ratio, ratio, (poolCounts, x, y) => {
        const low = allocateSample({ poolCounts, sampling: { ratio: Math.min(x, y) } }, zhejiang2023) as StratifiedAllocation;
        const high = allocateSample({ poolCounts, sampling: { ratio: Math.max(x, y) } }, zhejiang2023) as StratifiedAllocation;
        for (const riskClass of RISK_CLASSES) {
          expect(low.sizes[riskClass]).toBeLessThanOrEqual(high.sizes[riskClass]);
          expect(high.sizes[riskClass]).toBeLessThanOrEqual(poolCounts[riskClass]);
        }
      }),
    );
  });
});

describe('allocateSample properties — total mode', () => {
  const fullCoverage = fc.subarray([...RISK_CLASSES] as RiskClass[]);

  it('adds up exactly, stays within [minimum, class size], gives 0 for multiplier 0, or throws the right code', () => {
    fc.assert(
      fc.property(counts, hundredths, minimums, fullCoverage, fc.double({ min: 0, max: 1, noNaN: true }), (poolCounts, multipliers, least, full, share) => {
        const poolSize = sum(poolCounts);
        const count = Math.floor(share * poolSize);
        // feasibility, computed independently: every class within [lo, hi]
        let lo = 0;
        let hi = 0;
        for (const riskClass of RISK_CLASSES) {
          const n = poolCounts[riskClass];
          if (full.includes(riskClass)) {
            lo += n;
            hi += n;
          } else {
            lo += Math.min(least[riskClass], n);
            hi += multipliers[riskClass] === 0 ? Math.min(least[riskClass], n) : n;
          }
        }
        const run = () => allocateSample({ poolCounts, sampling: { count }, minimums: least, fullCoverage: full }, policyOf(multipliers)) as StratifiedAllocation;
        if (count < lo) {
          expect(run).toThrow(expect.objectContaining({ code: 'INVALID_ALLOCATION' }));
          return;
        }
        if (count > hi) {
          expect(run).toThrow(expect.objectContaining({ code: 'SAMPLE_TOO_LARGE' }));
          return;
        }
        const allocation = run();
        expect(sum(allocation.sizes)).toBe(count);
        expect(allocation.total).toBe(count);
        for (const riskClass of RISK_CLASSES) {
          const size = allocation.sizes[riskClass];
          const n = poolCounts[riskClass];
          const step = allocation.steps.classes[riskClass];
          expect(size).toBeLessThanOrEqual(n);
          if (full.includes(riskClass)) expect(size).toBe(n);
          else {
            expect(size).toBeGreaterThanOrEqual(Math.min(least[riskClass], n));
            if (multipliers[riskClass] === 0) expect(size).toBe(Math.min(least[riskClass], n));
          }
          // The reason follows from the input: a check below cannot be skipped by a changed reason.
          const lowest = Math.min(least[riskClass], n);
          if (n === 0) expect(step.reason).toBe('empty');
          else if (full.includes(riskClass)) expect(step.reason).toBe('full-coverage');
          else if (multipliers[riskClass] === 0) expect(step.reason).toBe(lowest > 0 ? 'minimum' : 'zero-rate');
          else expect(['proportional', 'class-size', 'minimum']).toContain(step.reason);
          if (step.reason === 'class-size') expect(size).toBe(n);
          if (step.reason === 'minimum') expect(size).toBe(lowest);
          // quota rule of largest remainder: a proportional share is its quota rounded down or up
          if (step.reason === 'proportional') expect(Math.abs(size - step.quota)).toBeLessThan(1 + 1e-9);
          expect(step.size).toBe(size);
        }
        // water-filling: one level λ gives every proportional class its quota λ·weight; a class
        // fixed at its size would get more at that level, one fixed at its minimum would get less
        const proportional = RISK_CLASSES.map((c) => allocation.steps.classes[c]).filter((step) => step.reason === 'proportional' && (step.weight ?? 0) > 0);
        const first = proportional[0];
        if (first !== undefined) {
          const level = first.quota / (first.weight ?? 1);
          for (const riskClass of RISK_CLASSES) {
            const step = allocation.steps.classes[riskClass];
            const atLevel = level * (step.weight ?? 0);
            if (step.reason === 'proportional') expect(Math.abs(step.quota - atLevel)).toBeLessThan(1e-6 * (1 + atLevel));
            if (step.reason === 'class-size') expect(atLevel).toBeGreaterThanOrEqual(step.size - 1e-6);
            if (step.reason === 'minimum' && (step.weight ?? 0) > 0) expect(atLevel).toBeLessThanOrEqual(step.size + 1e-6);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('without bounds, each size is ⌊quota⌋ or ⌈quota⌉ of count × weight / Σweight', () => {
    fc.assert(
      fc.property(counts, fc.double({ min: 0, max: 1, noNaN: true }), (poolCounts, share) => {
        // zhejiang2023 weights in halves: A n/2, B n, C 2n, D 4n → ×2 to integers
        const weights = { A: poolCounts.A, B: 2 * poolCounts.B, C: 4 * poolCounts.C, D: 8 * poolCounts.D };
        const total = sum(weights);
        const count = Math.floor(share * sum(poolCounts));
        fc.pre(total > 0);
        const allocation = allocateSample({ poolCounts, sampling: { count } }, zhejiang2023) as StratifiedAllocation;
        // only when no class hit its size (then the quotas are those of the first round)
        fc.pre(RISK_CLASSES.every((riskClass) => allocation.steps.classes[riskClass].reason !== 'class-size'));
        for (const riskClass of RISK_CLASSES) {
          if (allocation.steps.classes[riskClass].reason !== 'proportional') continue;
          const exact = (count * weights[riskClass]) / total;
          expect(allocation.sizes[riskClass]).toBeGreaterThanOrEqual(Math.floor(exact - 1e-9));
          expect(allocation.sizes[riskClass]).toBeLessThanOrEqual(Math.ceil(exact + 1e-9));
        }
        expect(sum(allocation.sizes)).toBe(count);
      }),
    );
  });
});
