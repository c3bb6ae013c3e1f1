const TWO_32 = 0x100000000;
/** Additions allowed between carries: 2^20 · 2^32 < 2^53. */
const CARRY_EVERY = 1 << 20;

/**
 * Running sum of 256-bit digests modulo 2^256 (摘要累加，内部): eight 32-bit limbs held in
 * doubles, carried lazily every 2^20 additions, so one addition is eight float adds.
 *
 * @example
 * ```ts
 * const sum = new DigestSum();
 * sum.add(new Int32Array([0, 0, 0, 0, 0, 0, 0, -1]), 0);
 * sum.add(new Int32Array([0, 0, 0, 0, 0, 0, 0, 1]), 0);
 * sum.hex(); //=> '0'.repeat(55) + '100000000'
 * ```
 */
export class DigestSum {
  private readonly limbs = new Float64Array(8);
  private pending = 0;

  /**
   * Adds one digest.
   *
   * @param digest - eight words, most significant first
   * @param offset - index of the first word
   */
  add(digest: ArrayLike<number>, offset: number): void {
    const limbs = this.limbs;
    for (let i = 0; i < 8; i++) limbs[i] = limbs[i]! + (digest[offset + i]! >>> 0);
    if (++this.pending >= CARRY_EVERY) this.carry();
  }

  /**
   * Adds another sum (merging partitions).
   *
   * @param other - the sum to add
   */
  addSum(other: DigestSum): void {
    other.carry();
    this.carry();
    for (let i = 0; i < 8; i++) this.limbs[i] = this.limbs[i]! + other.limbs[i]!;
    this.carry();
  }

  /**
   * Adds a digest given as 64 hex digits.
   *
   * @param hex - the digest
   */
  addHex(hex: string): void {
    this.carry();
    for (let i = 0; i < 8; i++) this.limbs[i] = this.limbs[i]! + parseInt(hex.slice(i * 8, i * 8 + 8), 16);
    this.carry();
  }

  /**
   * The sum as 64 lowercase hex digits.
   *
   * @returns the hex digest
   */
  hex(): string {
    this.carry();
    let text = '';
    for (let i = 0; i < 8; i++) text += this.limbs[i]!.toString(16).padStart(8, '0');
    return text;
  }

  /**
   * Writes the sum as eight words, most significant first (for a binary state).
   *
   * @param out - receives the words
   * @param offset - index of the first word
   */
  writeWords(out: Int32Array, offset: number): void {
    this.carry();
    for (let i = 0; i < 8; i++) out[offset + i] = this.limbs[i]! | 0;
  }

  private carry(): void {
    const limbs = this.limbs;
    let carry = 0;
    for (let i = 7; i >= 0; i--) {
      const value = limbs[i]! + carry;
      carry = Math.floor(value / TWO_32);
      limbs[i] = value - carry * TWO_32;
    }
    this.pending = 0;
  }
}
