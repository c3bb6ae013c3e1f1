import { optionsArgument } from '../core/_internal/boundary.js';
import { z } from 'zod';
import { isCanonicalSubjectId } from '../directory/canonical-subject-id.js';
import { nonCanonical } from './sampler.js';
import { ShuangsuijiError } from '../core/errors.js';
import { parseInput } from '../core/parse-input.js';
import { IdHasher } from './_internal/id-hasher.js';
import { seedMidstate } from './_internal/seed-midstate.js';
import { SeedSchema } from './seed-schema.js';
import { TicketBuffer } from './_internal/ticket-buffer.js';
import { ticketKey } from './_internal/ticket-key.js';

const SampleIdsInputSchema = /* @__PURE__ */ (() => z.strictObject({
  seed: SeedSchema,
  take: z.union([z.number().int().min(0), z.literal(Number.POSITIVE_INFINITY)]).default(Number.POSITIVE_INFINITY),
  drop: z.number().int().min(0).default(0),
}))();

/**
 * Options of {@link sampleIds}: Python's `drop` and `take`.
 *
 * @example
 * ```ts
 * const options: SampleIdsOptions = { drop: 1, take: 2 };
 * sampleIds(['a', 'b', 'c', 'd'], '77', options); //=> ['d', 'c']
 * ```
 */
export interface SampleIdsOptions {
  /** How many of the ticket order to return at most, after the dropped ones (default: all). */
  readonly take?: number;
  /** How many of the ticket order to skip first (default 0). */
  readonly drop?: number;
}

/**
 * Draws ids in increasing ticket order (一致性抽样), like Rivest's
 * `sampler(ids, seed, drop=drop, take=take, output='id')` of `consistent_sampler` 1.0.10:
 * the ids whose tickets ({@link ticketNumber}) rank `drop + 1 … drop + take`.
 *
 * Independent of input order; memory O(drop + take) whatever the number of ids (bottom-k with a
 * buffer and select; see {@link createSampler} for the algorithm). The seed is used as is.
 *
 * @param ids - distinct ids (array or any iterable)
 * @param seed - the seed
 * @param options - `take` (default all) and `drop` (default 0)
 * @returns the ids in draw order (fewer than `take` when the pool is smaller)
 * @throws {ShuangsuijiError} `EMPTY_SEED`; `INVALID_INPUT` for a negative `take`/`drop`, a
 *   non-iterable or an id that is not a non-empty valid Unicode string; `DUPLICATE_ID` when an id
 *   repeats among the drawn ones (a duplicate has the same ticket, so only those matter);
 *   `NON_CANONICAL_ID` for an id that is not canonical (see `canonicalSubjectId`)
 *
 * @example
 * ```ts
 * sampleIds(['a', 'b', 'c', 'd'], '31'); //=> ['b', 'a', 'd', 'c']
 * sampleIds(['a', 'b', 'c', 'd'], '77', { drop: 1, take: 2 }); //=> ['d', 'c']
 * ```
 */
export function sampleIds(ids: Iterable<string>, seed: string, options: SampleIdsOptions = {}): string[] {
  const parsed = parseInput(SampleIdsInputSchema, { seed, ...optionsArgument(options, { known: ['take', 'drop'] }) }, 'INVALID_INPUT', '抽样参数');
  if (ids === null || typeof ids !== 'object' || typeof (ids as Iterable<string>)[Symbol.iterator] !== 'function') {
    throw new ShuangsuijiError('INVALID_INPUT', '应为标识的数组或可迭代对象', { path: ['ids'] });
  }
  const buffer = new TicketBuffer(parsed.drop + parsed.take);
  const midstate = seedMidstate(parsed.seed);
  const hasher = new IdHasher();
  const words = new Int32Array(8);
  let index = 0;
  for (const id of ids) {
    if (typeof id !== 'string' || id.length === 0 || !hasher.load(id)) {
      throw new ShuangsuijiError('INVALID_INPUT', `第 ${index + 1} 个标识应为非空的有效 Unicode 字符串`, { path: ['ids', index] });
    }
    if (!isCanonicalSubjectId(id)) throw nonCanonical(id, ['ids', index]);
    hasher.hashAfter(midstate, 64, words);
    const key = ticketKey(words, 0);
    if (buffer.accepts(key, words, 0)) buffer.push(key, words, 0, id, undefined, index);
    index++;
  }
  const { slots, repeated } = buffer.rank();
  if (repeated !== null) {
    const id = buffer.idAt(repeated[0]);
    const later = Math.max(buffer.itemIndexAt(repeated[0]), buffer.itemIndexAt(repeated[1]));
    throw new ShuangsuijiError('DUPLICATE_ID', `标识 ${id} 重复`, { path: ['ids', later], details: { id } });
  }
  return Array.from(slots.subarray(parsed.drop), (slot) => buffer.idAt(slot));
}
