import { z } from 'zod';
import { isShuangsuijiError } from '../core/errors.js';
import { parseInput } from '../core/parse-input.js';
import { InspectorSchema, type InspectorInput } from '../directory/inspector.js';
import { drawInspectors } from './draw-inspectors.js';
import { InspectorDrawRecordSchema, type InspectorDrawRecord } from './inspector-draw-record.js';
import { sha256Hex } from './sha256.js';
import { ticketNumber } from './ticket-number.js';
import type { DrawDifference, DrawVerification } from './verify-draw.js';
import { StaffingProblem } from './_internal/staffing-problem.js';
import { announcementDifferences } from './_internal/inspector-roster.js';
import { InspectorDrawAnnouncementSchema, inspectorAnnouncementDigest, type InspectorDrawAnnouncement } from './inspector-announcement.js';
import { SeedSchema } from './seed-schema.js';

const OptionsSchema = z.strictObject({
  announcement: InspectorDrawAnnouncementSchema.optional(),
  publicSeed: SeedSchema.optional(),
});

/**
 * Options of {@link verifyInspectorDraw}.
 *
 * @example
 * ```ts
 * // inspectors: as in the drawInspectors example (I2 declares a conflict with S1)
 * const announcement = createInspectorDrawAnnouncement({ inspectors, rules: {}, announcedOn: '2024-03-01',
 *   recusals: [{ inspectorId: 'I2', subjectId: 'S1', reason: '近亲属任职' }],
 *   seedSource: { kind: 'public-dice', witnesses: ['公证员 王某', '商户代表 李某'] } });
 * const options: VerifyInspectorDrawOptions = { announcement, publicSeed: '2024-03-05 掷骰 31415926535897932384' };
 * const { record } = drawInspectors({ seed: '2024-03-05 掷骰 31415926535897932384', visits, inspectors, announcement });
 * verifyInspectorDraw(record, inspectors, options).fairness; //=> 'checked'
 * ```
 */
export interface VerifyInspectorDrawOptions {
  /** The announcement published before the seed; without it fairness is not checked. */
  readonly announcement?: InspectorDrawAnnouncement;
  /** The seed as produced in public; the record's seed must be it. */
  readonly publicSeed?: string;
}

/**
 * Result of {@link verifyInspectorDraw}: the differences, and whether fairness was checked (公平性核对).
 *
 * @example
 * ```ts
 * // visits, inspectors: as in the drawInspectors example
 * const { record } = drawInspectors({ seed: '31', visits, inspectors });
 * const verification: InspectorDrawVerification = verifyInspectorDraw(record, inspectors);
 * verification.fairness; //=> 'not-checked'
 * verification.fairnessNote; //=> '未提供选派公告：…'
 * ```
 */
export interface InspectorDrawVerification extends DrawVerification {
  /**
   * `'checked'` when an announcement was given, as for subject draws; otherwise only binding was
   * checked — that the record replays from this directory — not that the roster, 回避 list and rules
   * were fixed before the seed.
   */
  readonly fairness: 'checked' | 'not-checked';
  /** What the fairness verdict covers, in Chinese (公平性核对说明). */
  readonly fairnessNote: string;
}

const CHECKED = { fairness: 'checked', fairnessNote: '已对照事先公布的选派公告核对名录、回避名单和选派规则' } as const;
const NOT_CHECKED = {
  fairness: 'not-checked',
  fairnessNote: '未提供选派公告：只核对了记录能否由所给名录库重现（约束力），未核对名录、回避名单和规则是否在种子产生前已经固定（公平性）',
} as const;

/**
 * Verifies an inspector-draw record against the inspector directory (复核选派记录).
 *
 * Three checks, each difference reported, never thrown:
 *
 * 1. the seed commitment;
 * 2. the record's own claims, checked on the directory: every recorded team is of distinct
 *    inspectors of the directory, each eligible for the visit (active, certificate, 回避, barred
 *    unit, department, region), complete (head count, one per department, every required
 *    qualification), each ticket is the ticket of the id under `${seed}/${visitId}`, no inspector
 *    is above `maxLoad` or the recorded cap, and the recorded load summary matches the teams;
 * 3. the draw replayed from the record's seed, visits and rules: the directory digest, every
 *    assignment (ids, order, tickets, reasons) and the balance summary — so a cap claimed as the
 *    smallest possible, or a member that was not the lowest ticket a valid staffing allowed,
 *    shows up as a difference. A directory that cannot staff the recorded visits is a difference
 *    on `inspectors`.
 *
 * @param record - the record (untrusted JSON)
 * With `options.announcement`, also checks fairness: the record's `announcementDigest`, the roster
 * commitment and size of `inspectors`, their declared conflicts against the announced 回避 list,
 * and the record's rules against the announced ones; with `options.publicSeed`, the seed.
 *
 * @param inspectors - the inspector directory the draw claims to be from
 * @param options - `{ announcement?, publicSeed? }`
 * @returns `{ ok, differences, fairness }`
 * @throws {ShuangsuijiError} `INVALID_RECORD` for a malformed record; `INVALID_INPUT` for a
 *   malformed directory
 *
 * @example
 * ```ts
 * const { record } = drawInspectors({ seed: '31', visits, inspectors });
 * verifyInspectorDraw(record, inspectors).ok; //=> true
 * ```
 */
