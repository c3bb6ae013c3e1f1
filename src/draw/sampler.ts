import { z } from 'zod';
import { ShuangsuijiError, type ErrorPath } from '../core/errors.js';
import { parseInput } from '../core/parse-input.js';
import { compareCodePoints } from './compare-code-points.js';
import { DigestSum } from './digest-sum.js';
import { IdHasher } from './id-hasher.js';
import { HexDigestSchema, poolDigest } from './pool-digest.js';
import { seedMidstate } from './seed-midstate.js';
import { SeedSchema } from './seed-schema.js';
import { SHA256_IV } from './sha256-compress.js';
import { hexToWords, wordsToHex } from './sha256.js';
import { TicketHeap } from './ticket-heap.js';
import { ticketFirstDigit, ticketKey, ticketString } from './ticket-key.js';

/**
 * Scheme id of the draw method, written into every state and record (抽取方法标识).
 *
 * @example
 * ```ts
 * DRAW_SCHEME; //=> 'consistent-sampler/1'
 * drawSubjects({ seed: '31', taskId: 'T1', pool: ['a', 'b'], size: 1 }).record.scheme === DRAW_SCHEME; //=> true
 * ```
 */
export const DRAW_SCHEME = 'consistent-sampler/1';

/**
 * Name of the single stratum used when a draw has one `size` instead of an allocation (全体).
 *
 * @example
 * ```ts
 * ALL_STRATUM; //=> '*'
 * ```
 */
export const ALL_STRATUM = '*';

const SizeSchema = z.number().int().min(0);

/**
 * Schema of the options of {@link createSampler} (抽样累加器参数).
 *
 * @example
 * ```ts
 * SamplerOptionsSchema.parse({ seed: '31/T1', sizes: { A: 2, B: 1 }, reserve: 1 }).reserve; //=> 1
 * ```
 */
export const SamplerOptionsSchema = z
  .object({
    /** The seed used as is (for a task, the task seed `${seed}/${taskId}`). */
    seed: SeedSchema,
    /** One stratum of this size, named {@link ALL_STRATUM}. */
    size: SizeSchema.optional(),
    /** Sample size per stratum (各层抽取数量). */
    sizes: z.record(z.string().min(1), SizeSchema).optional(),
    /** Reserves per stratum (每层备选数量): the next subjects in ticket order. */
    reserve: SizeSchema.default(0),
    /** Ids that stay in the pool (counted, digested) but are never drawn (排除). */
    exclude: z.array(z.string().min(1)).default([]),
    /** Compute the per-stratum pool digest (one extra SHA-256 per item). */
    poolDigest: z.boolean().default(true),
    /**
     * Duplicate-id check: `retained` (O(sample) memory) catches every duplicate that could change the
     * result — a duplicate has the same ticket, so it can only matter if that ticket is retained;
     * `all` also keeps every id seen (O(pool) memory) and rejects any duplicate.
     */
    duplicates: z.enum(['retained', 'all']).default('retained'),
  })
  .refine((options) => (options.size === undefined) !== (options.sizes === undefined), {
    message: '应给出 size 或 sizes 之一',
    path: ['sizes'],
  })
  .meta({ description: '抽样累加器参数' });

/**
 * Options of {@link createSampler}, as accepted on input.
 *
 * @example
 * ```ts
 * const options: SamplerOptions = { seed: '31/T1', sizes: { A: 1, B: 1 }, reserve: 1 };
 * createSampler(options).state().sizes; //=> { A: 1, B: 1 }
 * ```
 */
export type SamplerOptions = z.input<typeof SamplerOptionsSchema>;

/**
 * Schema of a sampler's serialisable state (抽样累加器状态): what a worker or a distributed
 * engine sends back to be merged. Retained entries are `[id, sha256 hex of sha256_hex(seed) + id]`.
 *
 * @example
 * ```ts
 * SamplerStateSchema.parse(createSampler({ seed: 's', size: 1 }).state()).scheme; //=> 'consistent-sampler/1'
 * ```
 */
