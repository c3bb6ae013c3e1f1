import { z } from 'zod';
import { ShuangsuijiError } from '../core/errors.js';
import { parseInput } from '../core/parse-input.js';
import { InspectorSchema, type InspectorInput } from '../directory/inspector.js';
import type { InspectorDrawRecord, StaffingBalance } from './inspector-draw-record.js';
import { InspectorRulesSchema, type InspectorRulesInput } from './inspector-rules.js';
import { poolDigest } from './pool-digest.js';
import { DRAW_SCHEME } from './sampler.js';
import { SeedSchema } from './seed-schema.js';
import { sha256Hex } from './sha256.js';
import { DrawVisitSchema, type DrawVisitInput } from './visit.js';
import { staffVisits, type StaffedVisits } from './_internal/staffing-draw.js';
import { announcementDifferences } from './_internal/inspector-roster.js';
import { InspectorDrawAnnouncementSchema, inspectorAnnouncementDigest, type InspectorDrawAnnouncement } from './inspector-announcement.js';

const FIELD_LABELS: Record<string, string> = {
  'announcement.roster.commitment': '执法人员名录',
  'announcement.roster.size': '执法人员人数',
  'announcement.recusals': '回避名单',
  'announcement.rules': '选派规则',
};

const DrawInspectorsInputSchema = /* @__PURE__ */ (() => z.strictObject({
  seed: SeedSchema,
  visits: z.array(DrawVisitSchema),
  inspectors: z.array(InspectorSchema),
  rules: InspectorRulesSchema.default({ perSubject: 2, barredUnits: [] }),
  announcement: InspectorDrawAnnouncementSchema.optional(),
}))();

/**
 * Input of {@link drawInspectors}.
 *
 * @example
 * ```ts
 * const input: DrawInspectorsInput = { seed: '31', visits: [{ id: 'V1', subjectId: 'S1', departments: ['一所'] }],
 *   inspectors: [{ id: 'I1', name: '甲', department: '一所' }, { id: 'I3', name: '丙', department: '一所' }] };
 * drawInspectors(input).loads; //=> { I1: 1, I3: 1 }
 * ```
 */
export interface DrawInspectorsInput {
  /** The master seed; visit `v` uses the seed `${seed}/${v.id}`. */
  readonly seed: string;
  readonly visits: readonly DrawVisitInput[];
  /** The inspector directory (执法检查人员名录库). */
  readonly inspectors: readonly InspectorInput[];
  /** `perSubject` (default 2), `maxLoad`, `barredUnits`, `asOf`, `balance`. */
  readonly rules?: InspectorRulesInput;
  /**
   * The announcement published before the seed (选派公告): the draw refuses a roster, 回避 list or
   * rules that differ from it, and the record carries its digest.
   */
  readonly announcement?: InspectorDrawAnnouncement;
}

/**
 * One inspector assigned to a visit (选派人员).
 *
 * @example
 * ```ts
 * // input: as in the DrawInspectorsInput example
 * const assigned: readonly AssignedInspector[] = drawInspectors(input).assignments[0]?.inspectors ?? [];
 * assigned.map((i) => [i.id, i.reason]); //=> [['I1', 'department:一所'], ['I3', 'count']]
 * assigned[0]?.ticket === ticketNumber('31/V1', 'I1'); //=> true
 * ```
 */
export interface AssignedInspector {
  readonly id: string;
  readonly name: string;
  readonly department: string;
  /** Ticket of the inspector's id under the visit seed. */
  readonly ticket: string;
  /** `department:<科室>`, `qualification:<资格>` or `count`. */
  readonly reason: string;
}

/**
 * The inspectors of one visit (走访选派结果).
 *
 * @example
 * ```ts
 * // input: as in the DrawInspectorsInput example
 * const assignment: InspectorAssignment | undefined = drawInspectors(input).assignments[0];
 * [assignment?.visitId, assignment?.visitSeed, assignment?.inspectors.map((i) => i.id)]; //=> ['V1', '31/V1', ['I1', 'I3']]
 * ```
 */
export interface InspectorAssignment {
  readonly visitId: string;
  readonly subjectId: string;
  /** `${seed}/${visitId}`. */
  readonly visitSeed: string;
  readonly inspectors: AssignedInspector[];
}

