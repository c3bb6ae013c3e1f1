import { compressBlock, SHA256_IV } from './sha256-compress.js';
import { wordsToHex } from '../sha256.js';
import { encodeUtf8Into } from './utf8.js';

/** `\t` followed by each one-character ASCII stratum name (e.g. `\tA`, `\t*`), built once. */
const TAB_LINES = Array.from({ length: 128 }, (_, code) => `\t${String.fromCharCode(code)}`);

/**
 * Streaming SHA-256 of a pool manifest (清单摘要，内部): lines are appended one by one as UTF-8
 * bytes, each followed by `\n`, and {@link ManifestHash.hex} pads and finishes — the digest
 * `sha256sum` prints for the same file. Nothing is allocated per line beyond a scratch buffer that
 * grows to the longest line.
 *
 * @example
 * ```ts
 * const hash = new ManifestHash();
 * hash.line('a\t*');
 * hash.digest() === sha256Hex('a\t*\n'); //=> true
 * ```
 */
export class ManifestHash {
  private readonly state = new Int32Array(SHA256_IV);
  private readonly block = new Uint8Array(64);
  private filled = 0;
  private length = 0;
  private scratch = new Uint8Array(256);

  /**
   * Appends one line and its newline.
   *
   * @param text - the line, without newline (valid Unicode)
   */
  line(text: string): void {
    if (this.scratch.length < text.length * 3 + 1) this.scratch = new Uint8Array(text.length * 3 + 64);
    const n = encodeUtf8Into(text, this.scratch, 0);
    this.scratch[n] = 0x0a;
    this.bytes(this.scratch, n + 1);
  }

  /**
   * Appends the manifest line `${id}\t${stratum}\n` without building it: ASCII characters go
   * straight into the block, anything else through the UTF-8 encoder.
   *
   * @param id - the id (valid Unicode, no control character)
   * @param stratum - the stratum name
   */
  pair(id: string, stratum: string): void {
    const block = this.block;
    let filled = this.filled;
    const n = id.length;
    for (let i = 0; i < n; i++) {
      const c = id.charCodeAt(i);
      if (c >= 0x80) {
        // Rare: a non-ASCII id. Hand over what is written so far and take the general path.
        this.length += i;
        this.filled = filled;
        this.line(`${id.slice(i)}\t${stratum}`);
        return;
      }
      block[filled++] = c;
      if (filled === 64) {
        compressBlock(this.state, block, 0);
        filled = 0;
      }
    }
    this.length += n;
    this.filled = filled;
    this.line(stratum.length === 1 && stratum.charCodeAt(0) < 0x80 ? TAB_LINES[stratum.charCodeAt(0)]! : `\t${stratum}`);
  }

  private bytes(source: Uint8Array, count: number): void {
    const block = this.block;
    let filled = this.filled;
    for (let i = 0; i < count; i++) {
      block[filled++] = source[i]!;
      if (filled === 64) {
        compressBlock(this.state, block, 0);
        filled = 0;
      }
    }
    this.filled = filled;
    this.length += count;
  }

  private done: string | undefined;

  /**
   * Finishes the hash; later calls return the same digest.
   *
   * @returns 64 lowercase hex digits
   */
  digest(): string {
    if (this.done === undefined) this.done = this.finish();
    return this.done;
  }

  private finish(): string {
    const bits = this.length * 8;
    const block = this.block;
    let filled = this.filled;
    block[filled++] = 0x80;
    if (filled > 56) {
      block.fill(0, filled);
      compressBlock(this.state, block, 0);
      filled = 0;
    }
    block.fill(0, filled, 56);
    const high = Math.floor(bits / 2 ** 32);
    block[56] = high >>> 24;
    block[57] = (high >>> 16) & 0xff;
    block[58] = (high >>> 8) & 0xff;
    block[59] = high & 0xff;
    block[60] = bits >>> 24;
    block[61] = (bits >>> 16) & 0xff;
    block[62] = (bits >>> 8) & 0xff;
    block[63] = bits & 0xff;
    compressBlock(this.state, block, 0);
    return wordsToHex(this.state);
  }
}