export const SamplerStateSchema = z
  .object({
    scheme: z.literal(DRAW_SCHEME),
    seed: SeedSchema,
    sizes: z.record(z.string().min(1), SizeSchema),
    reserve: SizeSchema,
    excludeDigest: HexDigestSchema,
    poolDigest: z.boolean(),
    strata: z.record(
      z.string().min(1),
      z.object({
        poolSize: SizeSchema,
        excluded: SizeSchema,
        poolDigest: HexDigestSchema.nullable(),
        retained: z.array(z.tuple([z.string().min(1), HexDigestSchema])),
      }),
    ),
  })
  .meta({ description: '抽样累加器状态（可序列化，可合并）' });

/**
 * A sampler's serialisable state.
 *
 * @example
 * ```ts
 * const worker = createSampler({ seed: '31/T1', size: 2 }); worker.addMany(['a', 'b']);
 * const state: SamplerState = JSON.parse(JSON.stringify(worker.state())); // sent by the worker
 * const driver = createSampler({ seed: '31/T1', size: 2 }); driver.addMany(['c', 'd']); driver.merge(state);
 * driver.result().strata['*']?.selected.map((entry) => entry.id); //=> ['a', 'c'], as one sampler of a, b, c, d gives
 * ```
 */
export type SamplerState = z.infer<typeof SamplerStateSchema>;

/**
 * One drawn id with its ticket (中签对象).
 *
 * @example
 * ```ts
 * const sampler = createSampler({ seed: '31/T1', size: 2 }); sampler.addMany(['a', 'b', 'c', 'd']);
 * const second: TicketedId | undefined = sampler.result().strata['*']?.selected[1];
 * [second?.id, second?.stratum, second?.rank, second?.ticket === ticketNumber('31/T1', 'c')]; //=> ['c', '*', 2, true]
 * ```
 */
export interface TicketedId {
  readonly id: string;
  readonly stratum: string;
  /** 1-based position in its stratum's ticket order: selected 1…size, reserves size+1…. */
  readonly rank: number;
  /** The exact ticket number (decimal string). */
  readonly ticket: string;
}

/**
 * Per-stratum outcome of a sampler (分层结果).
 *
 * @example
 * ```ts
 * const sampler = createSampler({ seed: '31/T1', sizes: { A: 1, B: 1 }, reserve: 1 });
 * sampler.addMany([{ id: 'a', stratum: 'A' }, { id: 'b', stratum: 'A' }, { id: 'c', stratum: 'B' }]);
 * const a: StratumResult | undefined = sampler.result().strata['A'];
 * [a?.size, a?.poolSize, a?.selected.map((entry) => entry.id), a?.reserves.map((entry) => entry.id)]; //=> [1, 2, ['a'], ['b']]
 * ```
 */
export interface StratumResult {
  readonly size: number;
  /** Items of this stratum seen, excluded ones included. */
  readonly poolSize: number;
  /** Items of this stratum skipped because excluded. */
  readonly excluded: number;
  /** Pool digest of the stratum's items, or `null` when digests are off. */
  readonly poolDigest: string | null;
  readonly selected: TicketedId[];
  readonly reserves: TicketedId[];
}

/**
 * Outcome of a sampler (抽样结果).
 *
 * @example
 * ```ts
 * const sampler = createSampler({ seed: '31/T1', size: 2 }); sampler.addMany(['a', 'b', 'c', 'd']);
 * const result: SamplerResult = sampler.result();
 * [result.seed, result.poolSize, Object.keys(result.strata)]; //=> ['31/T1', 4, ['*']]
 * ```
 */
export interface SamplerResult {
  readonly seed: string;
  readonly reserve: number;
  readonly poolSize: number;
  readonly poolDigest: string | null;
  /** Strata in code-point order of their names. */
  readonly strata: Record<string, StratumResult>;
}

