import { z } from 'zod';
import { HexDigestSchema } from './pool-digest.js';
import { SubjectIdFormatSchema } from '../directory/canonical-subject-id.js';
import { compareCodePoints } from './_internal/compare-code-points.js';
import { DRAW_SCHEME, LEGACY_DRAW_SCHEME } from './sampler.js';
import { SeedSchema } from './seed-schema.js';

const count = z.number().int().min(0);

/**
 * Schema of one drawn subject in a record (中签记录): id, stratum, 1-based rank in the stratum's
 * ticket order, and the exact ticket.
 *
 * @example
 * ```ts
 * DrawnEntrySchema.parse({ id: 'b', stratum: '*', rank: 1, ticket: '0.5' }).rank; //=> 1
 * ```
 */
export const DrawnEntrySchema = z.strictObject({
  id: z.string().min(1),
  stratum: z.string().min(1),
  rank: z.number().int().min(1),
  ticket: z.string().regex(/^0\.\d+$/, '票号应为 0. 开头的十进制小数'),
});

/**
 * One drawn subject in a record.
 *
 * @example
 * ```ts
 * const entry: DrawnEntry | undefined = drawSubjects({ seed: '31', taskId: 'T1', pool: ['a', 'b', 'c', 'd'], size: 2 }).record.selected[1];
 * [entry?.id, entry?.stratum, entry?.rank]; //=> ['c', '*', 2]
 * ```
 */
export type DrawnEntry = z.infer<typeof DrawnEntrySchema>;

/**
 * Schema of a subject-draw record (抽取记录, `consistent-sampler/2`): everything an auditor needs
 * to replay the draw with this library, with Python's `consistent_sampler`, or with SQL — the
 * scheme, the seed and its hash, the task seed, the digest of the draw announcement it was made
 * under (if any), the pool's size and manifest commitment (total and per stratum), the parameters
 * and the results with their tickets. No digest may be `null`; `excluded` is sorted and unique.
 *
 * @example
 * ```ts
 * DrawRecordSchema.parse(drawSubjects({ seed: '31', taskId: 'T1', pool: ['a', 'b'], size: 1 }).record).scheme;
 * //=> 'consistent-sampler/2'
 * ```
 */
export const DrawRecordSchema = z
  .strictObject({
    scheme: z.literal(DRAW_SCHEME),
    taskId: z.string().min(1),
    /** The master seed (from the public ceremony); it holds no `/`. */
    seed: SeedSchema.regex(/^[^/]*$/, '随机种子不能含有 /（任务种子按第一个 / 拆分）'),
    /** SHA-256 hex of the master seed. */
    seedCommitment: HexDigestSchema,
    /** The seed the tickets use: `${seed}/${taskId}`. */
    taskSeed: SeedSchema,
    /** SHA-256 of the canonical JSON of the draw announcement (抽取公告) the draw was made under. */
    announcementDigest: HexDigestSchema.optional(),
    /** The declared id format, when the announcement declares one. */
    idFormat: SubjectIdFormatSchema.optional(),
    /** Number of pool items, excluded ones included. */
    poolSize: count,
    /** SHA-256 of the pool manifest (see `poolCommitment`). */
    poolCommitment: HexDigestSchema,
    /** Reserves per stratum (备选). */
    reserve: count,
    /** Ids excluded from the draw (排除名单), sorted by code point, each once, each in the pool. */
    excluded: z.array(z.string().min(1)).refine(isStrictlyIncreasing, '排除名单应按码位排序且不重复'),
    /** Per stratum: sample size, pool size, excluded count and the SHA-256 of its manifest lines. */
    strata: z.record(
      z.string().min(1),
      z.strictObject({ size: count, poolSize: count, excluded: count, commitment: HexDigestSchema }),
    ),
    /** Drawn subjects, by stratum then ticket. */
    selected: z.array(DrawnEntrySchema),
    /** Reserves, by stratum then ticket. */
    reserves: z.array(DrawnEntrySchema),
  })
  .meta({ description: '双随机抽取记录（consistent-sampler/2，可复核）' });

