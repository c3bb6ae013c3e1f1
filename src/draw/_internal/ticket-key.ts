/** 5^11: 10^11 = 2^11 · 5^11. */
const FIVE_11 = 48828125;
/** (5^11)^-1 mod 2^11. */
const FIVE_11_INVERSE = 373;
/** 2^(16k) mod 5^11 for k = 0…15. */
const CHUNK_RESIDUES = /* @__PURE__ */ new Float64Array(16);
/** 4-digit and 3-digit reversal tables: REV4[1234] = 4321, REV3[120] = 21. */
const REV4 = /* @__PURE__ */ new Uint16Array(10000);
const REV3 = /* @__PURE__ */ new Uint16Array(1000);

CHUNK_RESIDUES[0] = 1;
for (let k = 1; k < 16; k++) CHUNK_RESIDUES[k] = (CHUNK_RESIDUES[k - 1]! * 65536) % FIVE_11;
for (let n = 0; n < 10000; n++) REV4[n] = (n % 10) * 1000 + (Math.floor(n / 10) % 10) * 100 + (Math.floor(n / 100) % 10) * 10 + Math.floor(n / 1000);
for (let n = 0; n < 1000; n++) REV3[n] = (n % 10) * 100 + (Math.floor(n / 10) % 10) * 10 + Math.floor(n / 100);

/**
 * The sort key of a ticket: its first 11 decimal digits after `0.`, as a number, computed from
 * the digest without formatting the 78-digit integer (票号前 11 位，内部).
 *
 * The ticket of a digest N is `"0." + reverse(format(N, '064d'))`, so its leading digits are N's
 * trailing digits: the first 11 are the digits of `N mod 10^11`, reversed. As 10^11 = 2^11 · 5^11:
 *
 * - `N mod 2^11` is the low 11 bits of the last word;
 * - `N mod 5^11` is `Σ h_k · (2^(16k) mod 5^11)` over the sixteen 16-bit chunks h_k of N, reduced
 *   once: each term is below 2^16 · 2^26 = 2^42 and the sum below 2^46, so every step is exact in
 *   doubles, and the sixteen products are independent (no chain of divisions);
 * - the Chinese remainder theorem joins them: `x = r5 + 5^11 · ((r2 − r5) · 373 mod 2^11)`, where
 *   373 is the inverse of 5^11 modulo 2^11.
 *
 * The 11 digits are then reversed with two lookup tables (4 + 4 + 3 digits). Every ticket has at
 * least 64 digits, so two tickets with different keys compare as their keys; equal keys (chance
 * 10^-11 per pair) need the exact comparison {@link compareTicketDigests}.
 *
 * @param digest - the digest words (big-endian, signed Int32)
 * @param offset - index of the first word
 * @returns an integer in [0, 10^11)
 *
 * @example
 * ```ts
 * // N = 12345678901234 = 0xb3a_73ce2ff2 → N mod 10^11 = 45678901234 → reversed 43210987654
 * ticketKey(new Int32Array([0, 0, 0, 0, 0, 0, 0xb3a, 0x73ce2ff2]), 0); //=> 43210987654
 * ```
 */
export function ticketKey(digest: ArrayLike<number>, offset: number): number {
  const residues = CHUNK_RESIDUES;
  let sum = 0;
  for (let k = 0, i = offset + 7; k < 16; k += 2, i--) {
    const word = digest[i]!;
    sum += (word & 0xffff) * residues[k]! + (word >>> 16) * residues[k + 1]!;
  }
  let r5 = sum - Math.floor(sum / FIVE_11) * FIVE_11;
  if (r5 < 0) r5 += FIVE_11;
  else if (r5 >= FIVE_11) r5 -= FIVE_11;
  const r2 = digest[offset + 7]! & 2047;
  const lift = Math.imul((r2 - (r5 & 2047)) & 2047, FIVE_11_INVERSE) & 2047;
  const r = r5 + FIVE_11 * lift;
  const high = Math.floor(r / 1e8);
  const rest = r - high * 1e8;
  const middle = (rest / 1e4) | 0;
  const low = rest - middle * 1e4;
  return REV4[low]! * 1e7 + REV4[middle]! * 1e3 + REV3[high]!;
}

/**
 * The first decimal digit of a ticket, `N mod 10`, for a cheap rejection before
 * {@link ticketKey} (票号首位，内部).
 *
 * `N mod 2` is the last bit; `N mod 5` is the sum of N's sixteen 16-bit chunks mod 5, as
 * 2^16 ≡ 1 (mod 5). The sum is below 2^20, so it is all small-integer arithmetic. The digit is
 * the one of `r5` and `r5 + 5` with N's parity. A ticket whose first digit exceeds the first digit
 * of a buffer's threshold ticket cannot be kept; with a 3 % sample that is 9 tickets in
 * 10, which then never need the 11-digit key.
 *
 * @param digest - the digest words (big-endian, signed Int32)
 * @param offset - index of the first word
 * @returns a digit 0…9, equal to `Math.floor(ticketKey(digest, offset) / 1e10)`
 *
 * @example
 * ```ts
 * // N = 12345678901234 → ticket 0.4321…
 * ticketFirstDigit(new Int32Array([0, 0, 0, 0, 0, 0, 0xb3a, 0x73ce2ff2]), 0); //=> 4
 * ```
 */
