import { parseInput } from '../core/parse-input.js';
import { ShuangsuijiError } from '../core/errors.js';
import { IdHasher } from './_internal/id-hasher.js';
import { seedMidstate } from './_internal/seed-midstate.js';
import { SeedSchema } from './seed-schema.js';
import { ticketString } from './_internal/ticket-key.js';

const hasher = /* @__PURE__ */ new IdHasher();
const digest = /* @__PURE__ */ new Int32Array(8);

/**
 * The ticket number of an id under a seed (票号), bit-compatible with Rivest's
 * `consistent_sampler` 1.0.10 (generation 1, as used by VotingWorks Arlo):
 * `sha256_uniform(sha256_hex(seed) + id)`, where `sha256_hex` is the lowercase hex SHA-256 of
 * the UTF-8 string and `sha256_uniform(x)` is `"0."` followed by the decimal digits of
 * `int(sha256_hex(x), 16)`, zero-padded to 64 digits and reversed. Objects are drawn in
 * increasing ticket order (string order, which is numeric order here).
 *
 * Note the argument order `(seed, id)`; Python's `first_fraction` takes `(id, seed)`.
 *
 * @param seed - the seed, used as is (for a task, pass {@link deriveTaskSeed}'s result)
 * @param id - the object's id
 * @returns the ticket as an exact decimal string
 * @throws {ShuangsuijiError} `EMPTY_SEED` for an empty seed; `INVALID_INPUT` for a non-string
 *   argument or a lone surrogate
 *
 * @example
 * ```ts
 * ticketNumber('01382438112797316654', 'AB-130');
 * //=> '0.26299714122838008416507544297546663599715395525154425586041245287750224561854'
 * ```
 */
export function ticketNumber(seed: string, id: string): string {
  const parsedSeed = parseInput(SeedSchema, seed, 'INVALID_INPUT', '随机种子');
  if (typeof id !== 'string') throw new ShuangsuijiError('INVALID_INPUT', '标识应为字符串', { path: ['id'] });
  if (!hasher.load(id)) throw new ShuangsuijiError('INVALID_INPUT', '标识含有不成对的代理项，不是有效的 Unicode', { path: ['id'] });
  hasher.hashAfter(seedMidstate(parsedSeed), 64, digest);
  return ticketString(digest, 0);
}
