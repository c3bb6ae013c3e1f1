import { z } from 'zod';
import { ShuangsuijiError } from '../core/errors.js';
import { parseInput } from '../core/parse-input.js';
import { StratumSizesSchema, type StratumSizesInput } from './stratum-sizes.js';
import { compareCodePoints } from './_internal/compare-code-points.js';
import type { AnyDrawRecord, DrawRecord, LegacyDrawRecord } from './draw-record.js';
import { defaultStratumOf, type DrawPoolItem, type StratumOf } from './pool-item.js';
import { ALL_STRATUM, ConsistentSampler, DRAW_SCHEME, type TicketedId } from './sampler.js';
import { SeedSchema } from './seed-schema.js';
import { sha256Hex } from './sha256.js';
import { isWellFormedText } from './_internal/utf8.js';
import { isCanonicalSubjectId, SubjectIdFormatSchema, type SubjectIdFormat } from '../directory/canonical-subject-id.js';
import { announcementDigest, parseAnnouncement, type AnnouncedTask, type DrawAnnouncement } from './draw-announcement.js';
import { PoolManifestBuilder } from './_internal/pool-manifest-builder.js';
import { LEGACY_DRAW_SCHEME } from './sampler.js';
import { nonCanonical } from './sampler.js';

/**
 * Schema of the options of `drawSubjects` other than `pool` and `stratumOf` (抽取检查对象参数).
 *
 * @example
 * ```ts
 * DrawSubjectsOptionsSchema.parse({ seed: '31', taskId: 'T1', size: 2 }).reserve; //=> 0
 * ```
 */
export const DrawSubjectsOptionsSchema = /* @__PURE__ */ (() => z
  .strictObject({
    /** The master seed (随机种子). */
    seed: SeedSchema,
    /** The task's id (抽查任务编号); the tickets use the seed `${seed}/${taskId}`. */
    taskId: z.string().min(1).refine(isWellFormedText, '任务编号不是有效的 Unicode'),
    /** Sample size of an unstratified draw. */
    size: z.number().int().min(0).optional(),
    /** Sample sizes per stratum. */
    allocation: StratumSizesSchema.optional(),
    /** Reserves per stratum (备选). */
    reserve: z.number().int().min(0).default(0),
    /** Ids never drawn (e.g. over the yearly frequency cap). */
    exclude: z.array(z.string().min(1)).default([]),
    /** The declared id format (`uscc`, `registration`, …); taken from the announcement when one is given. */
    idFormat: SubjectIdFormatSchema.optional(),
    /**
     * Only for a draw under an announcement (which streams in O(sample) memory): `retained` (default)
     * rejects a duplicate id whenever it could change the result, `all` every duplicate (O(pool)
     * memory). Without an announcement the draw computes the pool commitment, which sorts the ids
     * and rejects every duplicate anyway.
     */
    checkDuplicates: z.enum(['all', 'retained']).default('retained'),
  })
  .refine((options) => (options.size === undefined) !== (options.allocation === undefined), {
    message: '应给出 size（不分层）或 allocation（分层）之一',
    path: ['size'],
  }))();

/**
 * Input of `drawSubjects` (抽取检查对象).
 *
 * @example
 * ```ts
 * const pool = [{ id: 'a', riskClass: 'A' }, { id: 'b', riskClass: 'A' }, { id: 'c', riskClass: 'D' }];
 * const input: DrawSubjectsInput<{ id: string; riskClass: string }> = { seed: '31', taskId: 'T1', pool, allocation: { A: 1, D: 1 }, reserve: 1 };
 * drawSubjects(input).selected.map((s) => s.id); //=> ['a', 'c']
 * drawSubjects(input).reserves.map((s) => s.id); //=> ['b']
 * ```
 */
