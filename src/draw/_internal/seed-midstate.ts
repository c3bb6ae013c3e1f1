import { sha256Hex } from '../sha256.js';
import { compressBlock, SHA256_IV } from './sha256-compress.js';

/**
 * The SHA-256 chaining state after the first block of every ticket hash of a seed
 * (种子中间状态，内部).
 *
 * A ticket hashes `sha256_hex(seed) + id`; its first 64 bytes are the 64 ASCII hex digits of
 * `sha256_hex(seed)`, exactly one SHA-256 block, so they are compressed once per seed and every
 * id costs only the blocks of its own bytes (one block for ids up to 55 UTF-8 bytes).
 *
 * @param seed - the seed string (valid Unicode)
 * @returns the eight chaining words after the seed block
 * @throws {ShuangsuijiError} `INVALID_INPUT` when the seed holds a lone surrogate
 *
 * @example
 * ```ts
 * seedMidstate('31').length; //=> 8
 * ```
 */
export function seedMidstate(seed: string): Int32Array {
  const hex = sha256Hex(seed);
  const block = new Uint8Array(64);
  for (let i = 0; i < 64; i++) block[i] = hex.charCodeAt(i);
  const state = new Int32Array(SHA256_IV);
  compressBlock(state, block, 0);
  return state;
}
