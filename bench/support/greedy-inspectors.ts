/**
 * The greedy inspector draw as it was before issue 16 (visit-id order, lowest tickets first, no
 * look-ahead), kept only as the baseline of bench/staffing.bench.ts. Not part of the library.
 */
import { z } from 'zod';
import { ShuangsuijiError } from '../../src/core/errors.js';
import { parseInput } from '../../src/core/parse-input.js';
import { InspectorSchema, type Inspector, type InspectorInput } from '../../src/directory/inspector.js';
import { compareCodePoints } from '../../src/draw/_internal/compare-code-points.js';
import { IdHasher } from '../../src/draw/_internal/id-hasher.js';
import type { InspectorDrawRecord } from '../../src/draw/inspector-draw-record.js';
import { InspectorRulesSchema, type InspectorRules, type InspectorRulesInput } from '../../src/draw/inspector-rules.js';
import { poolDigest } from '../../src/draw/pool-digest.js';
import { DRAW_SCHEME } from '../../src/draw/sampler.js';
import { seedMidstate } from '../../src/draw/_internal/seed-midstate.js';
import { SeedSchema } from '../../src/draw/seed-schema.js';
import { sha256Hex } from '../../src/draw/sha256.js';
import { compareTicketDigests } from '../../src/draw/_internal/ticket-digits.js';
import { ticketKey, ticketString } from '../../src/draw/_internal/ticket-key.js';
import { DrawVisitSchema, type DrawVisit, type DrawVisitInput } from '../../src/draw/visit.js';

const DrawInspectorsInputSchema = z.strictObject({
  seed: SeedSchema,
  visits: z.array(DrawVisitSchema),
  inspectors: z.array(InspectorSchema),
  rules: InspectorRulesSchema.default({ perSubject: 2, barredUnits: [] }),
});

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
  /** `perSubject` (default 2), `maxLoad`, `barredUnits`, `asOf`. */
  readonly rules?: InspectorRulesInput;
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
  readonly record: InspectorDrawRecord;
}

interface Candidate {
  readonly inspector: Inspector;
  readonly key: number;
  readonly digest: Int32Array;
}

/** Tells whether an inspector may inspect a visit at all, load aside (资格审查). */
function isEligible(inspector: Inspector, visit: DrawVisit, rules: InspectorRules, barred: ReadonlySet<string>): boolean {
  if (!inspector.active) return false;
  if (rules.asOf !== undefined && inspector.certificateValidUntil !== undefined && inspector.certificateValidUntil < rules.asOf) return false;
  if (inspector.conflicts.includes(visit.subjectId)) return false;
  if (inspector.unit !== undefined && barred.has(inspector.unit)) return false;
  if (visit.departments.length > 0 && !visit.departments.includes(inspector.department)) return false;
  if (visit.region !== undefined && inspector.regions.length > 0 && !inspector.regions.includes(visit.region)) return false;
  return true;
}

const unique = (values: readonly string[]): string[] => [...new Set(values)].sort(compareCodePoints);

