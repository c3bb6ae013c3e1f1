import type { RiskClass } from '../core/risk-class.js';

/** One class's share in {@link largestRemainder}: its integer weight. */
export interface WeightedClass {
  readonly riskClass: RiskClass;
  /** Integer weight, ≥ 0. */
  readonly weight: bigint;
}

/** One class's result of {@link largestRemainder}. */
export interface RemainderShare {
  readonly riskClass: RiskClass;
  /** Exact quota numerator: quota = `quotaNum / denominator`. */
  readonly quotaNum: bigint;
  /** Common denominator of the quotas (the sum of the weights). */
  readonly denominator: bigint;
  /** ⌊quota⌋. */
  readonly floor: number;
  /** Whether the class received one of the leftover units. */
  readonly bonus: boolean;
  /** Final size, `floor + (bonus ? 1 : 0)`. */
  readonly size: number;
}

/**
 * Apportions `total` units over classes in proportion to integer weights by the largest-remainder
 * (Hamilton) method, exactly (最大余数法): each class gets ⌊total × weight / Σweight⌋, and the units
 * left go one each to the classes with the largest remainders. Equal remainders are broken by risk:
 * the higher-risk class first (D, C, B, A). The sizes add up to `total` exactly.
 *
 * @param total - units to apportion, ≥ 0
 * @param classes - the classes and their weights; the weights must not all be 0 when `total > 0`
 * @returns one share per class, in input order
 *
 * @example
 * ```ts
 * // quotas 10 × 1/3 each = 3.33…: floors 3 + 3 + 3, one unit left, tie → the higher risk (C)
 * largestRemainder(10, [{ riskClass: 'A', weight: 1n }, { riskClass: 'B', weight: 1n }, { riskClass: 'C', weight: 1n }])
 *   .map((share) => share.size); //=> [3, 3, 4]
 * ```
 */
export function largestRemainder(total: number, classes: readonly WeightedClass[]): RemainderShare[] {
  const denominator = classes.reduce((sum, entry) => sum + entry.weight, 0n);
  if (denominator === 0n) {
    return classes.map((entry) => ({ riskClass: entry.riskClass, quotaNum: 0n, denominator: 1n, floor: 0, bonus: false, size: 0 }));
  }
  const units = BigInt(total);
  const raw = classes.map((entry) => {
    const quotaNum = units * entry.weight;
    return { riskClass: entry.riskClass, quotaNum, floor: quotaNum / denominator, remainder: quotaNum % denominator };
  });
  let left = total - raw.reduce((sum, entry) => sum + Number(entry.floor), 0);
  // Larger remainder first; on a tie the higher risk class (D before A). Each class appears once,
  // so two entries never share a class and the tie-break needs no "equal" case.
  const order = [...raw].sort((a, b) => {
    if (a.remainder !== b.remainder) return a.remainder > b.remainder ? -1 : 1;
    // Stryker disable next-line EqualityOperator: the classes are distinct, so > and >= agree here
    return a.riskClass > b.riskClass ? -1 : 1;
  });
  const bonus = new Set<RiskClass>();
  for (const entry of order) {
    if (left <= 0) break;
    bonus.add(entry.riskClass);
    left -= 1;
  }
  return raw.map((entry) => {
    const floor = Number(entry.floor);
    const gets = bonus.has(entry.riskClass);
    return { riskClass: entry.riskClass, quotaNum: entry.quotaNum, denominator, floor, bonus: gets, size: floor + (gets ? 1 : 0) };
  });
}
