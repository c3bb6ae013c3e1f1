import { z } from 'zod';
import { ShuangsuijiError } from '../core/errors.js';
import { optionsArgument } from '../core/_internal/boundary.js';
import { SubjectIdFormatSchema, type SubjectIdFormat } from '../directory/canonical-subject-id.js';
import { HexDigestSchema } from './pool-digest.js';
import { defaultStratumOf, type DrawPoolItem, type StratumOf } from './pool-item.js';
import { PoolManifestBuilder, type PoolCommitmentValue } from './_internal/pool-manifest-builder.js';
import { ALL_STRATUM, ConsistentSampler } from './sampler.js';

const count = z.number().int().min(0);

/**
 * Schema of a pool commitment (抽查范围承诺值, `consistent-sampler/2`): the SHA-256 of the pool's
 * manifest — one line `${id}\t${stratum}\n` per pool item, UTF-8, in byte order, unique — its
 * number of lines, and per stratum the count and SHA-256 of that stratum's lines alone. A witness
 * reproduces the digest with `LC_ALL=C sort -u manifest.txt | sha256sum`.
 *
 * @example
 * ```ts
 * PoolCommitmentSchema.parse(poolCommitment(['a', 'b'])).size; //=> 2
 * ```
 */
export const PoolCommitmentSchema = z
  .strictObject({
    digest: HexDigestSchema,
    size: count,
    strata: z.record(z.string().min(1), z.strictObject({ size: count, digest: HexDigestSchema })),
  })
  .meta({ description: '抽查范围承诺值：规范清单（每行 标识\\t分层）的 SHA-256 及各层的 SHA-256' });

/**
 * A pool commitment (抽查范围承诺值).
 *
 * @example
 * ```ts
 * const commitment: PoolCommitment = poolCommitment(['b', 'a']);
 * [commitment.size, Object.keys(commitment.strata)]; //=> [2, ['*']]
 * ```
 */
export type PoolCommitment = z.infer<typeof PoolCommitmentSchema>;

/**
 * Options of {@link poolManifest} and {@link poolCommitment} (抽查范围清单参数).
 *
 * @example
 * ```ts
 * const options: PoolManifestOptions<{ id: string; riskClass: string }> = { stratified: true, idFormat: 'any' };
 * ```
 */
export interface PoolManifestOptions<T> {
  /** `true` for a draw by allocation: each line carries the item's stratum; `false` (default): `*`. */
  readonly stratified?: boolean;
  /** The stratum mapping of the draw (implies `stratified`; default `item.stratum ?? item.riskClass`). */
  readonly stratumOf?: StratumOf<T>;
  /** The declared id format (checked like in the draw). */
  readonly idFormat?: SubjectIdFormat;
}

const OptionsSchema = z.strictObject({
  stratified: z.boolean().default(false),
  stratumOf: z.function().optional(),
  idFormat: SubjectIdFormatSchema.default('any'),
});

