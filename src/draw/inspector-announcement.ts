import { z } from 'zod';
import { CivilDateSchema } from '../core/civil-date.js';
import { ShuangsuijiError } from '../core/errors.js';
import { parseInput } from '../core/parse-input.js';
import { InspectorSchema, type InspectorInput } from '../directory/inspector.js';
import { compareCodePoints } from './_internal/compare-code-points.js';
import { InspectorRulesSchema, type InspectorRulesInput } from './inspector-rules.js';
import { HexDigestSchema } from './pool-digest.js';
import { sha256Hex } from './sha256.js';
import { SeedSourceSchema } from './draw-announcement.js';
import { canonicalJson } from './_internal/canonical-json.js';
import { conflictsOf, manifestOf } from './_internal/inspector-roster.js';

/**
 * Scheme id of inspector-draw announcements (选派公告格式标识).
 *
 * @example
 * ```ts
 * INSPECTOR_ANNOUNCEMENT_SCHEME; //=> 'inspector-announcement/1'
 * ```
 */
export const INSPECTOR_ANNOUNCEMENT_SCHEME = 'inspector-announcement/1';

/**
 * Schema of one announced recusal (回避事项): an inspector who must not inspect a subject, and why.
 *
 * @example
 * ```ts
 * RecusalSchema.parse({ inspectorId: 'I2', subjectId: 'S1', reason: '近亲属任职' }).reason; //=> '近亲属任职'
 * ```
 */
export const RecusalSchema = z
  .strictObject({ inspectorId: z.string().min(1), subjectId: z.string().min(1), reason: z.string().min(1) })
  .meta({ description: '回避事项' });

/**
 * Schema of an inspector-draw announcement (执法检查人员选派公告), published before the seed exists:
 * the roster commitment (SHA-256 of the roster manifest, see {@link inspectorRosterManifest}) and
 * size, the recusal list (回避) with reasons, the rules, and how the seed will be produced.
 *
 * @example
 * ```ts
 * InspectorDrawAnnouncementSchema.shape.scheme.value; //=> 'inspector-announcement/1'
 * ```
 */
export const InspectorDrawAnnouncementSchema = z
  .strictObject({
    scheme: z.literal(INSPECTOR_ANNOUNCEMENT_SCHEME),
    /** Day of publication (公告日期). */
    announcedOn: CivilDateSchema,
    roster: z.strictObject({ commitment: HexDigestSchema, size: z.number().int().min(0) }),
    /** Every declared conflict of the roster, sorted by inspector then subject (code point order). */
    recusals: z.array(RecusalSchema),
    rules: InspectorRulesSchema,
    /** How the seed will be produced (种子来源): public dice before witnesses, or a named public source and round. */
    seedSource: SeedSourceSchema,
  })
  .meta({ description: '执法检查人员选派公告（种子产生前公布）' });

/**
 * An inspector-draw announcement.
 *
 * @example
 * ```ts
 * // inspectors: as in the drawInspectors example (I2 declares a conflict with S1)
 * const recusals = [{ inspectorId: 'I2', subjectId: 'S1', reason: '近亲属任职' }];
 * const announcement: InspectorDrawAnnouncement = createInspectorDrawAnnouncement({ inspectors, rules: {}, recusals, announcedOn: '2024-03-01',
 *   seedSource: { kind: 'public-dice', witnesses: ['公证员 王某', '商户代表 李某'], ceremony: '3月5日上午' } });
 * ```
 */
export type InspectorDrawAnnouncement = z.infer<typeof InspectorDrawAnnouncementSchema>;

/**
 * The roster manifest (执法人员名录清单): one line `id<TAB>department` per inspector, lines sorted by
 * UTF-8 bytes, duplicates dropped, each ending in `\n`. Its SHA-256 is the roster commitment; a witness
 * reproduces it with `LC_ALL=C sort -u roster.txt | sha256sum`.
 *
 * @param inspectors - the directory
 * @returns the manifest text
 *
 * @example
 * ```ts
 * inspectorRosterManifest([{ id: 'I2', name: '乙', department: '一所' }, { id: 'I1', name: '甲', department: '二所' }]);
 * //=> 'I1\t二所\nI2\t一所\n'
 * ```
 */
export function inspectorRosterManifest(inspectors: readonly InspectorInput[]): string {
  const parsed = parseInput(z.object({ inspectors: z.array(InspectorSchema) }), { inspectors }, 'INVALID_INPUT', '执法检查人员名录库').inspectors;
  return manifestOf(parsed);
}

const CreateSchema = z.strictObject({
  inspectors: z.array(InspectorSchema),
  rules: InspectorRulesSchema,
  recusals: z.array(RecusalSchema),
  announcedOn: CivilDateSchema,
  seedSource: InspectorDrawAnnouncementSchema.shape.seedSource,
});

/**
 * Input of {@link createInspectorDrawAnnouncement}.
 *
 * @example
 * ```ts
 * const input: InspectorDrawAnnouncementInput = { inspectors, rules: { perSubject: 2 }, recusals: [], announcedOn: '2024-03-01',
 *   seedSource: { kind: 'public-dice', witnesses: ['公证员 王某', '商户代表 李某'] } };
 * ```
 */
