import { isShuangsuijiError, ShuangsuijiError } from '../core/errors.js';
import { parseInput } from '../core/parse-input.js';
import { DrawRecordSchema, type DrawRecord } from './draw-record.js';
import type { DrawPoolItem, StratumOf } from './pool-item.js';
import { ALL_STRATUM } from './sampler.js';
import { sha256Hex } from './sha256.js';
import { SubjectDraw } from './subject-draw.js';

/**
 * One difference between a record and the recomputed draw (复核差异).
 *
 * @example
 * ```ts
 * const { record } = drawSubjects({ seed: '31', taskId: 'T1', pool: ['a', 'b', 'c', 'd'], size: 2 });
 * const first: DrawDifference | undefined = verifyDraw(record, ['a', 'b', 'c']).differences[0];
 * [first?.field, first?.recorded, first?.recomputed]; //=> ['poolSize', 4, 3]
 * ```
 */
export interface DrawDifference {
  /** Where, e.g. `seedCommitment`, `poolDigest`, `strata.A.poolSize`, `selected[3].id`, `pool`. */
  readonly field: string;
  /** The value in the record. */
  readonly recorded: unknown;
  /** The value recomputed from the seed and the pool. */
  readonly recomputed: unknown;
}

/**
 * Outcome of {@link verifyDraw} (复核结果).
 *
 * @example
 * ```ts
 * const { record } = drawSubjects({ seed: '31', taskId: 'T1', pool: ['a', 'b', 'c', 'd'], size: 2 });
 * const verification: DrawVerification = verifyDraw({ ...record, seed: '32' }, ['a', 'b', 'c', 'd']);
 * [verification.ok, verification.differences[0]?.field]; //=> [false, 'seedCommitment']
 * verifyDraw(record, ['d', 'c', 'b', 'a']); //=> { ok: true, differences: [] }
 * ```
 */
export interface DrawVerification {
  /** `true` when the record is exactly what the seed and the pool give. */
  readonly ok: boolean;
  readonly differences: DrawDifference[];
}

/**
 * Options of {@link verifyDraw}.
 *
 * @example
 * ```ts
 * const pool = [{ id: 'a', grade: 'x' }, { id: 'b', grade: 'y' }];
 * const options: VerifyDrawOptions<(typeof pool)[number]> = { stratumOf: (shop) => shop.grade };
 * const { record } = drawSubjects({ seed: '31', taskId: 'T1', pool, allocation: { x: 1, y: 1 }, ...options });
 * [verifyDraw(record, pool, options).ok, verifyDraw(record, pool).ok]; //=> [true, false]
 * ```
 */
export interface VerifyDrawOptions<T> {
  /** The stratum mapping used for the draw (default: `item.stratum ?? item.riskClass`). */
  readonly stratumOf?: StratumOf<T>;
}

/** Codes of the recomputation that mean "the pool does not fit the record", not "bad input". */
const MISMATCH_CODES = /* @__PURE__ */ new Set(['SAMPLE_TOO_LARGE', 'UNKNOWN_STRATUM', 'DUPLICATE_ID']);

function beginVerification<T extends DrawPoolItem>(
  record: unknown,
  options: VerifyDrawOptions<T>,
): { parsed: DrawRecord; draw: SubjectDraw<T>; differences: DrawDifference[] } {
  const parsed = parseInput(DrawRecordSchema, record, 'INVALID_RECORD', '抽取记录');
  const differences: DrawDifference[] = [];
  const commitment = sha256Hex(parsed.seed);
  if (parsed.seedCommitment !== commitment) differences.push({ field: 'seedCommitment', recorded: parsed.seedCommitment, recomputed: commitment });
  const taskSeed = `${parsed.seed}/${parsed.taskId}`;
  if (parsed.taskSeed !== taskSeed) differences.push({ field: 'taskSeed', recorded: parsed.taskSeed, recomputed: taskSeed });
  const names = Object.keys(parsed.strata);
  const single = names.length === 1 && names[0] === ALL_STRATUM;
  const sizes: Record<string, number> = {};
  for (const name of names) sizes[name] = parsed.strata[name]!.size;
  const draw = new SubjectDraw<T>({
    seed: parsed.seed,
    taskId: parsed.taskId,
    ...(single ? { size: sizes[ALL_STRATUM]! } : { allocation: sizes }),
    reserve: parsed.reserve,
    exclude: parsed.excluded,
    poolDigest: parsed.poolDigest !== null,
    checkDuplicates: 'all',
    ...(options.stratumOf === undefined ? {} : { stratumOf: options.stratumOf }),
  });
  return { parsed, draw, differences };
}