export interface DrawSubjectsInput<T extends DrawPoolItem> {
  /** The master seed (随机种子). */
  readonly seed: string;
  /** The task's id; the tickets use the seed `${seed}/${taskId}`. */
  readonly taskId: string;
  /** The pool: items, or batches (arrays) of items. */
  readonly pool: Iterable<T | readonly T[]>;
  /** Sample size of an unstratified draw (one stratum named `'*'`). */
  readonly size?: number;
  /** Sample sizes per stratum, e.g. `{ A: 15, B: 15, C: 6, D: 2 }`, or `{ sizes: {...} }`. */
  readonly allocation?: StratumSizesInput;
  /** Ids never drawn. */
  readonly exclude?: readonly string[];
  /** Reserves per stratum (default 0). */
  readonly reserve?: number;
  /** Maps an item to its stratum (default: `item.stratum ?? item.riskClass`). */
  readonly stratumOf?: StratumOf<T>;
  /** The declared id format (default: the announcement's, else `any`). */
  readonly idFormat?: SubjectIdFormat;
  /** Duplicate-id check under an announcement: `retained` (default, O(sample) memory) or `all`. */
  readonly checkDuplicates?: 'all' | 'retained';
  /**
   * The draw announcement (抽取公告) published before the seed: the task, sizes, reserve and
   * exclusions must match it (`ANNOUNCEMENT_MISMATCH`), the record carries its digest and its pool
   * commitment, and the draw streams in O(sample) memory.
   */
  readonly announcement?: DrawAnnouncement;
}

/**
 * Input of `drawSubjectsAsync`: the pool may also be an async iterable.
 *
 * @example
 * ```ts
 * async function* pages() { yield ['a', 'b']; yield ['c', 'd']; }
 * const input: DrawSubjectsAsyncInput<string> = { seed: '31', taskId: 'T1', pool: pages(), size: 2 };
 * (await drawSubjectsAsync(input)).selected.map((s) => s.id); //=> ['a', 'c']
 * ```
 */
export interface DrawSubjectsAsyncInput<T extends DrawPoolItem> extends Omit<DrawSubjectsInput<T>, 'pool'> {
  readonly pool: AsyncIterable<T | readonly T[]> | Iterable<T | readonly T[]>;
}

/**
 * A drawn subject (中签检查对象): id, stratum, rank, exact ticket and the pool item itself.
 *
 * @example
 * ```ts
 * const pool = [{ id: 'a', riskClass: 'A', name: '甲店' }, { id: 'c', riskClass: 'D', name: '丙店' }];
 * const drawn: DrawnSubject<(typeof pool)[number]> | undefined = drawSubjects({ seed: '31', taskId: 'T1', pool, allocation: { A: 1, D: 1 } }).selected[1];
 * [drawn?.id, drawn?.stratum, drawn?.rank, drawn?.item.name]; //=> ['c', 'D', 1, '丙店']
 * ```
 */
export interface DrawnSubject<T> extends TicketedId {
  readonly item: T;
}

/**
 * Result of `drawSubjects`.
 *
 * @example
 * ```ts
 * const result: DrawSubjectsResult<string> = drawSubjects({ seed: '31', taskId: 'T1', pool: ['a', 'b', 'c', 'd'], size: 2, reserve: 1 });
 * [result.selected.map((s) => s.id), result.reserves.map((s) => s.id)]; //=> [['a', 'c'], ['d']]
 * result.record.scheme; //=> 'consistent-sampler/2'
 * ```
 */
export interface DrawSubjectsResult<T> {
  /** Drawn subjects, by stratum (code-point order) then ticket. */
  readonly selected: DrawnSubject<T>[];
  /** Reserves (备选): per stratum, the next `reserve` subjects in ticket order. */
  readonly reserves: DrawnSubject<T>[];
  /** The verifiable record. */
  readonly record: DrawRecord;
}

/**
 * How a {@link SubjectDraw} runs (内部): a draw, the replay of a `consistent-sampler/2` record by
 * `verifyDraw` (never throws for exclusions that are not in the pool: it reports them), or the
 * replay of a legacy `consistent-sampler/1` record (raw ids, additive digest, seeds with `/`), or a
 * simulated draw (`simulatePlan`: seeds with `/`, no commitment; its record is not a real one).
 */
export type SubjectDrawMode =
  | { readonly kind: 'draw' }
  | { readonly kind: 'verify' }
  | { readonly kind: 'legacy'; readonly poolDigest: boolean }
  | { readonly kind: 'simulate' };

const DRAW: SubjectDrawMode = { kind: 'draw' };

/**
 * One subject draw in progress (抽取过程，内部): validated options, the sampler, the pool
 * manifest (when the commitment is computed) and the per-item reading of id and stratum shared by
 * the sync and async entry points.
 */