export interface InspectorDrawAnnouncementInput {
  readonly inspectors: readonly InspectorInput[];
  readonly rules: InspectorRulesInput;
  /** One entry, with its reason, for every conflict the directory declares (and no other). */
  readonly recusals: readonly z.input<typeof RecusalSchema>[];
  readonly announcedOn: string;
  readonly seedSource: z.input<typeof SeedSourceSchema>;
}

/**
 * Creates the announcement of an inspector draw (生成选派公告), to publish before the seed exists.
 *
 * @param input - `inspectors`, `rules`, `recusals` (one per declared conflict, with reason), `announcedOn`, `seedSource`
 * @returns the announcement; publish it with {@link inspectorAnnouncementDigest}
 * @throws {ShuangsuijiError} `INVALID_INPUT` for bad input, a conflict without an announced reason
 *   (path `['recusals']`, `details.missing`) or a recusal the directory does not declare
 *   (`details.unknown`); `DUPLICATE_ID` for repeated inspector ids
 *
 * @example
 * ```ts
 * const announcement = createInspectorDrawAnnouncement({
 *   inspectors: [{ id: 'I1', name: '甲', department: '一所' }, { id: 'I2', name: '乙', department: '一所', conflicts: ['S1'] }],
 *   rules: { perSubject: 2 },
 *   recusals: [{ inspectorId: 'I2', subjectId: 'S1', reason: '近亲属在该企业任职' }],
 *   announcedOn: '2024-03-01',
 *   seedSource: { kind: 'public-dice', witnesses: ['公证员 王某', '商户代表 李某'], ceremony: '3月5日上午掷骰 20 次' },
 * });
 * [announcement.roster.size, announcement.recusals.length]; //=> [2, 1]
 * ```
 */
export function createInspectorDrawAnnouncement(input: InspectorDrawAnnouncementInput): InspectorDrawAnnouncement {
  const { inspectors, rules, recusals, announcedOn, seedSource } = parseInput(CreateSchema, input, 'INVALID_INPUT', '选派公告参数');
  const seen = new Set<string>();
  inspectors.forEach((x, i) => {
    if (seen.has(x.id)) throw new ShuangsuijiError('DUPLICATE_ID', `执法检查人员标识 ${x.id} 重复`, { path: ['inspectors', i, 'id'], details: { id: x.id } });
    seen.add(x.id);
  });
  const key = (r: { inspectorId: string; subjectId: string }) => `${r.inspectorId}\u0000${r.subjectId}`;
  const declared = conflictsOf(inspectors);
  const reasons = new Map(recusals.map((r) => [key(r), r.reason]));
  const missing = declared.filter((c) => !reasons.has(key(c))).map(key);
  if (missing.length > 0) {
    throw new ShuangsuijiError('INVALID_INPUT', `名录库中有 ${missing.length} 项回避没有公告理由`, { path: ['recusals'], details: { missing: missing.map((m) => m.replace('\u0000', '/')) } });
  }
  const known = new Set(declared.map(key));
  const unknown = recusals.filter((r) => !known.has(key(r))).map((r) => `${r.inspectorId}/${r.subjectId}`);
  if (unknown.length > 0) {
    throw new ShuangsuijiError('INVALID_INPUT', `公告的回避事项有 ${unknown.length} 项不在名录库的回避记录中`, { path: ['recusals'], details: { unknown } });
  }
  return {
    scheme: INSPECTOR_ANNOUNCEMENT_SCHEME,
    announcedOn,
    roster: { commitment: sha256Hex(manifestOf(inspectors)), size: inspectors.length },
    recusals: declared.map((c) => ({ ...c, reason: reasons.get(key(c))! })),
    rules,
    seedSource,
  };
}

/**
 * The digest to publish for an announcement (公告摘要): SHA-256 of its canonical JSON (keys in code
 * point order, no spaces). The draw record carries it, so the record names the announcement it
 * was drawn under.
 *
 * @param announcement - the announcement (untrusted JSON)
 * @returns 64 hex digits
 * @throws {ShuangsuijiError} `INVALID_INPUT` for a malformed announcement
 *
 * @example
 * ```ts
 * // inspectors: as in the drawInspectors example (I2 declares a conflict with S1)
 * const announcement = createInspectorDrawAnnouncement({ inspectors, rules: {}, announcedOn: '2024-03-01',
 *   recusals: [{ inspectorId: 'I2', subjectId: 'S1', reason: '近亲属任职' }],
 *   seedSource: { kind: 'public-dice', witnesses: ['公证员 王某', '商户代表 李某'] } });
 * inspectorAnnouncementDigest(announcement).length; //=> 64
 * ```
 */
export function inspectorAnnouncementDigest(announcement: InspectorDrawAnnouncement): string {
  const parsed = parseInput(InspectorDrawAnnouncementSchema, announcement, 'INVALID_INPUT', '选派公告');
  return sha256Hex(canonicalJson(parsed));
}
