import { z } from 'zod';
import { ShuangsuijiError } from '../core/errors.js';
import { parseInput } from '../core/parse-input.js';
import { isCanonicalSubjectId, SubjectIdFormatSchema } from '../directory/canonical-subject-id.js';
import { canonicalJson } from './_internal/canonical-json.js';
import { PoolCommitmentSchema } from './pool-commitment.js';
import { HexDigestSchema } from './pool-digest.js';
import { ALL_STRATUM, DRAW_SCHEME } from './sampler.js';
import { sha256Hex } from './sha256.js';
import { StratumSizesSchema } from './stratum-sizes.js';
import { isWellFormedText } from './_internal/utf8.js';

const count = z.number().int().min(0);
const text = z.string().min(1).refine(isWellFormedText, '不是有效的 Unicode');

/**
 * Schema of how the seed will be produced (随机种子来源), fixed in the announcement: dice thrown in
 * public before named witnesses (`public-dice`), or a named public randomness source and the round
 * (or time) after the announcement whose output is the seed (`public-beacon`). A seed only the
 * bureau knows (even with a published hash of it) is not a source: the bureau can try seeds until
 * one gives the draw it wants.
 *
 * @example
 * ```ts
 * SeedSourceSchema.parse({ kind: 'public-dice', witnesses: ['公证员 王某', '企业代表 李某'] }).kind; //=> 'public-dice'
 * SeedSourceSchema.safeParse({ kind: 'bureau' }).success; //=> false
 * ```
 */
export const SeedSourceSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('public-dice'),
      /** Who watches the dice (at least two, not all of the bureau). */
      witnesses: z.array(text).min(2),
      /** When and where, e.g. `2024-07-01 10:00 局一楼大厅，直播`. */
      ceremony: text.optional(),
    }),
    z.strictObject({
      kind: z.literal('public-beacon'),
      /** The public randomness source, e.g. `NIST Randomness Beacon 2.0` or `drand quicknet`. */
      source: text,
      /** The round (or time) whose output is the seed; it must lie after the announcement. */
      round: text,
    }),
  ])
  .meta({ description: '随机种子来源：公开掷骰（见证人）或公开随机信标的指定轮次' });

/**
 * Schema of one excluded subject in an announcement (排除对象及理由).
 *
 * @example
 * ```ts
 * AnnouncedExclusionSchema.parse({ id: 'S9', reason: '本年度已抽查两次' }).reason; //=> '本年度已抽查两次'
 * ```
 */
export const AnnouncedExclusionSchema = z.strictObject({ id: text, reason: text });

/**
 * Schema of one announced task (公告中的抽查任务): its id, sample size or allocation, reserves,
 * pool commitment and exclusions with reasons.
 *
 * @example
 * ```ts
 * AnnouncedTaskSchema.parse({ taskId: 'T1', size: 1, pool: poolCommitment(['a', 'b']) }).reserve; //=> 0
 * ```
 */
export const AnnouncedTaskSchema = z
  .strictObject({
    taskId: text,
    /** Sample size of an unstratified draw. */
    size: count.optional(),
    /** Sample sizes per stratum. */
    allocation: StratumSizesSchema.optional(),
    reserve: count.default(0),
    /** The pool commitment (`poolCommitment`), total and per stratum. */
    pool: PoolCommitmentSchema,
    /** Subjects never drawn, each with its reason; the reasons are committed too. */
    exclusions: z.array(AnnouncedExclusionSchema).default([]),
  })
  .refine((task) => (task.size === undefined) !== (task.allocation === undefined), {
    message: '应给出 size（不分层）或 allocation（分层）之一',
    path: ['size'],
  });

/**
 * Schema of a draw announcement (抽取公告): everything that fixes a draw except the seed,
 * published before the seed exists.
 *
 * @example
 * ```ts
 * DrawAnnouncementSchema.parse({
 *   scheme: 'consistent-sampler/2', seedSource: { kind: 'public-beacon', source: 'drand quicknet', round: '1000' },
 *   tasks: [{ taskId: 'T1', size: 1, pool: poolCommitment(['a', 'b']) }],
 * }).idFormat; //=> 'any'
 * ```
 */
export const DrawAnnouncementSchema = z
  .strictObject({
    scheme: z.literal(DRAW_SCHEME),
    /** A title, e.g. `2024 年第三季度食品经营者双随机抽查`. */
    title: text.optional(),
    /** The declared format of every pool id. */
    idFormat: SubjectIdFormatSchema.default('any'),
    /** SHA-256 of the canonical check history used for eligibility (e.g. the 通知·二 caps), if any. */
    checkHistoryDigest: HexDigestSchema.optional(),
    seedSource: SeedSourceSchema,
    tasks: z.array(AnnouncedTaskSchema).min(1),
  })
  .meta({ description: '抽取公告：在产生随机种子之前公布的全部抽取参数' });

/**
 * A draw announcement (抽取公告).
 *
 * @example
 * ```ts
 * const announcement: DrawAnnouncement = createDrawAnnouncement({
 *   seedSource: { kind: 'public-beacon', source: 'drand quicknet', round: '1000' },
 *   tasks: [{ taskId: 'T1', size: 1, pool: poolCommitment(['a', 'b']) }],
 * });
 * announcement.tasks[0]?.exclusions; //=> []
 * ```
 */
export type DrawAnnouncement = z.infer<typeof DrawAnnouncementSchema>;

