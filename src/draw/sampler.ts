import { badArgument, shownText } from '../core/_internal/boundary.js';
import { z } from 'zod';
import { ShuangsuijiError, type ErrorPath } from '../core/errors.js';
import { parseInput } from '../core/parse-input.js';
import { canonicalSubjectId, isCanonicalSubjectId, matchesIdFormat, type SubjectIdFormat } from '../directory/canonical-subject-id.js';
import { compareCodePoints } from './_internal/compare-code-points.js';
import { DigestSum } from './_internal/digest-sum.js';
import { IdHasher } from './_internal/id-hasher.js';
import { HexDigestSchema, poolDigest } from './pool-digest.js';
import { seedMidstate } from './_internal/seed-midstate.js';
import { SeedSchema } from './seed-schema.js';
import { SHA256_IV } from './_internal/sha256-compress.js';
import { hexToWords, wordsToHex } from './sha256.js';
import { decodeSamplerState, encodeSamplerState, type StratumBytes } from './_internal/sampler-bytes.js';
import { TicketBuffer } from './_internal/ticket-buffer.js';
import { isWellFormedText } from './_internal/utf8.js';
import { ticketFirstDigit, ticketKey, ticketString } from './_internal/ticket-key.js';

/**
 * Scheme id of the draw method, written into every state and record (抽取方法标识).
 *
 * @example
 * ```ts
 * DRAW_SCHEME; //=> 'consistent-sampler/2'
 * drawSubjects({ seed: '31', taskId: 'T1', pool: ['a', 'b'], size: 1 }).record.scheme === DRAW_SCHEME; //=> true
 * ```
 */
export const DRAW_SCHEME = 'consistent-sampler/2';

/**
 * Scheme id of records made before canonical ids, manifest commitments and draw announcements
 * (旧版抽取方法标识): such records still verify. The tickets of both schemes are the same.
 *
 * @example
 * ```ts
 * LEGACY_DRAW_SCHEME; //=> 'consistent-sampler/1'
 * ```
 */
export const LEGACY_DRAW_SCHEME = 'consistent-sampler/1';

/**
 * Name of the single stratum used when a draw has one `size` instead of an allocation (全体).
 *
 * @example
 * ```ts
 * ALL_STRATUM; //=> '*'
 * ```
 */
export const ALL_STRATUM = '*';

const SizeSchema = /* @__PURE__ */ (() => z.number().int().min(0))();

/**
 * Schema of the options of {@link createSampler} (抽样累加器参数).
 *
 * @example
 * ```ts
 * SamplerOptionsSchema.parse({ seed: '31/T1', sizes: { A: 2, B: 1 }, reserve: 1 }).reserve; //=> 1
 * ```
 */
export const SamplerOptionsSchema = /* @__PURE__ */ (() => z
  .strictObject({
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
     * result — a duplicate has the same ticket, so it can only matter if that ticket is drawn — and
     * reports it from `result()`, whatever the order of the items (a state hands repeats on);
     * `all` also keeps every id seen (O(pool) memory) and rejects any duplicate.
     */
    duplicates: z.enum(['retained', 'all']).default('retained'),
  })
  .refine((options) => (options.size === undefined) !== (options.sizes === undefined), {
    message: '应给出 size 或 sizes 之一',
    path: ['sizes'],
  })
  .meta({ description: '抽样累加器参数' }))();

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

/** One stratum of a {@link SamplerStateSchema}: counts, pool digest and retained entries. */
const StratumStateSchema = /* @__PURE__ */ (() => z.strictObject({
  poolSize: SizeSchema,
  excluded: SizeSchema,
  poolDigest: HexDigestSchema.nullable(),
  retained: z.array(z.tuple([z.string().min(1), HexDigestSchema])),
}))();

/**
 * Schema of a sampler's serialisable state (抽样累加器状态): what a worker or a distributed
 * engine sends back to be merged. Retained entries are `[id, sha256 hex of sha256_hex(seed) + id]`:
 * per stratum the drawn ones and the next one, in ticket order.
 *
 * @example
 * ```ts
 * SamplerStateSchema.parse(createSampler({ seed: 's', size: 1 }).state()).scheme; //=> 'consistent-sampler/2'
 * ```
 */
