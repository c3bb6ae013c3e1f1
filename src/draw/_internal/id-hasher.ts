import { compressWords } from './sha256-compress.js';
import { encodeUtf8Into } from './utf8.js';

/**
 * Reusable SHA-256 of one identifier after a precomputed prefix (标识哈希器，内部).
 *
 * {@link IdHasher.load} packs the id's UTF-8 bytes once, straight into reused big-endian 32-bit
 * message words, and pads them; {@link IdHasher.hashAfter} then finishes a SHA-256 whose first
 * `prefixBytes` bytes (a whole number of 64-byte blocks) were already compressed into `midstate`.
 * The id's block layout is the same whatever the prefix, so one `load` serves both the ticket hash
 * (prefix: the 64 hex characters of `sha256_hex(seed)`) and the plain `SHA-256(id)` of the pool
 * digest (no prefix); only the length words differ. Nothing is allocated per id.
 *
 * ASCII ids (every unified social credit code) are packed four characters per word with no byte
 * buffer; an id with another character is UTF-8 encoded into a byte buffer first. Between ids
 * only the words the previous id left non-zero are cleared, not the whole schedule.
 *
 * @example
 * ```ts
 * const hasher = new IdHasher();
 * hasher.load('abc');
 * const out = new Int32Array(8);
 * hasher.hashAfter(SHA256_IV, 0, out);
 * (out[0]! >>> 0).toString(16); //=> 'ba7816bf'
 * ```
 */
export class IdHasher {
  /** Message words; outside `[0, dataEnd)` and the two length words they are all zero. */
  private words = new Int32Array(64);
  /** UTF-8 bytes of a non-ASCII id (allocated on first use). */
  private bytes: Uint8Array | null = null;
  /** One past the last data word (the word holding the 0x80 padding byte) of the loaded id. */
  private dataEnd = 0;
  /** Number of message words of the loaded id (16 per block); 0 before the first load. */
  private end = 0;
  private byteLength = 0;

  /**
   * Encodes and pads an id.
   *
   * @param id - the identifier
   * @returns `false` when the id holds a lone surrogate (not valid Unicode)
   */
  load(id: string): boolean {
    const n = id.length;
    if (((n + 8) >>> 6) * 16 + 16 > this.words.length) this.grow(n);
    const words = this.words;
    const full = n >>> 2;
    let i = 0;
    for (let w = 0; w < full; w++, i += 4) {
      const c0 = id.charCodeAt(i);
      const c1 = id.charCodeAt(i + 1);
      const c2 = id.charCodeAt(i + 2);
      const c3 = id.charCodeAt(i + 3);
      if ((c0 | c1 | c2 | c3) > 0x7f) return this.loadUtf8(id);
      words[w] = (c0 << 24) | (c1 << 16) | (c2 << 8) | c3;
    }
    const rest = n & 3;
    let tail = 0x80 << (24 - 8 * rest);
    for (let j = 0; j < rest; j++) {
      const c = id.charCodeAt(i + j);
      if (c > 0x7f) return this.loadUtf8(id);
      tail |= c << (24 - 8 * j);
    }
    words[full] = tail;
    this.settle(n, full + 1);
    return true;
  }

  /** Number of UTF-8 bytes of the loaded id. */
  get length(): number {
    return this.byteLength;
  }

  /**
   * Finishes the hash of `prefix ‖ id` into `out`.
   *
   * @param midstate - chaining state after the prefix blocks (not modified)
   * @param prefixBytes - length of the prefix in bytes (a multiple of 64)
   * @param out - receives the eight digest words (big-endian words, signed Int32)
   */
  hashAfter(midstate: Readonly<Int32Array>, prefixBytes: number, out: Int32Array): void {
    const words = this.words;
    const end = this.end;
    const bits = (prefixBytes + this.byteLength) * 8;
    words[end - 2] = Math.floor(bits / 0x100000000) | 0;
    words[end - 1] = bits | 0;
    compressWords(midstate, words, 0, out);
    for (let offset = 16; offset < end; offset += 16) compressWords(out, words, offset, out);
  }

  /** The general path: UTF-8 encoding into bytes, then packing into words. */
  private loadUtf8(id: string): boolean {
    const n = id.length;
    if (this.bytes === null || this.bytes.length < n * 3 + 4) this.bytes = new Uint8Array(Math.max(256, n * 3 + 4));
    const bytes = this.bytes;
    const length = encodeUtf8Into(id, bytes, 0);
    if (length < 0) return false;
    if (((length + 8) >>> 6) * 16 + 16 > this.words.length) this.grow(length);
    const words = this.words;
    const full = length >>> 2;
    for (let w = 0, p = 0; w < full; w++, p += 4) words[w] = (bytes[p]! << 24) | (bytes[p + 1]! << 16) | (bytes[p + 2]! << 8) | bytes[p + 3]!;
    const rest = length & 3;
    let tail = 0x80 << (24 - 8 * rest);
    for (let j = 0, p = full * 4; j < rest; j++) tail |= bytes[p + j]! << (24 - 8 * j);
    words[full] = tail;
    this.settle(length, full + 1);
    return true;
  }

  /**
   * Records the new layout and clears what the previous id left behind: its data words beyond the
   * new data, and its length words when the block count changed.
   */
  private settle(byteLength: number, dataEnd: number): void {
    const words = this.words;
    for (let k = dataEnd; k < this.dataEnd; k++) words[k] = 0;
    const end = ((byteLength + 8) >>> 6) * 16 + 16;
    const previous = this.end;
    if (previous !== end && previous > 0) {
      if (previous - 2 >= dataEnd) words[previous - 2] = 0;
      if (previous - 1 >= dataEnd) words[previous - 1] = 0;
    }
    this.dataEnd = dataEnd;
    this.end = end;
    this.byteLength = byteLength;
  }

  /** Replaces the words by a larger zeroed array (nothing left to clear). */
  private grow(byteLength: number): void {
    this.words = new Int32Array(Math.max(((byteLength + 8) >>> 6) * 16 + 16, this.words.length * 2));
    this.dataEnd = 0;
    this.end = 0;
  }
}
