/**
 * Encodes a string as UTF-8 into a caller-owned buffer, without allocating (UTF-8 编码，内部).
 *
 * ASCII characters take a fast path; other code points are encoded by hand. A lone surrogate
 * (a string that is not valid Unicode) cannot be encoded the way Python's `str.encode()` does —
 * Python raises — so the function reports it instead of substituting U+FFFD.
 *
 * @param text - the string to encode
 * @param buffer - destination; must hold at least `offset + 3 * text.length` bytes
 * @param offset - where to start writing
 * @returns the number of bytes written, or `-1` when `text` holds a lone surrogate
 *
 * @example
 * ```ts
 * const buffer = new Uint8Array(16);
 * encodeUtf8Into('A市', buffer, 0); //=> 4
 * [...buffer.subarray(0, 4)]; //=> [0x41, 0xe5, 0xb8, 0x82]
 * encodeUtf8Into('\ud800', buffer, 0); //=> -1
 * ```
 */
export function encodeUtf8Into(text: string, buffer: Uint8Array, offset: number): number {
  const length = text.length;
  let position = offset;
  let index = 0;
  for (; index < length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0x80) break;
    buffer[position++] = code;
  }
  for (; index < length; index++) {
    let code = text.charCodeAt(index);
    if (code < 0x80) {
      buffer[position++] = code;
    } else if (code < 0x800) {
      buffer[position++] = 0xc0 | (code >> 6);
      buffer[position++] = 0x80 | (code & 0x3f);
    } else if (code < 0xd800 || code > 0xdfff) {
      buffer[position++] = 0xe0 | (code >> 12);
      buffer[position++] = 0x80 | ((code >> 6) & 0x3f);
      buffer[position++] = 0x80 | (code & 0x3f);
    } else {
      if (code > 0xdbff || index + 1 >= length) return -1;
      const low = text.charCodeAt(index + 1);
      if (low < 0xdc00 || low > 0xdfff) return -1;
      index++;
      code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
      buffer[position++] = 0xf0 | (code >> 18);
      buffer[position++] = 0x80 | ((code >> 12) & 0x3f);
      buffer[position++] = 0x80 | ((code >> 6) & 0x3f);
      buffer[position++] = 0x80 | (code & 0x3f);
    }
  }
  return position - offset;
}

export { isWellFormedText } from '../../core/_internal/well-formed-text.js';

/**
 * Tells whether bytes are well-formed UTF-8, as {@link decodeUtf8} would accept them, without
 * making a string (UTF-8 校验，内部).
 *
 * @param bytes - the buffer
 * @param start - index of the first byte
 * @param end - one past the last byte
 * @returns `true` when {@link decodeUtf8} would return a string
 *
 * @example
 * ```ts
 * isUtf8(new Uint8Array([0x41, 0xe5, 0xb8, 0x82]), 0, 4); //=> true
 * isUtf8(new Uint8Array([0xed, 0xa0, 0x80]), 0, 3); //=> false (a surrogate)
 * ```
 */
export function isUtf8(bytes: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (bytes[i]! >= 0x80) return decodeUtf8(bytes, i, end) !== null;
  return true;
}

/** Code units of a decoded non-ASCII string (grown on demand), turned into text in chunks. */
let units = new Uint16Array(256);
/** Longest argument list handed to `String.fromCharCode` at once. */
const CHUNK = 4096;

/**
 * Decodes strict UTF-8 (UTF-8 解码，内部): bytes that no encoder would produce — overlong forms,
 * surrogates, code points above U+10FFFF, a truncated sequence — give `null`, not U+FFFD, so a
 * decoded string always encodes back to the same bytes.
 *
 * @param bytes - the buffer
 * @param start - index of the first byte
 * @param end - one past the last byte
 * @returns the string, or `null` when the bytes are not well-formed UTF-8
 *
 * @example
 * ```ts
 * decodeUtf8(new Uint8Array([0x41, 0xe5, 0xb8, 0x82]), 0, 4); //=> 'A市'
 * decodeUtf8(new Uint8Array([0xc0, 0x81]), 0, 2); //=> null (overlong)
 * ```
 */
export function decodeUtf8(bytes: Uint8Array, start: number, end: number): string | null {
  let ascii = true;
  for (let i = start; i < end; i++) {
    if (bytes[i]! >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii && end - start <= CHUNK) return String.fromCharCode.apply(null, bytes.subarray(start, end) as unknown as number[]);
  if (units.length < end - start) units = new Uint16Array(Math.max(end - start, units.length * 2));
  const out = units;
  let n = 0;
  for (let i = start; i < end; ) {
    const b0 = bytes[i]!;
    if (b0 < 0x80) {
      out[n++] = b0;
      i++;
      continue;
    }
    // lead byte: how many continuation bytes follow, and the smallest code point of that length
    const need = b0 >= 0xc2 && b0 <= 0xdf ? 1 : b0 >= 0xe0 && b0 <= 0xef ? 2 : b0 >= 0xf0 && b0 <= 0xf4 ? 3 : 0;
    if (need === 0) return null;
    const min = need === 1 ? 0x80 : need === 2 ? 0x800 : 0x10000;
    let code = b0 & (0x3f >> need);
    if (i + need >= end) return null;
    for (let k = 1; k <= need; k++) {
      const b = bytes[i + k]!;
      if ((b & 0xc0) !== 0x80) return null;
      code = (code << 6) | (b & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null;
    if (code >= 0x10000) {
      code -= 0x10000;
      out[n++] = 0xd800 + (code >> 10);
      out[n++] = 0xdc00 + (code & 0x3ff);
    } else out[n++] = code;
    i += need + 1;
  }
  let text = '';
  for (let at = 0; at < n; at += CHUNK) text += String.fromCharCode.apply(null, out.subarray(at, Math.min(n, at + CHUNK)) as unknown as number[]);
  return text;
}