/**
 * Input of {@link createDrawAnnouncement}.
 *
 * @example
 * ```ts
 * const input: DrawAnnouncementInput = { seedSource: { kind: 'public-dice', witnesses: ['甲', '乙'] }, tasks: [{ taskId: 'T1', size: 1, pool: poolCommitment(['a']) }] };
 * ```
 */
export type DrawAnnouncementInput = Omit<z.input<typeof DrawAnnouncementSchema>, 'scheme'> & { readonly scheme?: typeof DRAW_SCHEME };

/** One announced task, parsed. */
export type AnnouncedTask = DrawAnnouncement['tasks'][number];

/**
 * Parses and checks an announcement (内部): the schema, then unique task ids, canonical and unique
 * exclusions, and strata that agree between the allocation and the pool commitment.
 */
export function parseAnnouncement(value: unknown, path: readonly PropertyKey[] = []): DrawAnnouncement {
  const parsed = parseInput(DrawAnnouncementSchema, value, 'INVALID_INPUT', '抽取公告');
  const taskIds = new Set<string>();
  parsed.tasks.forEach((task, t) => {
    const at = [...path, 'tasks', t];
    if (taskIds.has(task.taskId)) throw new ShuangsuijiError('DUPLICATE_ID', `抽取公告中的任务编号 ${task.taskId} 重复`, { path: [...at, 'taskId'], details: { id: task.taskId } });
    taskIds.add(task.taskId);
    const excluded = new Set<string>();
    task.exclusions.forEach((exclusion, e) => {
      if (!isCanonicalSubjectId(exclusion.id)) {
        throw new ShuangsuijiError('NON_CANONICAL_ID', `排除对象标识 ${exclusion.id} 不是规范形式`, { path: [...at, 'exclusions', e, 'id'], details: { id: exclusion.id } });
      }
      if (excluded.has(exclusion.id)) throw new ShuangsuijiError('DUPLICATE_ID', `排除对象 ${exclusion.id} 重复`, { path: [...at, 'exclusions', e, 'id'], details: { id: exclusion.id } });
      excluded.add(exclusion.id);
    });
    const names = task.allocation === undefined ? [ALL_STRATUM] : Object.keys(task.allocation);
    for (const name of Object.keys(task.pool.strata)) {
      if (!names.includes(name)) {
        throw new ShuangsuijiError('UNKNOWN_STRATUM', `抽查范围承诺中的分层 ${name} 没有分配抽取数量（不抽该层请明确分配 0）`, { path: [...at, 'pool', 'strata', name], details: { stratum: name } });
      }
    }
    const total = Object.values(task.pool.strata).reduce((sum, stratum) => sum + stratum.size, 0);
    if (total !== task.pool.size) {
      throw new ShuangsuijiError('INVALID_INPUT', `抽查范围承诺的总户数 ${task.pool.size} 与各层户数之和 ${total} 不符`, { path: [...at, 'pool', 'size'] });
    }
  });
  return parsed;
}

/**
 * Creates a draw announcement (编制抽取公告), to be published before any seed exists: the scheme,
 * the tasks with their sample sizes or allocations, reserves, pool commitments and exclusions (each
 * with its reason), the check-history digest used for eligibility, the declared id format and how
 * the seed will be produced. Publish it with its {@link announcementDigest}; a record made under it
 * carries that digest and `verifyDraw(record, pool, { announcement })` checks the record against it
 * field by field — so a task id, pool or exclusion chosen after the seed is known shows up.
 *
 * @param input - the announcement (`scheme` defaults to the current scheme)
 * @returns the parsed announcement, defaults filled in
 * @throws {ShuangsuijiError} `INVALID_INPUT`; `DUPLICATE_ID` (task id or exclusion twice);
 *   `NON_CANONICAL_ID` (an exclusion); `UNKNOWN_STRATUM` (a pool stratum without allocation)
 *
 * @example
 * ```ts
 * const announcement = createDrawAnnouncement({
 *   seedSource: { kind: 'public-dice', witnesses: ['公证员 王某', '商户代表 李某'] },
 *   tasks: [{ taskId: '2024-07-food', size: 2, pool: poolCommitment(['a', 'b', 'c', 'd']), exclusions: [{ id: 'd', reason: '已注销' }] }],
 * });
 * announcement.scheme; //=> 'consistent-sampler/2'
 * announcementDigest(announcement).length; //=> 64
 * ```
 */
export function createDrawAnnouncement(input: DrawAnnouncementInput): DrawAnnouncement {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) throw new ShuangsuijiError('INVALID_INPUT', '抽取公告应为对象');
  return parseAnnouncement({ scheme: DRAW_SCHEME, ...input });
}

/**
 * The digest of a draw announcement (抽取公告摘要): SHA-256 (hex) of its canonical JSON — keys in
 * code-point order at every level, no whitespace, defaults filled in. Publish it with the
 * announcement; every record drawn under the announcement carries it.
 *
 * @param announcement - the announcement
 * @returns 64 lowercase hex digits
 * @throws {ShuangsuijiError} the codes of {@link createDrawAnnouncement}
 *
 * @example
 * ```ts
 * const a = createDrawAnnouncement({ seedSource: { kind: 'public-beacon', source: 'drand quicknet', round: '1000' }, tasks: [{ taskId: 'T1', size: 1, pool: poolCommitment(['a']) }] });
 * announcementDigest(a) === announcementDigest(JSON.parse(JSON.stringify(a))); //=> true
 * ```
 */
export function announcementDigest(announcement: DrawAnnouncement): string {
  return sha256Hex(canonicalJson(parseAnnouncement(announcement)));
}