export function verifyInspectorDraw(record: InspectorDrawRecord, inspectors: readonly InspectorInput[], options: VerifyInspectorDrawOptions = {}): InspectorDrawVerification {
  const parsed = parseInput(InspectorDrawRecordSchema, record, 'INVALID_RECORD', '选派记录');
  const directory = parseInput(z.object({ inspectors: z.array(InspectorSchema) }), { inspectors }, 'INVALID_INPUT', '执法检查人员名录库').inspectors;
  const { announcement, publicSeed } = parseInput(OptionsSchema, options, 'INVALID_INPUT', '复核选项', ['options']);
  const differences: DrawDifference[] = [];
  const push = (field: string, a: unknown, b: unknown) => {
    if (a !== b) differences.push({ field, recorded: a, recomputed: b });
  };
  push('seedCommitment', parsed.seedCommitment, sha256Hex(parsed.seed));
  if (publicSeed !== undefined) push('seed', parsed.seed, publicSeed);
  if (announcement !== undefined) {
    push('announcementDigest', parsed.announcementDigest ?? null, inspectorAnnouncementDigest(announcement));
    for (const [field, announced, actual] of announcementDifferences(announcement, directory, parsed.rules)) {
      differences.push({ field, recorded: announced, recomputed: actual });
    }
  }
  const fairness = announcement === undefined ? NOT_CHECKED : CHECKED; // { fairness, fairnessNote }
  checkClaims(parsed, directory, differences);

  let recomputed: InspectorDrawRecord;
  try {
    recomputed = drawInspectors({ seed: parsed.seed, visits: parsed.visits, inspectors, rules: parsed.rules }).record;
  } catch (error) {
    if (!isShuangsuijiError(error, 'INSUFFICIENT_INSPECTORS') && !isShuangsuijiError(error, 'DUPLICATE_ID')) throw error;
    differences.push({ field: 'inspectors', recorded: '名录库应能复现记录', recomputed: `${error.code}: ${error.message}` });
    return { ok: false, differences, ...fairness };
  }
  push('inspectorsDigest', parsed.inspectorsDigest, recomputed.inspectorsDigest);
  push('assignments.length', parsed.assignments.length, recomputed.assignments.length);
  parsed.assignments.forEach((assignment, i) => {
    const other = recomputed.assignments[i];
    push(`assignments[${i}].visitId`, assignment.visitId, other?.visitId);
    push(`assignments[${i}].visitSeed`, assignment.visitSeed, other?.visitSeed);
    push(`assignments[${i}].inspectors.length`, assignment.inspectors.length, other?.inspectors.length);
    assignment.inspectors.forEach((inspector, j) => {
      for (const key of ['id', 'ticket', 'reason'] as const) {
        push(`assignments[${i}].inspectors[${j}].${key}`, inspector[key], other?.inspectors[j]?.[key]);
      }
    });
  });
  if (parsed.balance !== undefined && recomputed.balance !== undefined) {
    for (const key of ['mode', 'cap', 'lowerBound', 'optimal', 'inspectors', 'maxLoad', 'minLoad', 'meanLoad', 'withinOneOfMean'] as const) {
      push(`balance.${key}`, parsed.balance[key], recomputed.balance[key]);
    }
    push('balance.histogram', parsed.balance.histogram.join(','), recomputed.balance.histogram.join(','));
  }
  return { ok: differences.length === 0, differences, ...fairness };
}

/** Checks the recorded teams against the rules on the directory, without redrawing. */
function checkClaims(record: InspectorDrawRecord, directory: ReturnType<typeof InspectorSchema.parse>[], differences: DrawDifference[]): void {
  const problem = new StaffingProblem(record.visits, directory, record.rules);
  const position = new Map(problem.visits.map((v, k) => [v.visit.id, k]));
  const index = new Map(directory.map((x, i) => [x.id, i]));
  const loads = new Map<string, number>();
  const claim = (field: string, recorded: unknown, recomputed: unknown) => differences.push({ field, recorded, recomputed });
  record.assignments.forEach((assignment, a) => {
    const v = position.get(assignment.visitId);
    if (v === undefined) return claim(`assignments[${a}].visitId`, assignment.visitId, '记录的走访中没有该走访');
    if (assignment.visitSeed !== `${record.seed}/${assignment.visitId}`) claim(`assignments[${a}].visitSeed`, assignment.visitSeed, `${record.seed}/${assignment.visitId}`);
    const team: number[] = [];
    assignment.inspectors.forEach((member, m) => {
      const i = index.get(member.id);
      const field = `assignments[${a}].inspectors[${m}]`;
      if (i === undefined) return claim(`${field}.id`, member.id, '名录库中没有该人员');
      if (team.includes(i)) claim(`${field}.id`, member.id, '同一走访重复选派');
      if (!problem.eligible(i, v)) claim(`${field}.eligible`, member.id, '不符合该走访的选派条件（在岗、执法证、回避、单位、科室或区域）');
      const ticket = ticketNumber(`${record.seed}/${assignment.visitId}`, member.id);
      if (member.ticket !== ticket) claim(`${field}.ticket`, member.ticket, ticket);
      team.push(i);
      loads.set(member.id, (loads.get(member.id) ?? 0) + 1);
    });
    const open = problem.nextRole(v, team);
    if (open !== null) claim(`assignments[${a}].complete`, 'complete', open.kind === 'count' ? `不足 ${record.rules.perSubject} 人` : `缺 ${open.kind}:${open.name}`);
  });
  const caps: [string, number | null | undefined][] = [
    ['rules.maxLoad', record.rules.maxLoad],
    ['balance.cap', record.balance?.cap],
  ];
  for (const [field, cap] of caps) {
    if (cap === undefined || cap === null) continue;
    for (const [id, load] of loads) if (load > cap) claim(field, cap, `${id} 被选派 ${load} 次`);
  }
  if (record.balance !== undefined) {
    const most = Math.max(0, ...loads.values());
    if (record.balance.maxLoad !== most) claim('balance.maxLoad', record.balance.maxLoad, most);
  }
}
