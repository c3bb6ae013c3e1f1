import { z } from 'zod';
import { HexDigestSchema } from './pool-digest.js';
import { DRAW_SCHEME } from './sampler.js';
import { SeedSchema } from './seed-schema.js';

const count = /* @__PURE__ */ (() => z.number().int().min(0))();

/**
 * Schema of one drawn subject in a record (中签记录): id, stratum, 1-based rank in the stratum's
 * ticket order, and the exact ticket.
 *
 * @example
 * ```ts
 * DrawnEntrySchema.parse({ id: 'b', stratum: '*', rank: 1, ticket: '0.5' }).rank; //=> 1
 * ```
 */
export const DrawnEntrySchema = /* @__PURE__ */ (() => z.strictObject({
  id: z.string().min(1),
  stratum: z.string().min(1),
  rank: z.number().int().min(1),
  ticket: z.string().regex(/^0\.\d+$/, '票号应为 0. 开头的十进制小数'),
}))();

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
 * Schema of a subject-draw record (抽取记录): everything an auditor needs to replay the draw with
 * this library, with Python's `consistent_sampler`, or with SQL — the scheme, the seed and its
 * commitment, the task seed, the pool's size and order-independent digest, the parameters and
 * the results with their tickets.
 *
 * @example
 * ```ts
 * DrawRecordSchema.parse(drawSubjects({ seed: '31', taskId: 'T1', pool: ['a', 'b'], size: 1 }).record).scheme;
 * //=> 'consistent-sampler/1'
 * ```
 */
export const DrawRecordSchema = /* @__PURE__ */ (() => z
  .strictObject({
    scheme: z.literal(DRAW_SCHEME),
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
  .meta({ description: '双随机抽取记录（可复核）' }))();

/**
 * A subject-draw record (抽取记录).
 *
 * @example
 * ```ts
 * const { record } = drawSubjects({ seed: '31', taskId: 'T1', pool: ['a', 'b', 'c', 'd'], size: 2 });
 * const r: DrawRecord = record;
 * [r.scheme, r.taskSeed, r.poolSize, r.seedCommitment === sha256Hex('31')]; //=> ['consistent-sampler/1', '31/T1', 4, true]
 * ```
 */
export type DrawRecord = z.infer<typeof DrawRecordSchema>;