/**
 * A mergeable bottom-k sampler (可合并的抽样累加器). Create it with {@link createSampler}.
 *
 * @example
 * ```ts
 * const sampler: Sampler = createSampler({ seed: '31/T1', size: 2 });
 * sampler.addMany(['a', 'b', 'c', 'd']);
 * sampler.result().strata['*']?.selected.map((entry) => entry.id); //=> ['a', 'c']
 * ```
 */
export interface Sampler {
  /** Adds one id to a stratum (the only stratum when omitted and there is exactly one). */
  add(id: string, stratum?: string): void;
  /** Adds ids or `{ id, stratum? }` items. */
  addMany(items: Iterable<string | { readonly id: string; readonly stratum?: string | undefined }>): void;
  /** Adds the retained tickets and counts of another sampler or state with the same parameters. */
  merge(other: Sampler | SamplerState): void;
  /** The serialisable state, O(sample) in size. */
  state(): SamplerState;
  /** The draw: per stratum the `size` smallest tickets, then `reserve` more. */
  result(): SamplerResult;
}

interface Stratum {
  /** Position in the sampler's strata, for {@link RetainedIndex}. */
  readonly index: number;
  readonly name: string;
  readonly size: number;
  readonly heap: TicketHeap;
  readonly digest: DigestSum | null;
  poolSize: number;
  excluded: number;
}

/** @internal how errors of sizes are located by the caller's API */
export interface SamplerInternals {
  readonly sizePath: (stratum: string) => ErrorPath;
  readonly itemPath: (index: number) => ErrorPath;
}

const DEFAULT_INTERNALS: SamplerInternals = {
  sizePath: (stratum) => ['sizes', stratum],
  itemPath: () => [],
};

/**
 * The sampler behind every draw (抽样累加器实现，内部). See {@link createSampler}.
 */
export class ConsistentSampler implements Sampler {
  readonly seed: string;
  readonly reserve: number;
  readonly sizes: Readonly<Record<string, number>>;
  readonly excludeDigest: string;
  readonly digests: boolean;
  private readonly midstate: Int32Array;
  private readonly strata = new Map<string, Stratum>();
  private readonly single: Stratum | undefined;
  private readonly excluded: Set<string>;
  private readonly retained = new RetainedIndex();
  private readonly heaps: TicketHeap[] = [];
  private readonly seen: Set<string> | null;
  private readonly hasher = new IdHasher();
  private readonly ticketWords = new Int32Array(8);
  private readonly plainWords = new Int32Array(8);
  private readonly internals: SamplerInternals;

  constructor(options: z.output<typeof SamplerOptionsSchema>, internals: SamplerInternals = DEFAULT_INTERNALS) {
    this.internals = internals;
    this.seed = options.seed;
    this.reserve = options.reserve;
    this.digests = options.poolDigest;
    this.midstate = seedMidstate(options.seed);
    const sizes = options.sizes ?? { [ALL_STRATUM]: options.size ?? 0 };
    const names = Object.keys(sizes).sort(compareCodePoints);
    const sorted: Record<string, number> = {};
    for (const name of names) {
      const size = sizes[name]!;
      sorted[name] = size;
      const heap = new TicketHeap(size + options.reserve);
      this.strata.set(name, {
        index: this.heaps.length,
        name,
        size,
        heap,
        digest: options.poolDigest ? new DigestSum() : null,
        poolSize: 0,
        excluded: 0,
      });
      this.heaps.push(heap);
    }
    this.sizes = sorted;
    this.single = names.length === 1 ? this.strata.get(names[0]!) : undefined;
    this.excluded = new Set(options.exclude);
    this.excludeDigest = poolDigest(this.excluded);
    this.seen = options.duplicates === 'all' ? new Set() : null;
  }

