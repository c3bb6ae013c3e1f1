import { isShuangsuijiError, ShuangsuijiError } from '../core/errors.js';
import { parseInput } from '../core/parse-input.js';
import { compareCodePoints } from './_internal/compare-code-points.js';
import { announcementDigest, parseAnnouncement, type DrawAnnouncement } from './draw-announcement.js';
import { AnyDrawRecordSchema, type AnyDrawRecord } from './draw-record.js';
import { checkHistoryDigest } from './check-history-digest.js';
import type { CheckHistory } from '../risk/check-history.js';
import type { DrawPoolItem, StratumOf } from './pool-item.js';
import { ALL_STRATUM, DRAW_SCHEME, LEGACY_DRAW_SCHEME } from './sampler.js';
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
 * verifyDraw(record, ['d', 'c', 'b', 'a']); //=> { ok: true, differences: [], fairness: 'not-checked' }
 * ```
 */
export interface DrawVerification {
  /** `true` when the record is exactly what the seed and the pool give (and fits the announcement, if given). */
  readonly ok: boolean;
  readonly differences: DrawDifference[];
  /**
   * `checked` when the record was compared with the announcement published before the seed;
   * `not-checked` otherwise (always set by `verifyDraw`): the record is then only shown to be *bound* to its seed and pool — a
   * bureau could still have chosen the task id, exclusions or pool after seeing the seed.
   */
  readonly fairness: 'checked' | 'not-checked';
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
  /** The draw announcement (抽取公告) published before the seed: the record is checked against it field by field. */
  readonly announcement?: DrawAnnouncement;
  /** The seed as publicly produced (dice read out, beacon output): the record's seed must equal it. */
  readonly publicSeed?: string;
  /**
   * The check history the bureau used for eligibility: with an announcement that commits to one,
   * its {@link checkHistoryDigest} must be the announced `checkHistoryDigest`.
   */
  readonly checkHistory?: CheckHistory;
}

/** Codes of the recomputation that mean "the pool does not fit the record", not "bad input". */
const MISMATCH_CODES = new Set(['SAMPLE_TOO_LARGE', 'UNKNOWN_STRATUM', 'DUPLICATE_ID', 'NON_CANONICAL_ID', 'INVALID_ID_FORMAT']);

interface Begun<T extends DrawPoolItem> {
  readonly parsed: AnyDrawRecord;
  readonly draw: SubjectDraw<T>;
  readonly differences: DrawDifference[];
  readonly announcement: DrawAnnouncement | undefined;
  readonly historyDigest: string | undefined;
}

function beginVerification<T extends DrawPoolItem>(record: unknown, options: VerifyDrawOptions<T>): Begun<T> {
  const parsed = parseInput(AnyDrawRecordSchema, record, 'INVALID_RECORD', '抽取记录');
  if (options === null || typeof options !== 'object') throw new ShuangsuijiError('INVALID_INPUT', '复核选项应为对象', { path: ['options'] });
  const announcement = options.announcement === undefined ? undefined : parseAnnouncement(options.announcement, ['options', 'announcement']);
  if (options.publicSeed !== undefined && typeof options.publicSeed !== 'string') {
    throw new ShuangsuijiError('INVALID_INPUT', 'publicSeed 应为字符串', { path: ['options', 'publicSeed'] });
  }
  const historyDigest = options.checkHistory === undefined ? undefined : checkHistoryDigest(options.checkHistory);
  const differences: DrawDifference[] = [];
  if (options.publicSeed !== undefined && parsed.seed !== options.publicSeed) {
    differences.push({ field: 'seed', recorded: parsed.seed, recomputed: options.publicSeed });
  }
  const commitment = sha256Hex(parsed.seed);
  if (parsed.seedCommitment !== commitment) differences.push({ field: 'seedCommitment', recorded: parsed.seedCommitment, recomputed: commitment });
  const taskSeed = `${parsed.seed}/${parsed.taskId}`;
  if (parsed.taskSeed !== taskSeed) differences.push({ field: 'taskSeed', recorded: parsed.taskSeed, recomputed: taskSeed });
  const names = Object.keys(parsed.strata);
  const single = names.length === 1 && names[0] === ALL_STRATUM;
  const sizes: Record<string, number> = {};
  for (const name of names) sizes[name] = parsed.strata[name]!.size;
  const legacy = parsed.scheme === LEGACY_DRAW_SCHEME;
  const draw = new SubjectDraw<T>(
    {
      seed: parsed.seed,
      taskId: parsed.taskId,
      ...(single ? { size: sizes[ALL_STRATUM]! } : { allocation: sizes }),
      reserve: parsed.reserve,
      exclude: parsed.excluded,
      checkDuplicates: 'all',
      ...(legacy || parsed.idFormat === undefined ? {} : { idFormat: parsed.idFormat }),
      ...(options.stratumOf === undefined ? {} : { stratumOf: options.stratumOf }),
    },
    legacy ? { kind: 'legacy', poolDigest: parsed.poolDigest !== null } : { kind: 'verify' },
  );
  return { parsed, draw, differences, announcement, historyDigest };
}

function compareRecords(recorded: AnyDrawRecord, recomputed: AnyDrawRecord, differences: DrawDifference[]): void {
  const push = (field: string, a: unknown, b: unknown) => {
    if (a !== b) differences.push({ field, recorded: a, recomputed: b });
  };
  push('poolSize', recorded.poolSize, recomputed.poolSize);
  if (recorded.scheme === LEGACY_DRAW_SCHEME && recomputed.scheme === LEGACY_DRAW_SCHEME) {
    if (recorded.poolDigest !== null) push('poolDigest', recorded.poolDigest, recomputed.poolDigest);
    for (const [name, stratum] of Object.entries(recorded.strata)) {
      const other = recomputed.strata[name];
      push(`strata.${name}.poolSize`, stratum.poolSize, other?.poolSize);
      push(`strata.${name}.excluded`, stratum.excluded, other?.excluded);
      if (stratum.poolDigest !== null) push(`strata.${name}.poolDigest`, stratum.poolDigest, other?.poolDigest);
    }
  } else if (recorded.scheme === DRAW_SCHEME && recomputed.scheme === DRAW_SCHEME) {
    push('poolCommitment', recorded.poolCommitment, recomputed.poolCommitment);
    let excludedInPool = 0;
    for (const [name, stratum] of Object.entries(recorded.strata)) {
      const other = recomputed.strata[name];
      excludedInPool += other?.excluded ?? 0;
      push(`strata.${name}.poolSize`, stratum.poolSize, other?.poolSize);
      push(`strata.${name}.excluded`, stratum.excluded, other?.excluded);
      push(`strata.${name}.commitment`, stratum.commitment, other?.commitment);
    }
    // Every excluded id must be in the pool: an exclusion of an id that is not there hides nothing
    // from the counts, so it is flagged on its own.
    push('excluded.length', recorded.excluded.length, excludedInPool);
  }
  for (const list of ['selected', 'reserves'] as const) {
    const a = recorded[list];
    const b = recomputed[list];
    push(`${list}.length`, a.length, b.length);
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      for (const key of ['id', 'stratum', 'rank', 'ticket'] as const) push(`${list}[${i}].${key}`, a[i]?.[key], b[i]?.[key]);
    }
  }
}

/**
 * Compares a record with the announcement published before its seed; each difference has a field
 * starting with `announcement.`, the record's value as `recorded` and the announced one as
 * `recomputed`.
 */
function compareAnnouncement(record: AnyDrawRecord, announcement: DrawAnnouncement, historyDigest: string | undefined, differences: DrawDifference[]): void {
  const push = (field: string, a: unknown, b: unknown) => {
    if (a !== b) differences.push({ field: `announcement.${field}`, recorded: a, recomputed: b });
  };
  push('scheme', record.scheme, announcement.scheme);
  if (historyDigest !== undefined) push('checkHistoryDigest', historyDigest, announcement.checkHistoryDigest);
  if (record.scheme !== DRAW_SCHEME) return;
  push('digest', record.announcementDigest, announcementDigest(announcement));
  const task = announcement.tasks.find((candidate) => candidate.taskId === record.taskId);
  if (task === undefined) {
    push('taskId', record.taskId, announcement.tasks.map((candidate) => candidate.taskId).join(','));
    return;
  }
  push('idFormat', record.idFormat ?? 'any', announcement.idFormat);
  const sizes: Record<string, number> = task.allocation ?? { [ALL_STRATUM]: task.size ?? 0 };
  for (const name of new Set([...Object.keys(record.strata), ...Object.keys(sizes)])) {
    push(`strata.${name}.size`, record.strata[name]?.size, sizes[name]);
    push(`strata.${name}.poolSize`, record.strata[name]?.poolSize, task.pool.strata[name]?.size ?? 0);
    push(`strata.${name}.commitment`, record.strata[name]?.commitment, task.pool.strata[name]?.digest ?? EMPTY_DIGEST);
  }
  push('reserve', record.reserve, task.reserve);
  push('poolSize', record.poolSize, task.pool.size);
  push('poolCommitment', record.poolCommitment, task.pool.digest);
  const announced = task.exclusions.map((exclusion) => exclusion.id).sort(compareCodePoints);
  push('excluded', record.excluded.join('\n'), announced.join('\n'));
}

/** SHA-256 of the empty manifest. */
const EMPTY_DIGEST = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

function conclude(begun: Begun<DrawPoolItem>, recomputed: AnyDrawRecord | undefined): DrawVerification {
  const { parsed, differences, announcement, historyDigest } = begun;
  if (recomputed !== undefined) compareRecords(parsed, recomputed, differences);
  if (announcement !== undefined) compareAnnouncement(parsed, announcement, historyDigest, differences);
  return { ok: differences.length === 0, differences, fairness: announcement === undefined ? 'not-checked' : 'checked' };
}

function failedRecomputation(error: unknown, begun: Begun<DrawPoolItem>): DrawVerification {
  if (isShuangsuijiError(error) && MISMATCH_CODES.has(error.code)) {
    begun.differences.push({ field: 'pool', recorded: '抽查范围应能复现记录', recomputed: `${error.code}: ${error.message}` });
    return conclude(begun, undefined);
  }
  throw error;
}

/**
 * Verifies a subject-draw record against a pool (复核抽取记录): checks the seed against the
 * publicly produced one (`publicSeed`, if given), the seed commitment and the task seed, recomputes
 * the draw from the record's seed, task id, sizes, reserve and exclusions over the given pool, and
 * compares pool size, pool commitments (`consistent-sampler/2`) or digests (legacy
 * `consistent-sampler/1`), the number of exclusions found in the pool, and every selected and
 * reserve subject with its rank and ticket. With the `announcement` published before the seed it
 * then compares the record with it field by field (`announcement.…` differences, the announced
 * value as `recomputed`) and answers `fairness: 'checked'`; without one, `fairness: 'not-checked'`:
 * a record alone shows it is bound to its seed and pool, not that its parameters were fixed before
 * the seed. It never throws on a mismatch; a pool that cannot
 * reproduce the record (too small, an unknown stratum, a duplicate) is a difference on `pool`.
 *
 * @param record - the record (untrusted JSON)
 * @param pool - the pool the draw claims to be from (items or batches, any order)
 * @param options - `stratumOf`, if the draw used one; `announcement`; `publicSeed`; `checkHistory`
 * @returns `{ ok, differences, fairness }`
 * @throws {ShuangsuijiError} `INVALID_RECORD` for a malformed record; `INVALID_INPUT` for a
 *   pool that is not iterable, a malformed pool item or announcement
 *
 * @example
 * ```ts
 * const { record } = drawSubjects({ seed: '31', taskId: 'T1', pool: ['a', 'b', 'c', 'd'], size: 2 });
 * verifyDraw(record, ['d', 'c', 'b', 'a']).ok; //=> true
 * verifyDraw({ ...record, seed: '32' }, ['a', 'b', 'c', 'd']).ok; //=> false
 * ```
 */
export function verifyDraw<T extends DrawPoolItem>(record: AnyDrawRecord, pool: Iterable<T | readonly T[]>, options: VerifyDrawOptions<T> = {}): DrawVerification {
  const begun = beginVerification<T>(record, options);
  if (pool === null || typeof pool !== 'object' || typeof (pool as Iterable<unknown>)[Symbol.iterator] !== 'function') {
    throw new ShuangsuijiError('INVALID_INPUT', '抽查范围 pool 应为数组或可迭代对象', { path: ['pool'] });
  }
  try {
    for (const element of pool) begun.draw.addElement(element);
    return conclude(begun as unknown as Begun<DrawPoolItem>, begun.draw.finish().anyRecord);
  } catch (error) {
    return failedRecomputation(error, begun as unknown as Begun<DrawPoolItem>);
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
 * const { record } = drawSubjects({ seed: '31', taskId: 'T1', pool: ['a', 'b', 'c', 'd'], size: 2 });
 * (await verifyDrawAsync(record, pages())).ok; //=> true
 * ```
 */
export async function verifyDrawAsync<T extends DrawPoolItem>(
  record: AnyDrawRecord,
  pool: AsyncIterable<T | readonly T[]> | Iterable<T | readonly T[]>,
  options: VerifyDrawOptions<T> = {},
): Promise<DrawVerification> {
  const begun = beginVerification<T>(record, options);
  const isAsync = pool !== null && typeof pool === 'object' && typeof (pool as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function';
  const isSync = pool !== null && typeof pool === 'object' && typeof (pool as Iterable<unknown>)[Symbol.iterator] === 'function';
  if (!isAsync && !isSync) {
    throw new ShuangsuijiError('INVALID_INPUT', '抽查范围 pool 应为数组、可迭代对象或异步可迭代对象', { path: ['pool'] });
  }
  try {
    if (isAsync) for await (const element of pool as AsyncIterable<T | readonly T[]>) begun.draw.addElement(element);
    else for (const element of pool as Iterable<T | readonly T[]>) begun.draw.addElement(element);
    return conclude(begun as unknown as Begun<DrawPoolItem>, begun.draw.finish().anyRecord);
  } catch (error) {
    return failedRecomputation(error, begun as unknown as Begun<DrawPoolItem>);
  }
}
