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
