/**
 * An exact non-negative fraction `num / den` with BigInt parts (精确分数), used so sample sizes never
 * depend on binary floating-point error (e.g. `0.07 × 100` is exactly 7, not 7.000000000000001).
 */
export interface Fraction {
  /** Numerator, ≥ 0. */
  readonly num: bigint;
  /** Denominator, > 0. */
  readonly den: bigint;
}

const DECIMAL_PATTERN = /^(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/;

/**
 * Reads a finite non-negative number as the exact decimal it prints as (十进制精确值): `0.03` is
 * `3/100`, `1e-7` is `1/10000000`. This is the number a person wrote in a plan or policy, so ratios
 * and multipliers are taken at face value rather than as their nearest binary double.
 *
 * @param value - a finite number ≥ 0 (checked by the caller)
 * @returns the fraction, with a power-of-ten denominator
 *
 * @example
 * ```ts
 * decimalFraction(0.03); //=> { num: 3n, den: 100n }
 * decimalFraction(2); //=> { num: 2n, den: 1n }
 * decimalFraction(1.5e-7); //=> { num: 15n, den: 100000000n }
 * ```
 */
export function decimalFraction(value: number): Fraction {
  const match = DECIMAL_PATTERN.exec(String(value));
  if (match === null) throw new RangeError(`not a finite non-negative number: ${value}`);
  const whole = match[1] as string;
  const decimals = match[2] ?? '';
  const exponent = Number(match[3] ?? '0') - decimals.length;
  const digits = BigInt(whole + decimals);
  return exponent >= 0 ? { num: digits * 10n ** BigInt(exponent), den: 1n } : { num: digits, den: 10n ** BigInt(-exponent) };
}

/**
 * Multiplies two fractions exactly (分数相乘).
 *
 * @param a - first factor
 * @param b - second factor
 * @returns `a × b` (not reduced)
 *
 * @example
 * ```ts
 * multiplyFractions({ num: 3n, den: 100n }, { num: 4n, den: 1n }); //=> { num: 12n, den: 100n }
 * ```
 */
export function multiplyFractions(a: Fraction, b: Fraction): Fraction {
  return { num: a.num * b.num, den: a.den * b.den };
}

/**
 * Ceiling of `num / den` for BigInt `num ≥ 0`, `den > 0` (向上取整除法).
 *
 * @param num - numerator, ≥ 0
 * @param den - denominator, > 0
 * @returns `⌈num / den⌉`
 *
 * @example
 * ```ts
 * ceilDiv(12n, 10n); //=> 2n
 * ceilDiv(30n, 10n); //=> 3n
 * ```
 */
export function ceilDiv(num: bigint, den: bigint): bigint {
  return (num + den - 1n) / den;
}

/**
 * A fraction as the nearest double, for reports (分数的近似值).
 *
 * @param num - numerator
 * @param den - denominator, > 0
 * @returns `num / den` as a number
 *
 * @example
 * ```ts
 * fractionToNumber(6n, 5n); //=> 1.2
 * ```
 */
export function fractionToNumber(num: bigint, den: bigint): number {
  const whole = num / den;
  const rest = num - whole * den;
  // Scale the remainder so the division keeps ~17 significant digits even for huge denominators.
  const scale = 10n ** 18n;
  return Number(whole) + Number((rest * scale) / den) / 1e18;
}