/**
 * Result of {@link drawInspectors}.
 *
 * @example
 * ```ts
 * // input: as in the DrawInspectorsInput example
 * const result: DrawInspectorsResult = drawInspectors(input);
 * [result.assignments.length, result.loads, result.record.kind]; //=> [1, { I1: 1, I3: 1 }, 'inspectors']
 * ```
 */
export interface DrawInspectorsResult {
  /** One per visit, in processing order (visit id, code point order). */
  readonly assignments: InspectorAssignment[];
  /** Visits given to each assigned inspector in this call. */
  readonly loads: Record<string, number>;
  /** How even the loads are, and the cap they were drawn within (工作量均衡情况). */
  readonly balance: StaffingBalance;
  readonly record: InspectorDrawRecord;
}

/**
 * Draws the inspectors of each visit (随机选派执法检查人员): an exact constrained assignment whose
 * choice among the valid ones is fixed by tickets.
 *
 * An inspector is eligible for a visit when active, with a certificate valid on `asOf` (no recorded
 * end date counts as valid), with no declared conflict with the subject (回避), not in a barred
 * unit, from one of the visit's departments (any, when it lists none) and covering its region (an
 * inspector with no regions covers all). A team is complete when it has at least `perSubject`
 * members, one from each department of the visit (joint visits: every department sends someone)
 * and a holder of each required qualification. A staffing is valid when every visit has a complete
 * team of eligible inspectors and nobody has more than the cap visits.
 *
 * The cap is `maxLoad` (none when unset). With `balance: 'min-max-load'` it is the smallest cap
 * ≤ `maxLoad` at which a valid staffing exists, so the busiest inspector has as few visits as the
 * rules allow.
 *
 * Visits are then processed in order of their ids (code point order). A visit's team is filled role
 * by role — first one member for each department no member belongs to yet (sorted; reason
 * `department:<name>`), then one for each required qualification no member holds (sorted;
 * `qualification:<name>`), then members until `perSubject` (`count`). Each role takes, among the
 * eligible inspectors who fill it and are not yet in the team, ordered by the ticket of their id
 * under the visit seed `${seed}/${visitId}`, the first after whose choice a valid staffing of all
 * visits still exists. So the draw fails only when no valid staffing exists at all, and the record
 * replays: docs/verify-draw.md gives the procedure step by step.
 *
 * @param input - `seed`, `visits`, `inspectors`, `rules`
 * @returns per visit the inspectors with tickets and reasons, the loads, the balance summary, and a record
 * @throws {ShuangsuijiError} `EMPTY_SEED`; `INVALID_INPUT`/`INVALID_DATE` for bad input;
 *   `DUPLICATE_ID` for repeated visit or inspector ids; `INSUFFICIENT_INSPECTORS` when no valid
 *   staffing exists (`path: ['visits', i]`): a visit no team can staff names it and the constraint
 *   (`details: { visitId, constraint, eligible, available }`, `constraint` is `department:<name>`,
 *   `qualification:<name>` or `count`); when loads are what bind, `constraint: 'maxLoad'`
 *   with `binding` (`department:<name>`, `qualification:<name>`, `count` for all visits together,
 *   or `combination`), the `visits` of that group, their `demand`, the `supply` within the cap and
 *   the `short`fall; `ANNOUNCEMENT_MISMATCH` when an `announcement` is given and the roster (commitment or
 *   size), the 回避 list or the rules differ from it (`details.differences`); `STAFFING_SEARCH_LIMIT` when the exact search needs more than two million
 *   steps (hard instances with many qualifications; never on department-only rules in practice).
 *   An under-staffed visit is never returned.
 *
 * @example
 * ```ts
 * const { assignments } = drawInspectors({
 *   seed: '31',
 *   visits: [{ id: 'V1', subjectId: 'S1', departments: ['一所'] }],
 *   inspectors: [
 *     { id: 'I1', name: '甲', department: '一所' },
 *     { id: 'I2', name: '乙', department: '一所', conflicts: ['S1'] },
 *     { id: 'I3', name: '丙', department: '一所' },
 *   ],
 * });
 * assignments[0]!.inspectors.map((i) => i.id).sort(); //=> ['I1', 'I3'] (I2 must avoid S1)
 * ```
 */