export class SubjectDraw<T extends DrawPoolItem> {
  private readonly options: z.output<typeof DrawSubjectsOptionsSchema>;
  private readonly sampler: ConsistentSampler;
  private readonly stratumOf: StratumOf<T> | undefined;
  private readonly stratified: boolean;
  private readonly taskSeed: string;
  private readonly mode: SubjectDrawMode;
  private readonly manifest: PoolManifestBuilder | null;
  private readonly announced: { readonly digest: string; readonly task: AnnouncedTask } | null = null;
  private readonly idFormat: SubjectIdFormat | undefined;
  private index = 0;

  constructor(input: Omit<DrawSubjectsInput<T>, 'pool'>, mode: SubjectDrawMode = DRAW) {
    if (input === null || typeof input !== 'object') throw new ShuangsuijiError('INVALID_INPUT', '抽取参数应为对象');
    this.mode = mode;
    if ('poolDigest' in input) {
      throw new ShuangsuijiError('INVALID_INPUT', 'poolDigest 选项已取消：consistent-sampler/2 记录总含抽查范围承诺；需按 O(样本) 内存流式抽取时请传入抽取公告 announcement', { path: ['poolDigest'] });
    }
    this.options = parseInput(
      DrawSubjectsOptionsSchema,
      {
        seed: input.seed,
        taskId: input.taskId,
        size: input.size,
        allocation: input.allocation,
        reserve: input.reserve,
        exclude: input.exclude,
        idFormat: input.idFormat,
        checkDuplicates: input.checkDuplicates,
      },
      'INVALID_INPUT',
      '抽取参数',
    );
    if (input.stratumOf !== undefined && typeof input.stratumOf !== 'function') {
      throw new ShuangsuijiError('INVALID_INPUT', 'stratumOf 应为函数', { path: ['stratumOf'] });
    }
    const legacy = mode.kind === 'legacy';
    if (!legacy && mode.kind !== 'simulate') this.checkV2Options();
    if (input.announcement !== undefined && mode.kind === 'draw') {
      const announcement = parseAnnouncement(input.announcement, ['announcement']);
      const task = this.checkAgainst(announcement);
      this.announced = { digest: announcementDigest(announcement), task };
      this.idFormat = this.options.idFormat ?? announcement.idFormat;
      if (this.options.idFormat !== undefined && this.options.idFormat !== announcement.idFormat) {
        throw announcementMismatch('idFormat', `标识格式 ${this.options.idFormat} 与公告的 ${announcement.idFormat} 不同`);
      }
    } else {
      this.idFormat = this.options.idFormat;
    }
    this.manifest = legacy || mode.kind === 'simulate' || this.announced !== null ? null : new PoolManifestBuilder();
    this.stratumOf = input.stratumOf;
    this.stratified = this.options.allocation !== undefined;
    this.taskSeed = `${this.options.seed}/${this.options.taskId}`;
    const sizes = this.options.allocation ?? { [ALL_STRATUM]: this.options.size ?? 0 };
    if (this.manifest !== null) for (const name of Object.keys(sizes)) this.manifest.declare(name);
    this.sampler = new ConsistentSampler(
      {
        seed: this.taskSeed,
        sizes,
        reserve: this.options.reserve,
        exclude: this.options.exclude,
        poolDigest: legacy ? mode.poolDigest : false,
        duplicates: this.options.checkDuplicates === 'all' ? 'all' : 'retained',
      },
      {
        sizePath: (stratum) => (this.stratified ? ['allocation', stratum] : ['size']),
        itemPath: (index) => (index < 0 ? ['pool'] : ['pool', index]),
        canonicalIds: !legacy,
        ...(this.idFormat === undefined ? {} : { idFormat: this.idFormat }),
      },
    );
  }

  /** The checks of `consistent-sampler/2`: a seed without `/`, canonical and distinct exclusions. */
  private checkV2Options(): void {
    if (this.options.seed.includes('/')) {
      throw new ShuangsuijiError('INVALID_INPUT', '随机种子不能含有 /：任务种子 `${seed}/${taskId}` 须能按第一个 / 唯一拆分', { path: ['seed'] });
    }
    const seen = new Set<string>();
    this.options.exclude.forEach((id, i) => {
      if (!isCanonicalSubjectId(id)) throw nonCanonical(id, ['exclude', i]);
      if (seen.has(id)) throw new ShuangsuijiError('DUPLICATE_ID', `排除名单中 ${id} 重复`, { path: ['exclude', i], details: { id } });
      seen.add(id);
    });
  }

