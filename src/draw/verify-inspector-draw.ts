import { isShuangsuijiError } from '../core/errors.js';
import { parseInput } from '../core/parse-input.js';
import { InspectorSchema, type InspectorInput } from '../directory/inspector.js';
import { drawInspectors } from './draw-inspectors.js';
import { InspectorDrawRecordSchema, type InspectorDrawRecord } from './inspector-draw-record.js';
import { sha256Hex } from './sha256.js';
import { ticketNumber } from './ticket-number.js';
import type { DrawDifference, DrawVerification } from './verify-draw.js';
import { StaffingProblem } from './_internal/staffing-problem.js';
import { z } from 'zod';

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
 * @param inspectors - the inspector directory the draw claims to be from
 * @returns `{ ok, differences }`
 * @throws {ShuangsuijiError} `INVALID_RECORD` for a malformed record; `INVALID_INPUT` for a
 *   malformed directory
 *
 * @example
 * ```ts
 * const { record } = drawInspectors({ seed: '31', visits, inspectors });
 * verifyInspectorDraw(record, inspectors).ok; //=> true
 * ```
 */
export function verifyInspectorDraw(record: InspectorDrawRecord, inspectors: readonly InspectorInput[]): DrawVerification {
  const parsed = parseInput(InspectorDrawRecordSchema, record, 'INVALID_RECORD', '选派记录');
  const directory = parseInput(z.object({ inspectors: z.array(InspectorSchema) }), { inspectors }, 'INVALID_INPUT', '执法检查人员名录库').inspectors;
  const differences: DrawDifference[] = [];
  const push = (field: string, a: unknown, b: unknown) => {
    if (a !== b) differences.push({ field, recorded: a, recomputed: b });
  };
  push('seedCommitment', parsed.seedCommitment, sha256Hex(parsed.seed));
  checkClaims(parsed, directory, differences);

  let recomputed: InspectorDrawRecord;
  try {
    recomputed = drawInspectors({ seed: parsed.seed, visits: parsed.visits, inspectors, rules: parsed.rules }).record;
  } catch (error) {
    if (!isShuangsuijiError(error, 'INSUFFICIENT_INSPECTORS') && !isShuangsuijiError(error, 'DUPLICATE_ID')) throw error;
    differences.push({ field: 'inspectors', recorded: '名录库应能复现记录', recomputed: `${error.code}: ${error.message}` });
    return { ok: false, differences };
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
  return { ok: differences.length === 0, differences };
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