  add(id: string, stratum?: string): void {
    this.addItem(id, stratum, undefined, -1);
  }

  addMany(items: Iterable<string | { readonly id: string; readonly stratum?: string | undefined }>): void {
    if (items === null || typeof items !== 'object' || typeof items[Symbol.iterator] !== 'function') {
      throw new ShuangsuijiError('INVALID_INPUT', '应为标识或 { id, stratum } 的数组或可迭代对象', { path: ['items'] });
    }
    let index = 0;
    for (const item of items) {
      if (typeof item === 'string') this.addItem(item, undefined, undefined, index);
      else if (item !== null && typeof item === 'object') this.addItem(item.id, item.stratum, undefined, index);
      else throw new ShuangsuijiError('INVALID_INPUT', `第 ${index + 1} 项应为标识或 { id, stratum }`, { path: ['items', index] });
      index++;
    }
  }

  /**
   * Adds one item: counts and digests it, skips it if excluded, otherwise offers its ticket.
   *
   * @param id - the id (validated here)
   * @param stratumName - its stratum, or `undefined` for the only stratum
   * @param payload - kept with the entry if retained (e.g. the caller's item)
   * @param index - the item's index for error paths, `-1` for none
   */
  addItem(id: unknown, stratumName: string | undefined, payload: unknown, index: number): void {
    if (typeof id !== 'string' || id.length === 0) {
      throw new ShuangsuijiError('INVALID_INPUT', `第 ${index + 1} 个检查对象的标识应为非空字符串`, { path: [...this.internals.itemPath(index), 'id'] });
    }
    const stratum = stratumName === undefined ? this.single : this.strata.get(stratumName);
    if (stratum === undefined) throw this.unknownStratum(id, stratumName, index);
    if (this.seen !== null) {
      if (this.seen.has(id)) throw duplicate(id, this.internals.itemPath(index));
      this.seen.add(id);
    }
    const hasher = this.hasher;
    if (!hasher.load(id)) {
      throw new ShuangsuijiError('INVALID_INPUT', `检查对象标识 ${JSON.stringify(id)} 含有不成对的代理项，不是有效的 Unicode`, {
        path: [...this.internals.itemPath(index), 'id'],
      });
    }
    stratum.poolSize++;
    if (stratum.digest !== null) {
      hasher.hashAfter(SHA256_IV, 0, this.plainWords);
      stratum.digest.add(this.plainWords, 0);
    }
    if (this.excluded.size > 0 && this.excluded.has(id)) {
      stratum.excluded++;
      return;
    }
    const heap = stratum.heap;
    if (heap.capacity === 0) return;
    const words = this.ticketWords;
    hasher.hashAfter(this.midstate, 64, words);
    // Most tickets lose on their first digit alone; only the others need the 11-digit key.
    if (ticketFirstDigit(words, 0) > heap.bound) return;
    const key = ticketKey(words, 0);
    if (!heap.accepts(key, words, 0)) return;
    this.retain(stratum, key, words, 0, id, payload, index);
  }

  merge(other: Sampler | SamplerState): void {
    if (other instanceof ConsistentSampler) {
      this.checkCompatible(other.seed, other.sizes, other.reserve, other.excludeDigest, other.digests);
      for (const [name, theirs] of other.strata) {
        const ours = this.strata.get(name)!;
        ours.poolSize += theirs.poolSize;
        ours.excluded += theirs.excluded;
        if (ours.digest !== null && theirs.digest !== null) ours.digest.addSum(theirs.digest);
        const heap = theirs.heap;
        for (const entry of heap.sorted()) this.offer(ours, heap.keys[entry.slot]!, heap.digests, entry.slot * 8, entry.id, entry.payload);
      }
      return;
    }
    const state = parseInput(SamplerStateSchema, other, 'INVALID_INPUT', '抽样累加器状态');
    this.checkCompatible(state.seed, state.sizes, state.reserve, state.excludeDigest, state.poolDigest);
    const words = new Int32Array(8);
    for (const [name, theirs] of Object.entries(state.strata)) {
      const ours = this.strata.get(name);
      if (ours === undefined) throw mismatch('strata', `状态中的分层 ${name} 在本累加器中不存在`);
      ours.poolSize += theirs.poolSize;
      ours.excluded += theirs.excluded;
      if (ours.digest !== null && theirs.poolDigest !== null) ours.digest.addHex(theirs.poolDigest);
      for (const [id, hex] of theirs.retained) {
        hexToWords(hex, words, 0);
        this.offer(ours, ticketKey(words, 0), words, 0, id, undefined);
      }
    }
  }