  /** Checks the options against the announcement; returns the announced task. */
  private checkAgainst(announcement: DrawAnnouncement): AnnouncedTask {
    const options = this.options;
    const task = announcement.tasks.find((candidate) => candidate.taskId === options.taskId);
    if (task === undefined) throw announcementMismatch('taskId', `任务编号 ${options.taskId} 不在抽取公告中（公告的任务：${announcement.tasks.map((t) => t.taskId).join('、')}）`);
    if (task.size !== options.size) throw announcementMismatch('size', `抽取数量 ${String(options.size)} 与公告的 ${String(task.size)} 不同`);
    const ours = options.allocation ?? {};
    const theirs = task.allocation ?? {};
    const names = new Set([...Object.keys(ours), ...Object.keys(theirs)]);
    for (const name of names) {
      if (ours[name] !== theirs[name]) throw announcementMismatch('allocation', `分层 ${name} 的抽取数量 ${String(ours[name])} 与公告的 ${String(theirs[name])} 不同`);
    }
    if (task.reserve !== options.reserve) throw announcementMismatch('reserve', `备选数量 ${options.reserve} 与公告的 ${task.reserve} 不同`);
    const announced = task.exclusions.map((exclusion) => exclusion.id).sort(compareCodePoints);
    const given = [...options.exclude].sort(compareCodePoints);
    if (announced.length !== given.length || announced.some((id, i) => id !== given[i])) {
      throw announcementMismatch('exclude', `排除名单（${given.join('、') || '无'}）与公告的排除名单（${announced.join('、') || '无'}）不同：揭晓种子后不能再增减排除对象`);
    }
    return task;
  }

  /**
   * Adds one element of the pool: an item, or a batch (array) of items.
   *
   * @param element - the element
   */
  addElement(element: T | readonly T[]): void {
    if (Array.isArray(element)) for (const item of element as readonly T[]) this.add(item);
    else this.add(element as T);
  }

  private add(item: T): void {
    const index = this.index++;
    let id: string;
    if (typeof item === 'string') id = item;
    else if (item === null || typeof item !== 'object') {
      throw new ShuangsuijiError('INVALID_INPUT', `抽查范围第 ${index + 1} 项应为标识或 { id } 对象`, { path: ['pool', index] });
    } else id = item.id;
    const stratum = this.stratified ? this.stratumFor(item, index) : undefined;
    this.sampler.addItem(id, stratum, item, index);
    if (this.manifest !== null) this.manifest.add(id, stratum ?? ALL_STRATUM);
  }

  private stratumFor(item: T, index: number): string {
    const stratum = this.stratumOf === undefined ? defaultStratumOf(item) : this.stratumOf(item);
    if (typeof stratum === 'string' && stratum.length > 0) return stratum;
    if (stratum === undefined) {
      const id = typeof item === 'string' ? item : item.id;
      throw new ShuangsuijiError('UNKNOWN_STRATUM', `抽查范围第 ${index + 1} 项（${String(id)}）没有分层（风险类别），无法按分配抽取`, {
        path: ['pool', index],
        details: { id, stratum: null },
      });
    }
    throw new ShuangsuijiError('INVALID_INPUT', `stratumOf 对第 ${index + 1} 项返回的分层应为非空字符串`, { path: ['pool', index] });
  }