export function ticketFirstDigit(digest: ArrayLike<number>, offset: number): number {
  const w0 = digest[offset]!;
  const w1 = digest[offset + 1]!;
  const w2 = digest[offset + 2]!;
  const w3 = digest[offset + 3]!;
  const w4 = digest[offset + 4]!;
  const w5 = digest[offset + 5]!;
  const w6 = digest[offset + 6]!;
  const w7 = digest[offset + 7]!;
  const sum =
    (w0 & 0xffff) + (w0 >>> 16) + (w1 & 0xffff) + (w1 >>> 16) + (w2 & 0xffff) + (w2 >>> 16) + (w3 & 0xffff) + (w3 >>> 16) +
    (w4 & 0xffff) + (w4 >>> 16) + (w5 & 0xffff) + (w5 >>> 16) + (w6 & 0xffff) + (w6 >>> 16) + (w7 & 0xffff) + (w7 >>> 16);
  const r5 = sum % 5;
  return ((r5 ^ w7) & 1) === 0 ? r5 : r5 + 5;
}

/** Scratch of {@link ticketString}: the sixteen 16-bit chunks, most significant first. */
const LIMBS = /* @__PURE__ */ new Float64Array(16);
/** Scratch of {@link ticketString}: character codes of the ticket (`0.` and up to 81 digits). */
const CODES = /* @__PURE__ */ (() => new Array<number>(83).fill(48))();
CODES[1] = 46;
/** DIGITS4[4n + j] is the character code of digit j (from the least significant) of n < 10^4. */
const DIGITS4 = /* @__PURE__ */ new Uint8Array(40000);
for (let n = 0; n < 10000; n++) for (let j = 0, v = n; j < 4; j++, v = Math.floor(v / 10)) DIGITS4[4 * n + j] = 48 + (v % 10);

/**
 * The exact ticket of a digest, computed without BigInt or hex (票号，
 * 快速格式化，内部).
 *
 * The ticket is `"0."` followed by N's decimal digits from the least significant one, at least 64
 * of them (the zero padding of `format(N, '064d')` becomes trailing zeros once reversed). N is
 * held as sixteen 16-bit chunks in doubles and divided by 10^9 repeatedly; every division yields
 * the next nine digits, least significant first, which is the ticket's order. Each partial
 * dividend is an integer below 10^9 · 2^16 < 2^53, so exact; its quotient is estimated by
 * multiplying by 10^-9 (a multiplication is several times quicker than a division, and the
 * divisions form one dependent chain) and corrected by one step, as the estimate is off by at most
 * one. The digits go into one reused array of character codes, made a string in one call.
 *
 * @param digest - the digest words (big-endian, signed Int32)
 * @param offset - index of the first word
 * @returns the ticket, e.g. `'0.2629971412…'` (64 to 78 digits after the point)
 *
 * @example
 * ```ts
 * ticketString(new Int32Array([0, 0, 0, 0, 0, 0, 0, 1234]), 0); //=> '0.4321' + '0'.repeat(60)
 * ```
 */
export function ticketString(digest: ArrayLike<number>, offset: number): string {
  const limbs = LIMBS;
  for (let i = 0; i < 8; i++) {
    const word = digest[offset + i]!;
    limbs[2 * i] = word >>> 16;
    limbs[2 * i + 1] = word & 0xffff;
  }
  let start = 0;
  while (start < 16 && limbs[start] === 0) start++;
  const codes = CODES;
  const table = DIGITS4;
  let at = 2;
  while (start < 16) {
    let rem = 0;
    for (let j = start; j < 16; j++) {
      const current = rem * 65536 + limbs[j]!;
      let quotient = Math.floor(current * 1e-9);
      rem = current - quotient * 1e9;
      if (rem < 0) {
        quotient--;
        rem += 1e9;
      } else if (rem >= 1e9) {
        quotient++;
        rem -= 1e9;
      }
      limbs[j] = quotient;
    }
    // rem < 10^9: digits 0–3, 4–7 and 8 (least significant first)
    const top = Math.floor(rem / 1e8);
    const rest = rem - top * 1e8;
    const middle = Math.floor(rest / 1e4);
    const low = 4 * (rest - middle * 1e4);
    const mid = 4 * middle;
    codes[at] = table[low]!;
    codes[at + 1] = table[low + 1]!;
    codes[at + 2] = table[low + 2]!;
    codes[at + 3] = table[low + 3]!;
    codes[at + 4] = table[mid]!;
    codes[at + 5] = table[mid + 1]!;
    codes[at + 6] = table[mid + 2]!;
    codes[at + 7] = table[mid + 3]!;
    codes[at + 8] = 48 + top;
    at += 9;
    while (start < 16 && limbs[start] === 0) start++;
  }
  while (at > 66 && codes[at - 1] === 48) at--;
  while (at < 66) codes[at++] = 48;
  codes.length = at;
  return String.fromCharCode.apply(null, codes);
}