function isStrictlyIncreasing(ids: readonly string[]): boolean {
  for (let i = 1; i < ids.length; i++) if (compareCodePoints(ids[i - 1]!, ids[i]!) >= 0) return false;
  return true;
}

/**
 * A subject-draw record (抽取记录).
 *
 * @example
 * ```ts
 * const { record } = drawSubjects({ seed: '31', taskId: 'T1', pool: ['a', 'b', 'c', 'd'], size: 2 });
 * const r: DrawRecord = record;
 * [r.scheme, r.taskSeed, r.poolSize, r.seedCommitment === sha256Hex('31')]; //=> ['consistent-sampler/2', '31/T1', 4, true]
 * ```
 */
export type DrawRecord = z.infer<typeof DrawRecordSchema>;

/**
 * Schema of a legacy `consistent-sampler/1` subject-draw record (旧版抽取记录): its pool digest is
 * the additive `poolDigest` (not collision resistant) and it has no announcement. Such records
 * still verify with `verifyDraw`, which then reports `fairness: 'not-checked'`.
 *
 * @example
 * ```ts
 * LegacyDrawRecordSchema.safeParse({ scheme: 'consistent-sampler/2' }).success; //=> false
 * ```
 */
export const LegacyDrawRecordSchema = z
  .strictObject({
    scheme: z.literal(LEGACY_DRAW_SCHEME),
    taskId: z.string().min(1),
    /** The master seed (from the draw ceremony). */
    seed: SeedSchema,
    /** SHA-256 hex of the master seed (种子承诺值), publishable before the draw. */
    seedCommitment: HexDigestSchema,
    /** The seed the tickets use: `${seed}/${taskId}`. */
    taskSeed: SeedSchema,
    /** Number of pool items, excluded ones included. */
    poolSize: count,
    /** Sum mod 2^256 of SHA-256(id) over the pool (excluded ones included); `null` when not computed. */
    poolDigest: HexDigestSchema.nullable(),
    /** Reserves per stratum (备选). */
    reserve: count,
    /** Ids excluded from the draw (排除名单), sorted by code point. */
    excluded: z.array(z.string().min(1)),
    /** Per stratum: sample size, pool size, excluded count and pool digest. */
    strata: z.record(
      z.string().min(1),
      z.strictObject({ size: count, poolSize: count, excluded: count, poolDigest: HexDigestSchema.nullable() }),
    ),
    /** Drawn subjects, by stratum then ticket. */
    selected: z.array(DrawnEntrySchema),
    /** Reserves, by stratum then ticket. */
    reserves: z.array(DrawnEntrySchema),
  })
  .meta({ description: '双随机抽取记录（旧版 consistent-sampler/1，可复核）' });


/**
 * A legacy `consistent-sampler/1` subject-draw record (旧版抽取记录).
 *
 * @example
 * ```ts
 * const old: LegacyDrawRecord['scheme'] = 'consistent-sampler/1';
 * ```
 */
export type LegacyDrawRecord = z.infer<typeof LegacyDrawRecordSchema>;

/**
 * Schema of any verifiable subject-draw record (可复核的抽取记录): `consistent-sampler/2` or the
 * legacy `consistent-sampler/1`.
 *
 * @example
 * ```ts
 * AnyDrawRecordSchema.parse(drawSubjects({ seed: '31', taskId: 'T1', pool: ['a'], size: 1 }).record).scheme; //=> 'consistent-sampler/2'
 * ```
 */
export const AnyDrawRecordSchema = z.discriminatedUnion('scheme', [DrawRecordSchema, LegacyDrawRecordSchema]);

/**
 * Any verifiable subject-draw record.
 *
 * @example
 * ```ts
 * const r: AnyDrawRecord = drawSubjects({ seed: '31', taskId: 'T1', pool: ['a'], size: 1 }).record;
 * ```
 */
export type AnyDrawRecord = DrawRecord | LegacyDrawRecord;