export const SamplerStateSchema = /* @__PURE__ */ (() => z
  .strictObject({
    scheme: z.literal(DRAW_SCHEME),
    seed: SeedSchema,
    sizes: z.record(z.string().min(1), SizeSchema),
    reserve: SizeSchema,
    excludeDigest: HexDigestSchema,
    poolDigest: z.boolean(),
    strata: z.record(z.string().min(1), StratumStateSchema),
  })
  .meta({ description: '抽样累加器状态（可序列化，可合并）' }))();

/**
 * The state schema with each stratum's `retained` list left unchecked (internal): `merge` checks
 * those entries by hand ({@link checkRetained}), as running a schema and a regular expression per
 * entry costs more than the merge itself when a partition keeps 10^5 entries.
 */
const SamplerStateEnvelopeSchema = /* @__PURE__ */ (() => SamplerStateSchema.extend({
  strata: z.record(z.string().min(1), StratumStateSchema.extend({ retained: z.array(z.unknown()) })),
}))();

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
 * // a worker's binary state, transferred with postMessage(bytes, [bytes.buffer]), merges like its JSON state
 * const bytes = sampler.stateBytes();
 * const driver = createSampler({ seed: '31/T1', size: 2 }); driver.merge(bytes);
 * driver.result().strata['*']?.selected.map((entry) => entry.id); //=> ['a', 'c']
 * createSampler({ seed: '31/T2', size: 2 }).merge(bytes); // throws ACCUMULATOR_MISMATCH, path ['seed']
 * driver.merge(bytes.subarray(0, 20)); // throws INVALID_INPUT
 * ```
 */
export interface Sampler {
  /** Adds one id to a stratum (the only stratum when omitted and there is exactly one). */
  add(id: string, stratum?: string): void;
  /** Adds ids or `{ id, stratum? }` items. */
  addMany(items: Iterable<string | { readonly id: string; readonly stratum?: string | undefined }>): void;
  /**
   * Adds the retained tickets and counts of another sampler, of its `state()`, or of its
   * `stateBytes()`, made with the same parameters. Everything is checked before anything is added.
   */
  merge(other: Sampler | SamplerState | Uint8Array): void;
  /** The serialisable state, O(sample) in size. */
  state(): SamplerState;
  /**
   * The same state as bytes (二进制状态): versioned, checked field by field by `merge`, in an
   * `ArrayBuffer` of its own that a worker can transfer (`postMessage(bytes, [bytes.buffer])`)
   * with no JSON or hex on either side. Merging it gives exactly what merging `state()` gives.
   */
  stateBytes(): Uint8Array<ArrayBuffer>;
  /** The draw: per stratum the `size` smallest tickets, then `reserve` more. */
  result(): SamplerResult;
}

interface Stratum {
  readonly name: string;
  readonly size: number;
  readonly buffer: TicketBuffer;
  readonly digest: DigestSum | null;
  poolSize: number;
  excluded: number;
}

/** @internal how errors of sizes are located by the caller's API */
export interface SamplerInternals {
  readonly sizePath: (stratum: string) => ErrorPath;
  readonly itemPath: (index: number) => ErrorPath;
  /** Reject ids that are not canonical (`NON_CANONICAL_ID`); off only to verify legacy records. */
  readonly canonicalIds?: boolean;
  /** The declared id format (`INVALID_ID_FORMAT`), if any. */
  readonly idFormat?: SubjectIdFormat;
}

const DEFAULT_INTERNALS: SamplerInternals = {
  sizePath: (stratum) => ['sizes', stratum],
  itemPath: () => [],
};

/**
 * The error for an id that is not canonical (非规范标识，内部): names the id and its canonical form.
 *
 * @param id - the raw id
 * @param path - where it is
 * @returns the error
 */
export function nonCanonical(id: string, path: ErrorPath): ShuangsuijiError {
  let canonical: string | null = null;
  try {
    canonical = canonicalSubjectId(id);
  } catch {
    canonical = null;
  }
  const message =
    canonical === null
      ? `检查对象标识 ${shownText(id)} 含有控制字符或去除空白后为空，不能作为检查对象标识`
      : `检查对象标识 ${shownText(id)} 不是规范形式，其规范形式为 ${shownText(canonical)}：同一户以两种写法录入会被抽中两次，请先用 canonicalSubjectId 统一`;
  return new ShuangsuijiError('NON_CANONICAL_ID', message, { path, details: { id, canonical } });
}

/**
 * The sampler behind every draw (抽样累加器实现，内部). See {@link createSampler}.
 */
export class ConsistentSampler implements Omit<Sampler, 'stateBytes' | 'merge'> {
  readonly seed: string;
  readonly reserve: number;
  readonly sizes: Readonly<Record<string, number>>;
  readonly excludeDigest: string;
  readonly digests: boolean;
  private readonly midstate: Int32Array;
  protected readonly strata = new Map<string, Stratum>();
  private readonly single: Stratum | undefined;
  private readonly excluded: Set<string>;
  private readonly seen: Set<string> | null;
  private readonly hasher = new IdHasher();
  private readonly ticketWords = new Int32Array(8);
  private readonly plainWords = new Int32Array(8);
  private readonly internals: SamplerInternals;
  private readonly canonicalIds: boolean;
  /** The excluded ids met so far (at most the exclusion list). */
  readonly excludedSeen = new Set<string>();
  private readonly idFormat: SubjectIdFormat | undefined;

  constructor(options: z.output<typeof SamplerOptionsSchema>, internals: SamplerInternals = DEFAULT_INTERNALS) {
    this.internals = internals;
    this.canonicalIds = internals.canonicalIds ?? true;
    this.idFormat = internals.idFormat === 'any' ? undefined : internals.idFormat;
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
      this.strata.set(name, {
        name,
        size,
        buffer: new TicketBuffer(size + options.reserve),
        digest: options.poolDigest ? new DigestSum() : null,
        poolSize: 0,
        excluded: 0,
      });
    }
    this.sizes = sorted;
    this.single = names.length === 1 ? this.strata.get(names[0]!) : undefined;
    this.excluded = new Set(options.exclude);
    this.excludeDigest = poolDigest(this.excluded);
    this.seen = options.duplicates === 'all' ? new Set() : null;
  }

  add(id: string, stratum?: string): void {
    if (stratum !== undefined && typeof stratum !== 'string') throw badArgument('字符串（分层名称）', stratum, { label: '分层', path: ['stratum'] });
    this.addItem(id, stratum, undefined, -1);
  }

  addMany(items: Iterable<string | { readonly id: string; readonly stratum?: string | undefined }>): void {
    if (items === null || typeof items !== 'object' || typeof items[Symbol.iterator] !== 'function') {
      throw new ShuangsuijiError('INVALID_INPUT', '应为标识或 { id, stratum } 的数组或可迭代对象', { path: ['items'] });
    }
    let index = 0;
    for (const item of items) {
      if (typeof item === 'string') this.addItem(item, undefined, undefined, index);
      else if (item !== null && typeof item === 'object') {
        const stratum: unknown = item.stratum;
        if (stratum !== undefined && typeof stratum !== 'string') throw badArgument('字符串（分层名称）', stratum, { label: '分层', path: ['items', index, 'stratum'] });
        this.addItem(item.id, stratum, undefined, index);
      }
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
    if (this.canonicalIds && !isCanonicalSubjectId(id) && isWellFormedText(id)) throw nonCanonical(id, [...this.internals.itemPath(index), 'id']);
    if (this.idFormat !== undefined && !matchesIdFormat(id, this.idFormat)) {
      throw new ShuangsuijiError('INVALID_ID_FORMAT', `检查对象标识 ${shownText(id)} 不符合声明的格式 ${this.idFormat}`, {
        path: [...this.internals.itemPath(index), 'id'],
        details: { id, idFormat: this.idFormat },
      });
    }
    const stratum = stratumName === undefined ? this.single : this.strata.get(stratumName);
    if (stratum === undefined) throw this.unknownStratum(id, stratumName, index);
    if (this.seen !== null) {
      if (this.seen.has(id)) throw duplicate(id, this.internals.itemPath(index));
      this.seen.add(id);
    }
    const hasher = this.hasher;
    if (!hasher.load(id)) {
      throw new ShuangsuijiError('INVALID_INPUT', `检查对象标识 ${shownText(id)} 含有不成对的代理项，不是有效的 Unicode`, {
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
      this.excludedSeen.add(id);
      return;
    }
    const buffer = stratum.buffer;
    if (buffer.capacity === 0) return;
    const words = this.ticketWords;
    hasher.hashAfter(this.midstate, 64, words);
    // Most tickets lose on their first digit alone; only the others need the 11-digit key.
    if (ticketFirstDigit(words, 0) > buffer.bound) return;
    const key = ticketKey(words, 0);
    if (buffer.accepts(key, words, 0)) buffer.push(key, words, 0, id, payload, index);
  }

  merge(other: Sampler | SamplerState): void {
    if (other instanceof ConsistentSampler) {
      const source: ConsistentSampler = other;
      this.checkCompatible(source.seed, source.sizes, source.reserve, source.excludeDigest, source.digests);
      for (const [name, theirs] of source.strata) {
        const ours = this.strata.get(name)!;
        ours.poolSize += theirs.poolSize;
        ours.excluded += theirs.excluded;
        if (ours.digest !== null && theirs.digest !== null) ours.digest.addSum(theirs.digest);
        const buffer = theirs.buffer;
        for (const slot of buffer.rank().kept) this.offer(ours, buffer.keys[slot]!, buffer.digests, slot * 8, buffer.idAt(slot), buffer.payloadAt(slot));
      }
      return;
    }
    const state = parseInput(SamplerStateEnvelopeSchema, other, 'INVALID_INPUT', '抽样累加器状态');
    for (const [name, theirs] of Object.entries(state.strata)) checkRetained(theirs.retained, name);
    this.checkCompatible(state.seed, state.sizes, state.reserve, state.excludeDigest, state.poolDigest);
    // Everything is checked before any count changes, so a rejected state leaves no trace.
    for (const name of Object.keys(state.strata)) {
      if (!this.strata.has(name)) throw mismatch('strata', `状态中的分层 ${name} 在本累加器中不存在`);
    }
    const words = new Int32Array(8);
    for (const [name, theirs] of Object.entries(state.strata)) {
      const ours = this.strata.get(name)!;
      ours.poolSize += theirs.poolSize;
      ours.excluded += theirs.excluded;
      if (ours.digest !== null && theirs.poolDigest !== null) ours.digest.addHex(theirs.poolDigest);
      for (const [id, hex] of theirs.retained as [string, string][]) {
        hexToWords(hex, words, 0);
        this.offer(ours, ticketKey(words, 0), words, 0, id, undefined);
      }
    }
  }

  /**
   * The state hands on each stratum's kept entries — the drawn ones and the sentinel — without
   * checking for repeated ids: a repeat within one partition may lie outside the draw of the whole,
   * and one across partitions only shows once merged, so the `result()` of the merged sampler
   * reports it.
   */
  state(): SamplerState {
    const strata: SamplerState['strata'] = {};
    for (const [name, stratum] of this.strata) {
      const buffer = stratum.buffer;
      strata[name] = {
        poolSize: stratum.poolSize,
        excluded: stratum.excluded,
        poolDigest: stratum.digest === null ? null : stratum.digest.hex(),
        retained: Array.from(buffer.rank().kept, (slot) => [buffer.idAt(slot), wordsToHex(buffer.digests, slot * 8)] as [string, string]),
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
   * The result plus the payloads the drawn ids were added with (internal): per stratum, aligned
   * with `selected` followed by `reserves`.
   *
   * @returns the result and the payloads by stratum name
   * @throws {ShuangsuijiError} `SAMPLE_TOO_LARGE` when a stratum has fewer eligible items than its
   *   size; `DUPLICATE_ID` when a drawn id came twice in its stratum, or is drawn in two strata
   */
  resultWithPayloads(): { result: SamplerResult; payloads: Map<string, unknown[]> } {
    const strata: Record<string, StratumResult> = {};
    const payloads = new Map<string, unknown[]>();
    const total = this.digests ? new DigestSum() : null;
    let poolSize = 0;
    for (const [stratum, slots] of this.rankedStrata()) {
      const { name, buffer } = stratum;
      const eligible = stratum.poolSize - stratum.excluded;
      if (eligible < stratum.size) {
        throw new ShuangsuijiError(
          'SAMPLE_TOO_LARGE',
          `分层 ${name} 应抽取 ${stratum.size} 户，但可抽取的检查对象只有 ${eligible} 户`,
          { path: this.internals.sizePath(name), details: { stratum: name, size: stratum.size, eligible } },
        );
      }
      const entries = new Array<TicketedId>(slots.length);
      const items = new Array<unknown>(slots.length);
      for (let position = 0; position < slots.length; position++) {
        const slot = slots[position]!;
        entries[position] = { id: buffer.idAt(slot), stratum: name, rank: position + 1, ticket: ticketString(buffer.digests, slot * 8) };
        items[position] = buffer.payloadAt(slot);
      }
      payloads.set(name, items);
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

  /**
   * Every stratum with its drawn slots in ticket order, after checking that no drawn id came
   * twice in its stratum (the buffer reports it: the copies are neighbours in ticket order) and
   * that no id is drawn in two strata (the drawn digests' first words are sorted and ids compared
   * only where two are equal). An id drawn in one stratum and present, undrawn, in another is not
   * seen (use `duplicates: 'all'`). The error names the later copy's position.
   *
   * @throws {ShuangsuijiError} `DUPLICATE_ID`
   */
  private rankedStrata(): Map<Stratum, Int32Array> {
    const ranked = new Map<Stratum, Int32Array>();
    let total = 0;
    for (const stratum of this.strata.values()) {
      const buffer = stratum.buffer;
      const { slots, repeated } = buffer.rank();
      if (repeated !== null) {
        const [first, second] = repeated;
        throw duplicate(buffer.idAt(first), this.itemPathOf(Math.max(buffer.itemIndexAt(first), buffer.itemIndexAt(second))));
      }
      ranked.set(stratum, slots);
      total += slots.length;
    }
    if (ranked.size < 2) return ranked;
    const words = new Int32Array(total);
    let at = 0;
    for (const [{ buffer }, slots] of ranked) for (const slot of slots) words[at++] = buffer.digests[slot * 8]!;
    words.sort();
    const shared = new Set<number>();
    for (let i = 1; i < total; i++) if (words[i] === words[i - 1]) shared.add(words[i]!);
    if (shared.size === 0) return ranked;
    const indexOf = new Map<string, number>();
    for (const [{ buffer }, slots] of ranked) {
      for (const slot of slots) {
        if (!shared.has(buffer.digests[slot * 8]!)) continue;
        const id = buffer.idAt(slot);
        const earlier = indexOf.get(id);
        if (earlier !== undefined) throw duplicate(id, this.itemPathOf(Math.max(earlier, buffer.itemIndexAt(slot))));
        indexOf.set(id, buffer.itemIndexAt(slot));
      }
    }
    return ranked;
  }

  private itemPathOf(index: number): ErrorPath {
    return index < 0 ? [] : this.internals.itemPath(index);
  }

  private offer(stratum: Stratum, key: number, words: ArrayLike<number>, offset: number, id: string, payload: unknown): void {
    if (stratum.buffer.accepts(key, words, offset)) stratum.buffer.push(key, words, offset, id, payload, -1);
  }

  private unknownStratum(id: string, stratum: string | undefined, index: number): ShuangsuijiError {
    const known = [...this.strata.keys()].join('、');
    const message =
      stratum === undefined
        ? `检查对象 ${shownText(id)} 没有分层，而抽取有多个分层（${known}）`
        : `检查对象 ${shownText(id)} 的分层 ${shownText(stratum)} 没有分配抽取数量（已分配：${known}）；不抽该层请明确分配 0`;
    return new ShuangsuijiError('UNKNOWN_STRATUM', message, {
      path: this.internals.itemPath(index),
      details: { id, stratum: stratum ?? null, strata: [...this.strata.keys()] },
    });
  }

  protected checkCompatible(seed: string, sizes: Readonly<Record<string, number>>, reserve: number, excludeDigest: string, digests: boolean): void {
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
 * Checks a state's retained entries as {@link SamplerStateSchema} would — `[id, digest]` pairs of
 * a non-empty string and 64 lowercase hex digits — in one plain loop. An id with a lone surrogate is
 * refused too: no added id can hold one, and the binary state could not encode it.
 *
 * @param retained - the entries of one stratum
 * @param stratum - its name, for the error path
 * @throws {ShuangsuijiError} `INVALID_INPUT` naming the first bad entry
 */
function checkRetained(retained: readonly unknown[], stratum: string): asserts retained is [string, string][] {
  for (let i = 0; i < retained.length; i++) {
    const entry = retained[i];
    const path = ['strata', stratum, 'retained', i];
    if (!Array.isArray(entry) || entry.length !== 2) {
      throw new ShuangsuijiError('INVALID_INPUT', `抽样累加器状态：分层 ${stratum} 的第 ${i + 1} 个保留项应为 [标识, 摘要]`, { path });
    }
    const [id, hex] = entry as unknown[];
    if (typeof id !== 'string' || id.length === 0 || !isWellFormedText(id)) {
      throw new ShuangsuijiError('INVALID_INPUT', `抽样累加器状态：分层 ${stratum} 的第 ${i + 1} 个保留项的标识应为非空、有效 Unicode 的字符串`, { path: [...path, 0] });
    }
    if (!isHexDigest(hex)) {
      throw new ShuangsuijiError('INVALID_INPUT', `抽样累加器状态：分层 ${stratum} 的第 ${i + 1} 个保留项的摘要应为 64 位小写十六进制`, { path: [...path, 1] });
    }
  }
}

/** Tells whether a value is 64 lowercase hex digits, like `HexDigestSchema`. */
function isHexDigest(value: unknown): boolean {
  if (typeof value !== 'string' || value.length !== 64) return false;
  for (let i = 0; i < 64; i++) {
    const c = value.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102))) return false;
  }
  return true;
}

function duplicate(id: string, path: ErrorPath): ShuangsuijiError {
  return new ShuangsuijiError('DUPLICATE_ID', `检查对象标识 ${shownText(id)} 重复`, { path, details: { id } });
}

function mismatch(field: string, message: string): ShuangsuijiError {
  return new ShuangsuijiError('ACCUMULATOR_MISMATCH', `不能合并抽样累加器：${message}`, { path: [field], details: { field } });
}

/**
 * The sampler {@link createSampler} returns (可转移状态的抽样累加器，内部): {@link ConsistentSampler}
 * plus the binary state. A class of its own, so that `drawSubjects`, which uses the base class,
 * does not carry the binary codec in a bundle.
 */
class TransferableSampler extends ConsistentSampler implements Sampler {
  override merge(other: Sampler | SamplerState | Uint8Array): void {
    // ArrayBuffer.isView is false for a Proxy of a Uint8Array, whose getters would throw a TypeError
    if (ArrayBuffer.isView(other) && other instanceof Uint8Array) this.mergeBytes(other);
    else super.merge(other as Sampler | SamplerState);
  }

  /**
   * Merges a binary state: decoded and checked whole (format, ticket order, UTF-8 of the ids, then
   * parameters) before any count changes, so a rejected state leaves no trace.
   */
  private mergeBytes(bytes: Uint8Array): void {
    const state = decodeSamplerState(bytes);
    if (state.scheme !== DRAW_SCHEME) throw mismatch('scheme', `方法标识不同（${shownText(state.scheme)}）`);
    const sizes: Record<string, number> = {};
    for (const stratum of state.strata) sizes[stratum.name] = stratum.size;
    this.checkCompatible(state.seed, sizes, state.reserve, wordsToHex(state.excludeDigest, 0), state.poolDigest);
    for (const theirs of state.strata) {
      const ours = this.strata.get(theirs.name)!;
      ours.poolSize += theirs.poolSize;
      ours.excluded += theirs.excluded;
      if (ours.digest !== null && theirs.poolDigest !== null) ours.digest.add(theirs.poolDigest, 0);
      // The entries come in ticket order (checked) and the threshold only goes down: once one is
      // refused, so is every later one, and their ids are never decoded.
      const { count, keys, digests } = theirs;
      const buffer = ours.buffer;
      for (let i = 0; i < count; i++) {
        if (!buffer.accepts(keys[i]!, digests, i * 8)) break;
        buffer.push(keys[i]!, digests, i * 8, theirs.idAt(i), undefined, -1);
      }
    }
  }

  stateBytes(): Uint8Array<ArrayBuffer> {
    const strata: StratumBytes[] = [];
    for (const [name, stratum] of this.strata) {
      const buffer = stratum.buffer;
      const kept = buffer.rank().kept;
      const digests = new Int32Array(kept.length * 8);
      const ids = new Array<string>(kept.length);
      for (let i = 0; i < kept.length; i++) {
        const slot = kept[i]!;
        for (let w = 0; w < 8; w++) digests[i * 8 + w] = buffer.digests[slot * 8 + w]!;
        ids[i] = buffer.idAt(slot);
      }
      let poolDigest: Int32Array | null = null;
      if (stratum.digest !== null) {
        poolDigest = new Int32Array(8);
        stratum.digest.writeWords(poolDigest, 0);
      }
      strata.push({ name, size: stratum.size, poolSize: stratum.poolSize, excluded: stratum.excluded, poolDigest, ids, digests });
    }
    const excludeDigest = new Int32Array(8);
    hexToWords(this.excludeDigest, excludeDigest, 0);
    return encodeSamplerState({ scheme: DRAW_SCHEME, seed: this.seed, reserve: this.reserve, excludeDigest, poolDigest: this.digests, strata });
  }
}

/**
 * Creates a mergeable consistent sampler (可合并的抽样累加器) — how a provincial directory is
 * split over workers or a distributed engine and combined exactly.
 *
 * Algorithm (bottom-k per stratum, by buffer and select): each added id is hashed once —
 * `sha256(sha256_hex(seed) ‖ id)` from a precomputed midstate, allocation-free — and its
 * ticket's first 11 digits are computed as a number without building the 78-digit integer
 * (see `ticketKey`). A stratum keeps the `size + reserve` smallest tickets: a ticket above its
 * threshold is rejected after one comparison — most of them on the ticket's first digit alone
 * (`N mod 10`, from a sum of 16-bit chunks), before the 11-digit key is computed — so almost
 * every id costs one SHA-256 block and a comparison. The others are appended to a buffer a
 * quarter larger than what it keeps; when it is full a quickselect keeps the smallest and lowers
 * the threshold (see `TicketBuffer`). Only exact key ties (chance 10^-11) compare full tickets; the
 * exact decimal ticket is formatted only for the result. Nothing looks ids up per item: a repeated
 * id has the same ticket, so `result()` reports it (`DUPLICATE_ID`) exactly when its ticket is
 * among the drawn ones of its stratum, where the two copies are neighbours — whatever the order of
 * the items. A state hands repeats on rather than reporting them, so a merge finds them too.
 *
 * Because the draw is "the smallest tickets", it does not depend on the order of the items and
 * two samplers over disjoint parts merge ({@link Sampler.merge}) into exactly the sampler of the
 * whole. The state ({@link Sampler.state}) is plain JSON of size O(sample); the same state as
 * bytes ({@link Sampler.stateBytes}) is what a worker transfers.
 *
 * @param options - seed (used as is), `size` or `sizes` per stratum, `reserve`, `exclude`,
 *   `poolDigest` (default on) and `duplicates` (default `retained`)
 * @returns a sampler
 * @throws {ShuangsuijiError} `EMPTY_SEED`, `INVALID_INPUT` (negative or fractional sizes); later,
 *   `NON_CANONICAL_ID` (ids must be canonical, see `canonicalSubjectId`), `UNKNOWN_STRATUM`,
 *   `DUPLICATE_ID`, `ACCUMULATOR_MISMATCH`, `SAMPLE_TOO_LARGE`
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
  return new TransferableSampler(parseInput(SamplerOptionsSchema, options, 'INVALID_INPUT', '抽样累加器参数'));
}
