/**
 * Writes `num / den` as a decimal for Chinese explanations (数值格式化，内部): exact when the
 * denominator is a power of ten, else rounded to 4 decimals; trailing zeros are dropped.
 *
 * @param num - numerator, ≥ 0
 * @param den - denominator, > 0
 * @returns the decimal text
 *
 * @example
 * ```ts
 * formatFraction(12n, 10n); //=> '1.2'
 * formatFraction(15n, 1n); //=> '15'
 * formatFraction(2000n, 1240n); //=> '1.6129'
 * ```
 */
export function formatFraction(num: bigint, den: bigint): string {
  const denText = den.toString();
  if (/^10*$/.test(denText)) {
    const places = denText.length - 1;
    if (places === 0) return num.toString();
    const digits = num.toString().padStart(places + 1, '0');
    const whole = digits.slice(0, digits.length - places);
    const decimals = digits.slice(digits.length - places).replace(/0+$/, '');
    return decimals === '' ? whole : `${whole}.${decimals}`;
  }
  const scaled = (num * 10000n * 2n + den) / (den * 2n);
  return formatFraction(scaled, 10000n);
}

/**
 * Writes a fraction as a percentage (百分比格式化，内部).
 *
 * @param num - numerator, ≥ 0
 * @param den - denominator, > 0
 * @returns e.g. `'1.5%'`
 *
 * @example
 * ```ts
 * formatPercent(3n, 200n); //=> '1.5%'
 * formatPercent(1n, 1n); //=> '100%'
 * ```
 */
export function formatPercent(num: bigint, den: bigint): string {
  return `${formatFraction(num * 100n, den)}%`;
}
