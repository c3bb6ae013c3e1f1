import { z } from 'zod';
import { ShuangsuijiError } from '../core/errors.js';
import { parseInput } from '../core/parse-input.js';
import { StratumSizesSchema, type StratumSizesInput } from './stratum-sizes.js';
import { compareCodePoints } from './compare-code-points.js';
import type { DrawRecord } from './draw-record.js';
import { defaultStratumOf, type DrawPoolItem, type StratumOf } from './pool-item.js';
import { ALL_STRATUM, ConsistentSampler, DRAW_SCHEME, type TicketedId } from './sampler.js';
import { SeedSchema } from './seed-schema.js';
import { sha256Hex } from './sha256.js';
import { isWellFormedText } from './utf8.js';

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
    /** Compute the pool digest (one more SHA-256 per item). */
    poolDigest: z.boolean().default(true),
    /**
     * `retained` (default): reject a duplicate id whenever it could change the result — a duplicate
     * has the same ticket, so only retained tickets matter — in O(sample) memory; `all`: reject
     * any duplicate, keeping every id seen (O(pool) memory, about +80 % time). `verifyDraw`
     * always checks `all`, so a pool with duplicates fails verification.
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
  /** Compute the pool digest (default `true`). */
  readonly poolDigest?: boolean;
  /** Duplicate-id check: `retained` (default, O(sample) memory) or `all` (O(pool) memory). */
  readonly checkDuplicates?: 'all' | 'retained';
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
 * result.record.scheme; //=> 'consistent-sampler/1'
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
 * One subject draw in progress (抽取过程，内部): validated options, the sampler, and the
 * per-item reading of id and stratum shared by the sync and async entry points.
 */
export class SubjectDraw<T extends DrawPoolItem> {
  private readonly options: z.output<typeof DrawSubjectsOptionsSchema>;
  private readonly sampler: ConsistentSampler;
  private readonly stratumOf: StratumOf<T> | undefined;
  private readonly stratified: boolean;
  private readonly taskSeed: string;
  private index = 0;

  constructor(input: Omit<DrawSubjectsInput<T>, 'pool'>) {
    if (input === null || typeof input !== 'object') throw new ShuangsuijiError('INVALID_INPUT', '抽取参数应为对象');
    this.options = parseInput(
      DrawSubjectsOptionsSchema,
      {
        seed: input.seed,
        taskId: input.taskId,
        size: input.size,
        allocation: input.allocation,
        reserve: input.reserve,
        exclude: input.exclude,
        poolDigest: input.poolDigest,
        checkDuplicates: input.checkDuplicates,
      },
      'INVALID_INPUT',
      '抽取参数',
    );
    if (input.stratumOf !== undefined && typeof input.stratumOf !== 'function') {
      throw new ShuangsuijiError('INVALID_INPUT', 'stratumOf 应为函数', { path: ['stratumOf'] });
    }
    this.stratumOf = input.stratumOf;
    this.stratified = this.options.allocation !== undefined;
    this.taskSeed = `${this.options.seed}/${this.options.taskId}`;
    const sizes = this.options.allocation ?? { [ALL_STRATUM]: this.options.size ?? 0 };
    this.sampler = new ConsistentSampler(
      {
        seed: this.taskSeed,
        sizes,
        reserve: this.options.reserve,
        exclude: this.options.exclude,
        poolDigest: this.options.poolDigest,
        duplicates: this.options.checkDuplicates === 'all' ? 'all' : 'retained',
      },
      {
        sizePath: (stratum) => (this.stratified ? ['allocation', stratum] : ['size']),
        itemPath: (index) => (index < 0 ? ['pool'] : ['pool', index]),
      },
    );
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
    if (typeof item === 'string') {
      this.sampler.addItem(item, this.stratified ? this.stratumFor(item, index) : undefined, item, index);
      return;
    }
    if (item === null || typeof item !== 'object') {
      throw new ShuangsuijiError('INVALID_INPUT', `抽查范围第 ${index + 1} 项应为标识或 { id } 对象`, { path: ['pool', index] });
    }
    this.sampler.addItem(item.id, this.stratified ? this.stratumFor(item, index) : undefined, item, index);
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
   * @throws {ShuangsuijiError} `SAMPLE_TOO_LARGE` when a stratum has too few eligible subjects
   */
  finish(): DrawSubjectsResult<T> {
    const { result, payloads } = this.sampler.resultWithPayloads();
    const selected: DrawnSubject<T>[] = [];
    const reserves: DrawnSubject<T>[] = [];
    // The sampler's entries are fresh objects of exactly the record's shape, so the record takes
    // them as they are; the result's entries add the caller's item (built field by field: an
    // object spread costs several times more per entry).
    const recordSelected: TicketedId[] = [];
    const recordReserves: TicketedId[] = [];
    const strata: DrawRecord['strata'] = {};
    for (const [name, stratum] of Object.entries(result.strata)) {
      strata[name] = { size: stratum.size, poolSize: stratum.poolSize, excluded: stratum.excluded, poolDigest: stratum.poolDigest };
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
    const record: DrawRecord = {
      scheme: DRAW_SCHEME,
      taskId: this.options.taskId,
      seed: this.options.seed,
      seedCommitment: sha256Hex(this.options.seed),
      taskSeed: this.taskSeed,
      poolSize: result.poolSize,
      poolDigest: result.poolDigest,
      reserve: this.options.reserve,
      excluded: [...new Set(this.options.exclude)].sort(compareCodePoints),
      strata,
      selected: recordSelected,
      reserves: recordReserves,
    };
    return { selected, reserves, record };
  }
}