function build<T extends DrawPoolItem>(pool: Iterable<T | readonly T[]>, options: PoolManifestOptions<T> | undefined): PoolManifestBuilder {
  const parsed = OptionsSchema.safeParse(optionsArgument(options ?? {}, { known: ['stratified', 'stratumOf', 'idFormat'] }));
  if (!parsed.success) {
    throw new ShuangsuijiError('INVALID_INPUT', '清单参数应为 { stratified?: boolean, stratumOf?: 函数, idFormat? }', { path: ['options', ...(parsed.error.issues[0]?.path ?? [])] });
  }
  const stratumOf = options?.stratumOf;
  const stratified = parsed.data.stratified || stratumOf !== undefined;
  if (pool === null || typeof pool !== 'object' || typeof (pool as Iterable<unknown>)[Symbol.iterator] !== 'function') {
    throw new ShuangsuijiError('INVALID_INPUT', '抽查范围 pool 应为数组或可迭代对象', { path: ['pool'] });
  }
  // A zero-size sampler checks every id exactly as a draw does (canonical form, format, Unicode).
  const checker = new ConsistentSampler(
    { seed: 'manifest', sizes: { [ALL_STRATUM]: 0 }, reserve: 0, exclude: [], poolDigest: false, duplicates: 'retained' },
    { sizePath: () => ['pool'], itemPath: (index) => ['pool', index], idFormat: parsed.data.idFormat },
  );
  const builder = new PoolManifestBuilder();
  let index = 0;
  const addOne = (item: T) => {
    const id: unknown = typeof item === 'string' ? item : item !== null && typeof item === 'object' ? (item as { id: unknown }).id : undefined;
    if (item === null || (typeof item !== 'string' && typeof item !== 'object')) {
      throw new ShuangsuijiError('INVALID_INPUT', `抽查范围第 ${index + 1} 项应为标识或 { id } 对象`, { path: ['pool', index] });
    }
    checker.addItem(id, undefined, undefined, index);
    let stratum: unknown = ALL_STRATUM;
    if (stratified) {
      stratum = stratumOf === undefined ? defaultStratumOf(item) : stratumOf(item);
      if (typeof stratum !== 'string' || stratum.length === 0) {
        throw new ShuangsuijiError('UNKNOWN_STRATUM', `抽查范围第 ${index + 1} 项（${String(id)}）没有分层`, { path: ['pool', index], details: { id, stratum: null } });
      }
    }
    try {
      builder.add(id as string, stratum as string);
    } catch (error) {
      throw new ShuangsuijiError('INVALID_INPUT', `抽查范围第 ${index + 1} 项的分层名称不能含有控制字符`, { path: ['pool', index], cause: error });
    }
    index++;
  };
  for (const element of pool) {
    if (Array.isArray(element)) for (const item of element as readonly T[]) addOne(item);
    else addOne(element as T);
  }
  return builder;
}

/**
 * The canonical manifest of a pool (抽查范围规范清单): one line `${id}\t${stratum}` per item (the
 * stratum is `*` for an unstratified draw), in byte order of the UTF-8 ids, each id once. Written
 * to a file with a `\n` after every line it is what witnesses hash: `poolCommitment(pool).digest`
 * equals `LC_ALL=C sort -u manifest.txt | sha256sum`. Ids must be canonical
 * ({@link canonicalSubjectId}), as in a draw.
 *
 * @param pool - items or batches, any order
 * @param options - `stratified`, `stratumOf`, `idFormat`
 * @returns the lines, without newlines
 * @throws {ShuangsuijiError} `INVALID_INPUT`; `NON_CANONICAL_ID`; `INVALID_ID_FORMAT`;
 *   `UNKNOWN_STRATUM`; `DUPLICATE_ID` (with `details.id`)
 *
 * @example
 * ```ts
 * poolManifest(['b', 'a']); //=> ['a\t*', 'b\t*']
 * poolManifest([{ id: 's2', riskClass: 'D' }, { id: 's1', riskClass: 'A' }], { stratified: true }); //=> ['s1\tA', 's2\tD']
 * ```
 */
export function poolManifest<T extends DrawPoolItem>(pool: Iterable<T | readonly T[]>, options?: PoolManifestOptions<T>): string[] {
  return build(pool, options).lines();
}

/**
 * The collision-resistant, order-independent commitment to a pool (抽查范围承诺值), published in
 * the draw announcement before any seed exists: the SHA-256 of its manifest ({@link poolManifest},
 * each line followed by `\n`), the number of items, and per stratum the count and the SHA-256 of
 * that stratum's lines alone. Computing it takes O(pool) memory (the ids are sorted).
 *
 * @param pool - items or batches, any order
 * @param options - `stratified`, `stratumOf`, `idFormat`
 * @returns `{ digest, size, strata }`
 * @throws {ShuangsuijiError} the codes of {@link poolManifest}
 *
 * @example
 * ```ts
 * poolCommitment(['a']).digest === sha256Hex('a\t*\n'); //=> true
 * poolCommitment(['b', 'a']).digest === poolCommitment(['a', 'b']).digest; //=> true
 * poolCommitment([]).digest; //=> 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'
 * ```
 */
export function poolCommitment<T extends DrawPoolItem>(pool: Iterable<T | readonly T[]>, options?: PoolManifestOptions<T>): PoolCommitment {
  const builder = build(pool, options);
  const value: PoolCommitmentValue = builder.commitment();
  if (Object.keys(value.strata).length === 0) return { digest: value.digest, size: 0, strata: {} };
  return value as PoolCommitment;
}