  state(): SamplerState {
    const strata: SamplerState['strata'] = {};
    for (const [name, stratum] of this.strata) {
      const heap = stratum.heap;
      strata[name] = {
        poolSize: stratum.poolSize,
        excluded: stratum.excluded,
        poolDigest: stratum.digest === null ? null : stratum.digest.hex(),
        retained: heap.sorted().map((entry) => [entry.id, wordsToHex(heap.digests, entry.slot * 8)] as [string, string]),
      };
    }
    return {
      scheme: DRAW_SCHEME,
      seed: this.seed,
      sizes: { ...this.sizes },
      reserve: this.reserve,
      excludeDigest: this.excludeDigest,
      poolDigest: this.digests,
      strata,
    };
  }

  result(): SamplerResult {
    return this.resultWithPayloads().result;
  }

  /**
   * The result plus, per drawn id, the payload it was added with (internal).
   *
   * @returns the result and a map from id to payload
   * @throws {ShuangsuijiError} `SAMPLE_TOO_LARGE` when a stratum has fewer eligible items than its size
   */
  resultWithPayloads(): { result: SamplerResult; payloads: Map<string, unknown> } {
    const strata: Record<string, StratumResult> = {};
    const payloads = new Map<string, unknown>();
    const total = this.digests ? new DigestSum() : null;
    let poolSize = 0;
    for (const [name, stratum] of this.strata) {
      const eligible = stratum.poolSize - stratum.excluded;
      if (eligible < stratum.size) {
        throw new ShuangsuijiError(
          'SAMPLE_TOO_LARGE',
          `分层 ${name} 应抽取 ${stratum.size} 户，但可抽取的检查对象只有 ${eligible} 户`,
          { path: this.internals.sizePath(name), details: { stratum: name, size: stratum.size, eligible } },
        );
      }
      const heap = stratum.heap;
      const entries = heap.sorted().map((entry, position): TicketedId => {
        payloads.set(entry.id, entry.payload);
        return { id: entry.id, stratum: name, rank: position + 1, ticket: ticketString(heap.digests, entry.slot * 8) };
      });
      const digest = stratum.digest === null ? null : stratum.digest.hex();
      if (total !== null && digest !== null) total.addHex(digest);
      poolSize += stratum.poolSize;
      strata[name] = {
        size: stratum.size,
        poolSize: stratum.poolSize,
        excluded: stratum.excluded,
        poolDigest: digest,
        selected: entries.slice(0, stratum.size),
        reserves: entries.slice(stratum.size),
      };
    }
    return {
      result: { seed: this.seed, reserve: this.reserve, poolSize, poolDigest: total === null ? null : total.hex(), strata },
      payloads,
    };
  }

  private offer(stratum: Stratum, key: number, words: ArrayLike<number>, offset: number, id: string, payload: unknown): void {
    if (stratum.heap.accepts(key, words, offset)) this.retain(stratum, key, words, offset, id, payload, -1);
  }

