import { ShuangsuijiError } from '../core/errors.js';
import { IdHasher } from './_internal/id-hasher.js';
import { SHA256_IV } from './_internal/sha256-compress.js';

/**
 * Formats eight 32-bit digest words as 64 lowercase hex digits (摘要转十六进制，内部): the
 * character codes go into one reused array and become a string in one `String.fromCharCode`
 * call, about six times faster than formatting each word with `toString(16)`.
 *
 * @param words - the digest words (signed or unsigned)
 * @param offset - index of the first word
 * @returns the hex string
 *
 * @example
 * ```ts
 * wordsToHex(new Int32Array([-1, 0, 0, 0, 0, 0, 0, 1]), 0); //=> 'ffffffff' + '0'.repeat(55) + '1'
 * ```
 */
export function wordsToHex(words: ArrayLike<number>, offset = 0): string {
  const codes = HEX_CODES;
  for (let i = 0, at = 0; i < 8; i++) {
    const word = words[offset + i]!;
    for (let shift = 28; shift >= 0; shift -= 4) codes[at++] = HEX_DIGITS[(word >>> shift) & 15]!;
  }
  return String.fromCharCode.apply(null, codes);
}

/** Character codes of the hex digits 0–f. */
const HEX_DIGITS = /* @__PURE__ */ Array.from('0123456789abcdef', (digit) => digit.charCodeAt(0));
/** Scratch of {@link wordsToHex}: the 64 character codes, turned into a string in one call. */
const HEX_CODES = /* @__PURE__ */ (() => new Array<number>(64).fill(48))();

/**
 * Parses 64 hex digits into eight digest words (十六进制转摘要，内部).
 *
 * @param hex - 64 hex digits
 * @param out - receives the words at `offset`
 * @param offset - index of the first word
 *
 * @example
 * ```ts
 * const out = new Int32Array(8);
 * hexToWords('ffffffff' + '0'.repeat(56), out, 0);
 * out[0]; //=> -1
 * ```
 */
export function hexToWords(hex: string, out: Int32Array, offset = 0): void {
  for (let i = 0; i < 8; i++) out[offset + i] = parseInt(hex.slice(i * 8, i * 8 + 8), 16) | 0;
}

const shared = /* @__PURE__ */ new IdHasher();
const sharedOut = /* @__PURE__ */ new Int32Array(8);

/**
 * SHA-256 of the UTF-8 bytes of a string, as eight words (SHA-256，内部).
 *
 * @param text - the string
 * @param out - receives the digest words
 * @throws {ShuangsuijiError} `INVALID_INPUT` when `text` holds a lone surrogate
 *
 * @example
 * ```ts
 * const out = new Int32Array(8);
 * sha256Words('abc', out);
 * (out[7]! >>> 0).toString(16); //=> 'f20015ad'
 * ```
 */
export function sha256Words(text: string, out: Int32Array): void {
  if (!shared.load(text)) {
    throw new ShuangsuijiError('INVALID_INPUT', '字符串含有不成对的代理项（不是有效的 Unicode），无法按 UTF-8 计算 SHA-256');
  }
  shared.hashAfter(SHA256_IV, 0, out);
}

/**
 * Lowercase hex SHA-256 of the UTF-8 bytes of a string — Python's
 * `hashlib.sha256(s.encode()).hexdigest()` (SHA-256 十六进制摘要).
 *
 * @param text - the string (valid Unicode)
 * @returns 64 lowercase hex digits
 * @throws {ShuangsuijiError} `INVALID_INPUT` when `text` is not a string or holds a lone surrogate
 *
 * @example
 * ```ts
 * sha256Hex('abc'); //=> 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
 * ```
 */
export function sha256Hex(text: string): string {
  if (typeof text !== 'string') throw new ShuangsuijiError('INVALID_INPUT', 'SHA-256 的输入应为字符串', { path: ['text'] });
  sha256Words(text, sharedOut);
  return wordsToHex(sharedOut);
}
