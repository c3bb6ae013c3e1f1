import { compressBlock } from './sha256-compress.js';
import { encodeUtf8Into } from './utf8.js';

/**
 * Reusable SHA-256 of one identifier after a precomputed prefix (标识哈希器，内部).
 *
 * {@link IdHasher.load} encodes the id's UTF-8 bytes once into a reused buffer and pads them;
 * {@link IdHasher.hashAfter} then finishes a SHA-256 whose first `prefixBytes` bytes (a whole
 * number of 64-byte blocks) were already compressed into `midstate`. The id's block layout is the
 * same whatever the prefix, so one `load` serves both the ticket hash (prefix: the 64 hex
 * characters of `sha256_hex(seed)`) and the plain `SHA-256(id)` of the pool digest (no prefix);
 * only the length field differs. Nothing is allocated per id.
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
  private bytes = new Uint8Array(256);
  private paddedLength = 0;
  private byteLength = 0;

  /**
   * Encodes and pads an id.
   *
   * @param id - the identifier
   * @returns `false` when the id holds a lone surrogate (not valid Unicode)
   */
  load(id: string): boolean {
    const needed = id.length * 3 + 72;
    if (needed > this.bytes.length) this.bytes = new Uint8Array(Math.max(needed, this.bytes.length * 2));
    const bytes = this.bytes;
    const length = encodeUtf8Into(id, bytes, 0);
    if (length < 0) return false;
    const padded = ((length + 8) >>> 6) * 64 + 64;
    bytes[length] = 0x80;
    for (let i = length + 1; i < padded - 5; i++) bytes[i] = 0;
    this.byteLength = length;
    this.paddedLength = padded;
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
    const bytes = this.bytes;
    const padded = this.paddedLength;
    const bits = (prefixBytes + this.byteLength) * 8;
    bytes[padded - 5] = Math.floor(bits / 0x100000000) & 0xff;
    bytes[padded - 4] = bits >>> 24;
    bytes[padded - 3] = (bits >>> 16) & 0xff;
    bytes[padded - 2] = (bits >>> 8) & 0xff;
    bytes[padded - 1] = bits & 0xff;
    out[0] = midstate[0]!;
    out[1] = midstate[1]!;
    out[2] = midstate[2]!;
    out[3] = midstate[3]!;
    out[4] = midstate[4]!;
    out[5] = midstate[5]!;
    out[6] = midstate[6]!;
    out[7] = midstate[7]!;
    for (let offset = 0; offset < padded; offset += 64) compressBlock(out, bytes, offset);
  }
}