/**
 * Draws the inspectors of each visit (随机选派执法检查人员), by consistent sampling.
 *
 * Visits are processed in order of their ids (code point order). For a visit, the eligible
 * inspectors are the active ones whose certificate is valid on `asOf` (an inspector with no
 * recorded end date counts as valid), who have declared no conflict with the subject (回避), who
 * are not in a barred unit, who belong to one of the visit's departments (any, when the visit
 * lists none) and who cover its region (an inspector with no regions covers all). They are
 * ordered by the ticket of their id under the visit seed `${seed}/${visitId}`. Then, taking
 * always the lowest ticket not yet taken and below `maxLoad`:
 *
 * 1. for each department of the visit (sorted), one inspector of it unless one is already taken
 *    (joint visits: every department sends someone) — reason `department:<name>`;
 * 2. for each required qualification (sorted), one holder unless one is already taken —
 *    reason `qualification:<name>`;
 * 3. more inspectors until `perSubject` — reason `count`.
 *
 * So a visit gets at least `perSubject` inspectors (more only when departments and
 * qualifications need it). Loads count across the visits of the call; the greedy order is what
 * makes the draw replayable, and a visit late in id order may fail on `maxLoad` where a
 * different global arrangement could have succeeded.
 *
 * @param input - `seed`, `visits`, `inspectors`, `rules`
 * @returns per visit the inspectors with tickets and reasons, the loads, and a record
 * @throws {ShuangsuijiError} `EMPTY_SEED`; `INVALID_INPUT`/`INVALID_DATE` for bad input;
 *   `DUPLICATE_ID` for repeated visit or inspector ids; `INSUFFICIENT_INSPECTORS` naming the
 *   visit (`path: ['visits', i]`, `details: { visitId, constraint, eligible, available }`, where
 *   `constraint` is `department:<name>`, `qualification:<name>`, `count` or `maxLoad`). An
 *   under-staffed visit is never returned.
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
export function drawInspectorsGreedy(input: DrawInspectorsInput): DrawInspectorsResult {
  const { seed, visits, inspectors, rules } = parseInput(DrawInspectorsInputSchema, input, 'INVALID_INPUT', '执法检查人员选派参数');
  checkUnique(visits.map((visit) => visit.id), 'visits', '走访');
  checkUnique(inspectors.map((inspector) => inspector.id), 'inspectors', '执法检查人员');
  const barred = new Set(rules.barredUnits);
  const order = visits.map((visit, index) => ({ visit, index })).sort((a, b) => compareCodePoints(a.visit.id, b.visit.id));
  const loads = new Map<string, number>();
  const hasher = new IdHasher();
  const assignments: InspectorAssignment[] = [];

  for (const { visit, index } of order) {
    const visitSeed = `${seed}/${visit.id}`;
    const midstate = seedMidstate(visitSeed);
    const candidates: Candidate[] = [];
    for (const inspector of inspectors) {
      if (!isEligible(inspector, visit, rules, barred)) continue;
      const digest = new Int32Array(8);
      if (!hasher.load(inspector.id)) throw new ShuangsuijiError('INVALID_INPUT', '执法检查人员标识不是有效的 Unicode', { path: ['inspectors'] });
      hasher.hashAfter(midstate, 64, digest);
      candidates.push({ inspector, key: ticketKey(digest, 0), digest });
    }
    candidates.sort((a, b) => (a.key !== b.key ? a.key - b.key : compareTicketDigests(a.digest, 0, b.digest, 0)));

    const chosen: { candidate: Candidate; reason: string }[] = [];
    const taken = new Set<string>();
    const free = (candidate: Candidate) => rules.maxLoad === undefined || (loads.get(candidate.inspector.id) ?? 0) < rules.maxLoad;
    const pick = (matches: (c: Candidate) => boolean, constraint: string, reason: string): void => {
      const found = candidates.find((c) => matches(c) && !taken.has(c.inspector.id) && free(c));
      if (found === undefined) {
        const eligible = candidates.filter(matches).length;
        throw insufficient(visit, index, eligible > 0 ? 'maxLoad' : constraint, eligible, 0, constraint);
      }
      taken.add(found.inspector.id);
      chosen.push({ candidate: found, reason });
    };

    for (const department of unique(visit.departments)) {
      if (chosen.some(({ candidate }) => candidate.inspector.department === department)) continue;
      pick((c) => c.inspector.department === department, `department:${department}`, `department:${department}`);
    }
    for (const qualification of unique(visit.requiredQualifications ?? [])) {
      if (chosen.some(({ candidate }) => candidate.inspector.qualifications.includes(qualification))) continue;
      pick((c) => c.inspector.qualifications.includes(qualification), `qualification:${qualification}`, `qualification:${qualification}`);
    }
    while (chosen.length < rules.perSubject) {
      const found = candidates.find((c) => !taken.has(c.inspector.id) && free(c));
      if (found === undefined) {
        const available = candidates.filter(free).length;
        const constraint = candidates.length >= rules.perSubject ? 'maxLoad' : 'count';
        throw insufficient(visit, index, constraint, candidates.length, available, 'count');
      }
      taken.add(found.inspector.id);
      chosen.push({ candidate: found, reason: 'count' });
    }

    for (const { candidate } of chosen) loads.set(candidate.inspector.id, (loads.get(candidate.inspector.id) ?? 0) + 1);
    assignments.push({
      visitId: visit.id,
      subjectId: visit.subjectId,
      visitSeed,
      inspectors: chosen.map(({ candidate, reason }) => ({
        id: candidate.inspector.id,
        name: candidate.inspector.name,
        department: candidate.inspector.department,
        ticket: ticketString(candidate.digest, 0),
        reason,
      })),
    });
  }

  const record: InspectorDrawRecord = {
    scheme: DRAW_SCHEME,
    kind: 'inspectors',
    seed,
    seedCommitment: sha256Hex(seed),
    rules,
    inspectorsDigest: poolDigest(inspectors.map((inspector) => inspector.id)),
    visits: order.map(({ visit }) => ({
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
  };
  return { assignments, loads: Object.fromEntries(loads), record };
}

function checkUnique(ids: readonly string[], field: string, label: string): void {
  const seen = new Set<string>();
  ids.forEach((id, index) => {
    if (seen.has(id)) throw new ShuangsuijiError('DUPLICATE_ID', `${label}标识 ${id} 重复`, { path: [field, index, 'id'], details: { id } });
    seen.add(id);
  });
}

function insufficient(visit: DrawVisit, index: number, constraint: string, eligible: number, available: number, need: string): ShuangsuijiError {
  const what =
    constraint === 'maxLoad'
      ? `符合条件的人员（${need}）都已达到工作量上限`
      : constraint === 'count'
        ? `符合条件的人员只有 ${eligible} 人，不足规定人数`
        : constraint.startsWith('department:')
          ? `联合检查的科室「${constraint.slice(11)}」没有符合条件的人员`
          : `没有具备资格「${constraint.slice(14)}」的符合条件人员`;
  return new ShuangsuijiError('INSUFFICIENT_INSPECTORS', `走访 ${visit.id}（检查对象 ${visit.subjectId}）无法选派执法检查人员：${what}`, {
    path: ['visits', index],
    details: { visitId: visit.id, constraint, eligible, available },
  });
}