export function drawInspectors(input: DrawInspectorsInput): DrawInspectorsResult {
  const { seed, visits, inspectors, rules, announcement } = parseInput(DrawInspectorsInputSchema, input, 'INVALID_INPUT', '执法检查人员选派参数');
  checkUnique(visits.map((visit) => visit.id), 'visits', '走访');
  checkUnique(inspectors.map((inspector) => inspector.id), 'inspectors', '执法检查人员');
  if (announcement !== undefined) {
    const differences = announcementDifferences(announcement, inspectors, rules);
    if (differences.length > 0) {
      throw new ShuangsuijiError('ANNOUNCEMENT_MISMATCH', `选派所用的${[...new Set(differences.map(([field]) => FIELD_LABELS[field] ?? field))].join('、')}与事先公布的选派公告不一致`, {
        path: ['announcement', ...differences[0]![0].split('.').slice(1)],
        details: { differences: differences.map(([field, announced, actual]) => ({ field, announced, actual })) },
      });
    }
  }
  const staffed = staffVisits(seed, visits, inspectors, rules);
  const { problem } = staffed;
  const assignments: InspectorAssignment[] = problem.visits.map(({ visit }, v) => ({
    visitId: visit.id,
    subjectId: visit.subjectId,
    visitSeed: `${seed}/${visit.id}`,
    inspectors: staffed.teams[v]!.map(({ index, ticket, reason }) => {
      const inspector = inspectors[index]!;
      return { id: inspector.id, name: inspector.name, department: inspector.department, ticket, reason };
    }),
  }));
  const loads: Record<string, number> = {};
  for (const assignment of assignments) for (const { id } of assignment.inspectors) loads[id] = (loads[id] ?? 0) + 1;
  const balance = summarize(staffed, rules.balance ?? 'none', rules.maxLoad !== undefined || rules.balance === 'min-max-load');

  const record: InspectorDrawRecord = {
    scheme: DRAW_SCHEME,
    kind: 'inspectors',
    seed,
    seedCommitment: sha256Hex(seed),
    rules,
    inspectorsDigest: poolDigest(inspectors.map((inspector) => inspector.id)),
    visits: problem.visits.map(({ visit }) => ({
      id: visit.id,
      subjectId: visit.subjectId,
      departments: [...visit.departments],
      ...(visit.requiredQualifications === undefined ? {} : { requiredQualifications: [...visit.requiredQualifications] }),
      ...(visit.region === undefined ? {} : { region: visit.region }),
    })),
    assignments: assignments.map((assignment) => ({
      visitId: assignment.visitId,
      visitSeed: assignment.visitSeed,
      inspectors: assignment.inspectors.map(({ id, ticket, reason }) => ({ id, ticket, reason })),
    })),
    balance,
    ...(announcement === undefined ? {} : { announcementDigest: inspectorAnnouncementDigest(announcement) }),
  };
  return { assignments, loads, balance, record };
}

/** The load summary over the inspectors eligible for at least one visit. */
function summarize(staffed: StaffedVisits, mode: 'none' | 'min-max-load', capped: boolean): StaffingBalance {
  const { problem, loads } = staffed;
  const onDuty = new Set<number>();
  problem.visits.forEach((_, v) => {
    for (const i of problem.candidates(v)) onDuty.add(i);
  });
  const values = [...onDuty].map((i) => loads[i]!);
  const total = values.reduce((a, b) => a + b, 0);
  const mean = values.length === 0 ? 0 : total / values.length;
  const max = values.reduce((a, b) => Math.max(a, b), 0);
  const min = values.reduce((a, b) => Math.min(a, b), values.length === 0 ? 0 : Infinity);
  const histogram = new Array<number>(max + 1).fill(0);
  for (const load of values) histogram[load]!++;
  return {
    mode,
    cap: capped ? staffed.cap : null,
    lowerBound: staffed.lowerBound,
    optimal: staffed.optimal,
    inspectors: values.length,
    maxLoad: max,
    minLoad: min,
    meanLoad: Math.round(mean * 1000) / 1000,
    withinOneOfMean: values.every((load) => Math.abs(load - mean) < 1 + 1e-9),
    histogram,
  };
}

function checkUnique(ids: readonly string[], field: string, label: string): void {
  const seen = new Set<string>();
  ids.forEach((id, index) => {
    if (seen.has(id)) throw new ShuangsuijiError('DUPLICATE_ID', `${label}标识 ${id} 重复`, { path: [field, index, 'id'], details: { id } });
    seen.add(id);
  });
}