  /**
   * Pushes an accepted candidate, after checking that its id is not already retained (in any
   * stratum: a duplicate has the same ticket, so it can only change the draw if that ticket is
   * retained). The check looks the candidate's digest up in {@link RetainedIndex}, not its id in a
   * `Set` of strings, which would hash every pushed id string.
   */
  private retain(stratum: Stratum, key: number, words: ArrayLike<number>, offset: number, id: string, payload: unknown, index: number): void {
    const retained = this.retained;
    const word = words[offset]! | 0;
    if (retained.has(word, id, this.heaps)) throw duplicate(id, index < 0 ? [] : this.internals.itemPath(index));
    const heap = stratum.heap;
    if (heap.size === heap.capacity) {
      const top = heap.topSlot;
      retained.delete(heap.digests[top * 8]!, stratum.index, top);
    }
    heap.push(key, words, offset, id, payload);
    retained.add(word, stratum.index, heap.lastSlot);
  }

  private unknownStratum(id: string, stratum: string | undefined, index: number): ShuangsuijiError {
    const known = [...this.strata.keys()].join('、');
    const message =
      stratum === undefined
        ? `检查对象 ${id} 没有分层，而抽取有多个分层（${known}）`
        : `检查对象 ${id} 的分层 ${stratum} 没有分配抽取数量（已分配：${known}）；不抽该层请明确分配 0`;
    return new ShuangsuijiError('UNKNOWN_STRATUM', message, {
      path: this.internals.itemPath(index),
      details: { id, stratum: stratum ?? null, strata: [...this.strata.keys()] },
    });
  }

  private checkCompatible(seed: string, sizes: Readonly<Record<string, number>>, reserve: number, excludeDigest: string, digests: boolean): void {
    if (seed !== this.seed) throw mismatch('seed', '随机种子不同');
    const ours = Object.keys(this.sizes);
    const theirs = Object.keys(sizes);
    if (ours.length !== theirs.length || ours.some((name) => sizes[name] !== this.sizes[name])) throw mismatch('sizes', '各层抽取数量不同');
    if (reserve !== this.reserve) throw mismatch('reserve', '备选数量不同');
    if (excludeDigest !== this.excludeDigest) throw mismatch('exclude', '排除名单不同');
    if (digests !== this.digests) throw mismatch('poolDigest', '是否计算抽查范围摘要的设置不同');
  }
}

/**
 * The retained entries of all strata, indexed by the first word of their digest (已保留票号索引，
 * 内部): an open-addressing hash table (linear probing, backward-shift deletion) of typed arrays, so
 * the duplicate check of a pushed candidate hashes no string. A first-word match is confirmed by
 * comparing the ids (two different ids with the same first word are told apart).
 */
class RetainedIndex {
  /** First digest word of each entry. */
  private words = new Int32Array(1024);
  /** Stratum index + 1 of each entry; 0 marks an empty cell. */
  private strata = new Int32Array(1024);
  private slots = new Int32Array(1024);
  private mask = 1023;
  private count = 0;

  /** Tells whether `id` (whose digest starts with `word`) is retained in any of `heaps`. */
  has(word: number, id: string, heaps: readonly TicketHeap[]): boolean {
    const mask = this.mask;
    for (let cell = word & mask; this.strata[cell] !== 0; cell = (cell + 1) & mask) {
      if (this.words[cell] === word && heaps[this.strata[cell]! - 1]!.idAt(this.slots[cell]!) === id) return true;
    }
    return false;
  }

  add(word: number, stratum: number, slot: number): void {
    if ((this.count + 1) * 2 > this.mask + 1) this.grow();
    const mask = this.mask;
    let cell = word & mask;
    while (this.strata[cell] !== 0) cell = (cell + 1) & mask;
    this.words[cell] = word;
    this.strata[cell] = stratum + 1;
    this.slots[cell] = slot;
    this.count++;
  }