function compareRecords(recorded: DrawRecord, recomputed: DrawRecord, differences: DrawDifference[]): DrawVerification {
  const push = (field: string, a: unknown, b: unknown) => {
    if (a !== b) differences.push({ field, recorded: a, recomputed: b });
  };
  push('poolSize', recorded.poolSize, recomputed.poolSize);
  if (recorded.poolDigest !== null) push('poolDigest', recorded.poolDigest, recomputed.poolDigest);
  for (const [name, stratum] of Object.entries(recorded.strata)) {
    const other = recomputed.strata[name];
    push(`strata.${name}.poolSize`, stratum.poolSize, other?.poolSize);
    push(`strata.${name}.excluded`, stratum.excluded, other?.excluded);
    if (stratum.poolDigest !== null) push(`strata.${name}.poolDigest`, stratum.poolDigest, other?.poolDigest);
  }
  for (const list of ['selected', 'reserves'] as const) {
    const a = recorded[list];
    const b = recomputed[list];
    push(`${list}.length`, a.length, b.length);
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      for (const key of ['id', 'stratum', 'rank', 'ticket'] as const) push(`${list}[${i}].${key}`, a[i]?.[key], b[i]?.[key]);
    }
  }
  return { ok: differences.length === 0, differences };
}

function failedRecomputation(error: unknown, differences: DrawDifference[]): DrawVerification {
  if (isShuangsuijiError(error) && MISMATCH_CODES.has(error.code)) {
    differences.push({ field: 'pool', recorded: '抽查范围应能复现记录', recomputed: `${error.code}: ${error.message}` });
    return { ok: false, differences };
  }
  throw error;
}

/**
 * Verifies a subject-draw record against a pool (复核抽取记录): checks the seed commitment and
 * the task seed, recomputes the draw from the record's seed, task id, sizes, reserve and
 * exclusions over the given pool, and compares pool size, pool digests, and every selected and
 * reserve subject with its rank and ticket. It never throws on a mismatch; a pool that cannot
 * reproduce the record (too small, an unknown stratum, a duplicate) is a difference on `pool`.
 *
 * @param record - the record (untrusted JSON)
 * @param pool - the pool the draw claims to be from (items or batches, any order)
 * @param options - `stratumOf`, if the draw used one
 * @returns `{ ok, differences }`
 * @throws {ShuangsuijiError} `INVALID_RECORD` for a malformed record; `INVALID_INPUT` for a
 *   pool that is not iterable or a malformed pool item
 *
 * @example
 * ```ts
 * const { record } = drawSubjects({ seed: '31', taskId: 'T1', pool: ['a', 'b', 'c', 'd'], size: 2 });
 * verifyDraw(record, ['d', 'c', 'b', 'a']).ok; //=> true
 * verifyDraw({ ...record, seed: '32' }, ['a', 'b', 'c', 'd']).ok; //=> false
 * ```
 */
export function verifyDraw<T extends DrawPoolItem>(record: DrawRecord, pool: Iterable<T | readonly T[]>, options: VerifyDrawOptions<T> = {}): DrawVerification {
  const { parsed, draw, differences } = beginVerification<T>(record, options);
  if (pool === null || typeof pool !== 'object' || typeof (pool as Iterable<unknown>)[Symbol.iterator] !== 'function') {
    throw new ShuangsuijiError('INVALID_INPUT', '抽查范围 pool 应为数组或可迭代对象', { path: ['pool'] });
  }
  try {
    for (const element of pool) draw.addElement(element);
    return compareRecords(parsed, draw.finish().record, differences);
  } catch (error) {
    return failedRecomputation(error, differences);
  }
}

/**
 * Verifies a subject-draw record against an async pool (异步复核抽取记录); see {@link verifyDraw}.
 *
 * @param record - the record
 * @param pool - an async or sync iterable of items or batches
 * @param options - `stratumOf`, if the draw used one
 * @returns a promise of `{ ok, differences }`
 * @throws {ShuangsuijiError} `INVALID_RECORD`, `INVALID_INPUT` (as a rejected promise)
 *
 * @example
 * ```ts
 * async function* pages() { yield ['a', 'b']; yield ['c', 'd']; }
 * (await verifyDrawAsync(record, pages())).ok; //=> true
 * ```
 */
export async function verifyDrawAsync<T extends DrawPoolItem>(
  record: DrawRecord,
  pool: AsyncIterable<T | readonly T[]> | Iterable<T | readonly T[]>,
  options: VerifyDrawOptions<T> = {},
): Promise<DrawVerification> {
  const { parsed, draw, differences } = beginVerification<T>(record, options);
  const isAsync = pool !== null && typeof pool === 'object' && typeof (pool as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function';
  const isSync = pool !== null && typeof pool === 'object' && typeof (pool as Iterable<unknown>)[Symbol.iterator] === 'function';
  if (!isAsync && !isSync) {
    throw new ShuangsuijiError('INVALID_INPUT', '抽查范围 pool 应为数组、可迭代对象或异步可迭代对象', { path: ['pool'] });
  }
  try {
    if (isAsync) for await (const element of pool as AsyncIterable<T | readonly T[]>) draw.addElement(element);
    else for (const element of pool as Iterable<T | readonly T[]>) draw.addElement(element);
    return compareRecords(parsed, draw.finish().record, differences);
  } catch (error) {
    return failedRecomputation(error, differences);
  }
}
