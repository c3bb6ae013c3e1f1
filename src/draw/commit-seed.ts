import { parseInput } from '../core/parse-input.js';
import { SeedSchema } from './seed-schema.js';
import { sha256Hex } from './sha256.js';

/**
 * The hash of a seed (种子承诺值): the lowercase hex SHA-256 of its UTF-8 bytes, written into every
 * record as `seedCommitment`.
 *
 * A commitment that only the bureau can open is **not** a substitute for a public seed: the bureau
 * can try seeds offline against the fixed pool and commit to one that gives the draw it wants. Fix
 * the seed source in the draw announcement (`createDrawAnnouncement`: public dice before witnesses,
 * or a public beacon round) and produce the seed in public.
 *
 * The commitment hides the seed only if the seed cannot be guessed: a seed of six dice can be
 * found from its commitment by trying all 46 656 values. Use at least 20 random decimal digits
 * (≈ 66 bits), better 40. It never reveals the tickets of a task, because tickets use the task
 * seed `${seed}/${taskId}` ({@link deriveTaskSeed}), whose hash needs the seed itself.
 *
 * @param seed - the seed
 * @returns 64 lowercase hex digits
 * @throws {ShuangsuijiError} `EMPTY_SEED` for an empty seed; `INVALID_INPUT` for a non-string
 *
 * @example
 * ```ts
 * commitSeed('abc'); //=> 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
 * ```
 */
export function commitSeed(seed: string): string {
  return sha256Hex(parseInput(SeedSchema, seed, 'INVALID_INPUT', '随机种子'));
}