  delete(word: number, stratum: number, slot: number): void {
    const mask = this.mask;
    const words = this.words;
    const strata = this.strata;
    const slots = this.slots;
    let cell = word & mask;
    while (!(strata[cell] === stratum + 1 && slots[cell] === slot)) {
      if (strata[cell] === 0) return;
      cell = (cell + 1) & mask;
    }
    this.count--;
    // backward-shift deletion: move later entries of the probe run into the hole when their home allows
    let hole = cell;
    for (let next = (hole + 1) & mask; strata[next] !== 0; next = (next + 1) & mask) {
      const home = words[next]! & mask;
      const movable = hole <= next ? home <= hole || home > next : home <= hole && home > next;
      if (movable) {
        words[hole] = words[next]!;
        strata[hole] = strata[next]!;
        slots[hole] = slots[next]!;
        hole = next;
      }
    }
    strata[hole] = 0;
  }

  private grow(): void {
    const { words, strata, slots } = this;
    const size = (this.mask + 1) * 2;
    this.words = new Int32Array(size);
    this.strata = new Int32Array(size);
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    this.count = 0;
    for (let cell = 0; cell < strata.length; cell++) if (strata[cell] !== 0) this.add(words[cell]!, strata[cell]! - 1, slots[cell]!);
  }
}

function duplicate(id: string, path: ErrorPath): ShuangsuijiError {
  return new ShuangsuijiError('DUPLICATE_ID', `检查对象标识 ${id} 重复`, { path, details: { id } });
}

function mismatch(field: string, message: string): ShuangsuijiError {
  return new ShuangsuijiError('ACCUMULATOR_MISMATCH', `不能合并抽样累加器：${message}`, { path: [field], details: { field } });
}

/**
 * Creates a mergeable consistent sampler (可合并的抽样累加器) — how a provincial directory is
 * split over workers or a distributed engine and combined exactly.
 *
 * Algorithm (bottom-k with a max-heap per stratum): each added id is hashed once —
 * `sha256(sha256_hex(seed) ‖ id)` from a precomputed midstate, allocation-free — and its
 * ticket's first 11 digits are computed as a number without building the 78-digit integer
 * (see `ticketKey`). A stratum keeps the `size + reserve` smallest tickets in a max-heap; a
 * ticket above the heap's top is rejected after one comparison — most of them on the ticket's
 * first digit alone (`N mod 10`, from a sum of 16-bit chunks), before the 11-digit key is
 * computed — so almost every id costs one SHA-256 block and a comparison. Only exact key ties
 * (chance 10^-11) compare full tickets; the exact decimal ticket is formatted only for the result.
 * The duplicate check of a retained ticket looks up its digest in a typed-array hash table, not
 * its id in a set of strings.
 *
 * Because the draw is "the smallest tickets", it does not depend on the order of the items and
 * two samplers over disjoint parts merge ({@link Sampler.merge}) into exactly the sampler of the
 * whole. The state ({@link Sampler.state}) is plain JSON of size O(sample).
 *
 * @param options - seed (used as is), `size` or `sizes` per stratum, `reserve`, `exclude`,
 *   `poolDigest` (default on) and `duplicates` (default `retained`)
 * @returns a sampler
 * @throws {ShuangsuijiError} `EMPTY_SEED`, `INVALID_INPUT` (negative or fractional sizes); later,
 *   `UNKNOWN_STRATUM`, `DUPLICATE_ID`, `ACCUMULATOR_MISMATCH`, `SAMPLE_TOO_LARGE`
 *
 * @example
 * ```ts
 * const east = createSampler({ seed: '41', size: 5 });
 * const west = createSampler({ seed: '41', size: 5 });
 * for (let i = 0; i < 100; i++) (i % 2 === 0 ? east : west).add(String(i));
 * east.merge(west.state());
 * east.result().strata['*']!.selected.map((s) => s.id); //=> ['73', '51', '17', '58', '38']
 * ```
 */
export function createSampler(options: SamplerOptions): Sampler {
  return new ConsistentSampler(parseInput(SamplerOptionsSchema, options, 'INVALID_INPUT', '抽样累加器参数'));
}
