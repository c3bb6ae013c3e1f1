import { ShuangsuijiError } from '../core/errors.js';
import type { DrawPoolItem } from './pool-item.js';
import { SubjectDraw, type DrawSubjectsAsyncInput, type DrawSubjectsInput, type DrawSubjectsResult } from './subject-draw.js';

/**
 * Draws the subjects of a task (随机抽取检查对象), per stratum, by consistent sampling.
 *
 * Every subject gets the ticket `ticketNumber(`${seed}/${taskId}`, id)`; in each stratum the
 * `size` smallest tickets are selected and the next `reserve` are the reserves (备选, fewer if the
 * stratum runs out). Excluded ids are counted in the pool but never drawn; each must be in the pool
 * and listed once. The result does not depend on the order of the pool. Ids must be canonical
 * (`canonicalSubjectId`; else `NON_CANONICAL_ID`) and distinct. The seed may not contain `/`.
 *
 * Fairness (issue 12): give the `announcement` (抽取公告) published before the seed. The task id,
 * sizes, reserve, exclusions and id format must then match it (`ANNOUNCEMENT_MISMATCH`), the pool's
 * size per stratum must be the announced one, the record carries the announcement's digest and pool
 * commitment, and the draw streams in O(sample) memory (duplicates: `checkDuplicates`). Without an
 * announcement the draw computes the pool commitment itself — O(pool) memory, as it sorts the ids —
 * and rejects every duplicate, so the record always verifies against the pool it came from.
 *
 * Strata: with `size`, one stratum named `'*'` and `stratumOf` is ignored. With `allocation`,
 * each item's stratum is `stratumOf(item)`, by default `item.stratum ?? item.riskClass`. An item
 * whose stratum has no allocation entry, or that has no stratum, is an error (`UNKNOWN_STRATUM`):
 * silently never drawing a class would break the fairness of the draw, so a stratum that must
 * not be drawn is given an explicit 0.
 *
 * @param input - `seed`, `taskId`, `pool` (items or batches), `size` or `allocation`, and
 *   optionally `reserve`, `exclude`, `stratumOf`, `announcement`, `idFormat`, `checkDuplicates`
 * @returns `{ selected, reserves, record }`
 * @throws {ShuangsuijiError} `EMPTY_SEED`; `INVALID_INPUT` (negative size, bad item, neither or
 *   both of size/allocation, a seed with `/`); `INVALID_ALLOCATION`; `UNKNOWN_STRATUM`;
 *   `DUPLICATE_ID`; `NON_CANONICAL_ID`; `INVALID_ID_FORMAT`; `UNKNOWN_REFERENCE` (an exclusion not
 *   in the pool); `ANNOUNCEMENT_MISMATCH`; `SAMPLE_TOO_LARGE` (with `details: { stratum, size, eligible }`)
 *
 * @example
 * ```ts
 * const { selected, record } = drawSubjects({ seed: '31', taskId: 'T1', pool: ['a', 'b', 'c', 'd'], size: 2 });
 * record.taskSeed; //=> '31/T1'
 * selected.length; //=> 2
 * drawSubjects({
 *   seed: '31', taskId: 'T1', allocation: { A: 1, D: 1 },
 *   pool: [{ id: 's1', riskClass: 'A' }, { id: 's2', riskClass: 'A' }, { id: 's3', riskClass: 'D' }],
 * }).selected.find((s) => s.stratum === 'D')?.id; //=> 's3'
 * ```
 */
export function drawSubjects<T extends DrawPoolItem>(input: DrawSubjectsInput<T>): DrawSubjectsResult<T> {
  const draw = new SubjectDraw<T>(input);
  const pool = input.pool;
  if (pool === null || typeof pool !== 'object' || typeof (pool as Iterable<unknown>)[Symbol.iterator] !== 'function') {
    throw new ShuangsuijiError('INVALID_INPUT', '抽查范围 pool 应为数组或可迭代对象', { path: ['pool'] });
  }
  for (const element of pool) draw.addElement(element);
  const { selected, reserves, record } = draw.finish();
  return { selected, reserves, record };
}

/**
 * Draws the subjects of a task from an async stream (异步抽取检查对象): like
 * {@link drawSubjects}, but `pool` may be an async iterable of items or of batches (arrays),
 * e.g. pages read from a database cursor.
 *
 * @param input - as for {@link drawSubjects}
 * @returns a promise of `{ selected, reserves, record }`
 * @throws {ShuangsuijiError} the codes of {@link drawSubjects} (as a rejected promise)
 *
 * @example
 * ```ts
 * async function* pages() { yield ['a', 'b']; yield ['c', 'd']; }
 * (await drawSubjectsAsync({ seed: '31', taskId: 'T1', pool: pages(), size: 2 })).record.poolSize; //=> 4
 * ```
 */
export async function drawSubjectsAsync<T extends DrawPoolItem>(input: DrawSubjectsAsyncInput<T>): Promise<DrawSubjectsResult<T>> {
  const draw = new SubjectDraw<T>(input);
  const pool = input.pool as unknown;
  const isAsync = pool !== null && typeof pool === 'object' && typeof (pool as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function';
  const isSync = pool !== null && typeof pool === 'object' && typeof (pool as Iterable<unknown>)[Symbol.iterator] === 'function';
  if (!isAsync && !isSync) throw new ShuangsuijiError('INVALID_INPUT', '抽查范围 pool 应为数组、可迭代对象或异步可迭代对象', { path: ['pool'] });
  if (isAsync) for await (const element of pool as AsyncIterable<T | readonly T[]>) draw.addElement(element);
  else for (const element of pool as Iterable<T | readonly T[]>) draw.addElement(element);
  const { selected, reserves, record } = draw.finish();
  return { selected, reserves, record };
}