  /**
   * Finishes the draw.
   *
   * @returns selected subjects, reserves and the record
   * @throws {ShuangsuijiError} `SAMPLE_TOO_LARGE` when a stratum has too few eligible subjects;
   *   `DUPLICATE_ID`; `UNKNOWN_REFERENCE` (an exclusion not in the pool); `ANNOUNCEMENT_MISMATCH`
   *   (pool sizes other than announced)
   */
  finish(): DrawSubjectsResult<T> & { readonly anyRecord: AnyDrawRecord } {
    const { result, payloads } = this.sampler.resultWithPayloads();
    const selected: DrawnSubject<T>[] = [];
    const reserves: DrawnSubject<T>[] = [];
    const recordSelected: TicketedId[] = [];
    const recordReserves: TicketedId[] = [];
    for (const [name, stratum] of Object.entries(result.strata)) {
      const items = payloads.get(name)!;
      for (const [entries, out, record, first] of [
        [stratum.selected, selected, recordSelected, 0],
        [stratum.reserves, reserves, recordReserves, stratum.size],
      ] as const) {
        for (let i = 0; i < entries.length; i++) {
          const entry = entries[i]!;
          out.push({ id: entry.id, stratum: entry.stratum, rank: entry.rank, ticket: entry.ticket, item: items[first + i] as T });
          record.push(entry);
        }
      }
    }
    const options = this.options;
    const common = {
      taskId: options.taskId,
      seed: options.seed,
      seedCommitment: sha256Hex(options.seed),
      taskSeed: this.taskSeed,
    };
    if (this.mode.kind === 'legacy') {
      const strata: LegacyDrawRecord['strata'] = {};
      for (const [name, stratum] of Object.entries(result.strata)) {
        strata[name] = { size: stratum.size, poolSize: stratum.poolSize, excluded: stratum.excluded, poolDigest: stratum.poolDigest };
      }
      const record: LegacyDrawRecord = {
        scheme: LEGACY_DRAW_SCHEME,
        ...common,
        poolSize: result.poolSize,
        poolDigest: result.poolDigest,
        reserve: options.reserve,
        excluded: [...new Set(options.exclude)].sort(compareCodePoints),
        strata,
        selected: recordSelected,
        reserves: recordReserves,
      };
      return { selected, reserves, record: record as unknown as DrawRecord, anyRecord: record };
    }
    const excludedInPool = Object.values(result.strata).reduce((sum, stratum) => sum + stratum.excluded, 0);
    if (this.mode.kind === 'draw' && excludedInPool !== options.exclude.length) {
      const missing = options.exclude.filter((id) => !this.sampler.excludedSeen.has(id));
      throw new ShuangsuijiError('UNKNOWN_REFERENCE', `排除名单中的 ${missing.join('、')} 不在抽查范围内`, {
        path: ['exclude', options.exclude.indexOf(missing[0]!)],
        details: { ids: missing },
      });
    }
    let poolCommitment: string;
    const commitments: Record<string, string> = {};
    if (this.manifest !== null) {
      const value = this.manifest.commitment();
      poolCommitment = value.digest;
      for (const [name, stratum] of Object.entries(value.strata)) commitments[name] = stratum.digest;
    } else if (this.announced === null) {
      poolCommitment = EMPTY_DIGEST; // a simulated draw: no commitment
    } else {
      const task = this.announced.task;
      for (const [name, stratum] of Object.entries(result.strata)) {
        const announced = task.pool.strata[name]?.size ?? 0;
        if (announced !== stratum.poolSize) {
          throw announcementMismatch('pool', `分层 ${name} 的抽查范围有 ${stratum.poolSize} 户，而抽取公告承诺的是 ${announced} 户：抽取所用的名录与公告的不同`);
        }
        commitments[name] = task.pool.strata[name]?.digest ?? EMPTY_DIGEST;
      }
      poolCommitment = task.pool.digest;
    }
    const strata: DrawRecord['strata'] = {};
    for (const [name, stratum] of Object.entries(result.strata)) {
      strata[name] = { size: stratum.size, poolSize: stratum.poolSize, excluded: stratum.excluded, commitment: commitments[name] ?? EMPTY_DIGEST };
    }
    const record: DrawRecord = {
      scheme: DRAW_SCHEME,
      ...common,
      ...(this.announced === null ? {} : { announcementDigest: this.announced.digest }),
      ...(this.idFormat === undefined || this.idFormat === 'any' ? {} : { idFormat: this.idFormat }),
      poolSize: result.poolSize,
      poolCommitment,
      reserve: options.reserve,
      excluded: [...options.exclude].sort(compareCodePoints),
      strata,
      selected: recordSelected,
      reserves: recordReserves,
    };
    return { selected, reserves, record, anyRecord: record };
  }
}

/** SHA-256 of the empty manifest. */
const EMPTY_DIGEST = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

function announcementMismatch(field: string, message: string): ShuangsuijiError {
  return new ShuangsuijiError('ANNOUNCEMENT_MISMATCH', `抽取参数与抽取公告不一致：${message}`, { path: [field], details: { field } });
}
