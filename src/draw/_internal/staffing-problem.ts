import type { Inspector } from '../../directory/inspector.js';
import { compareCodePoints } from './compare-code-points.js';
import type { InspectorRules } from '../inspector-rules.js';
import type { DrawVisit } from '../visit.js';

/** A role still open in a team (缺口): a department, a qualification, or the head count. */
export type Role = { readonly kind: 'department'; readonly name: string } | { readonly kind: 'qualification'; readonly name: string } | { readonly kind: 'count' };

/** One visit, indexed for staffing (内部). */
export interface StaffVisit {
  readonly visit: DrawVisit;
  /** Index in the caller's `visits` array. */
  readonly inputIndex: number;
  /** Departments, unique, code point order. */
  readonly departments: readonly string[];
  /** Required qualifications, unique, code point order. */
  readonly qualifications: readonly string[];
}

const unique = (values: readonly string[]): string[] => [...new Set(values)].sort(compareCodePoints);

/**
 * The staffing problem with its eligibility rules precomputed (选派问题，内部): inspectors by
 * index, the ones statically eligible (active, certificate valid, unit not barred) grouped by
 * department, and the visits in processing order (visit id, code point order).
 *
 * @example
 * ```ts
 * const problem = new StaffingProblem(visits, inspectors, rules);
 * problem.candidates(0); // indices of the inspectors eligible for the first visit
 * ```
 */
export class StaffingProblem {
  readonly visits: StaffVisit[];
  readonly perSubject: number;
  private readonly staticOk: boolean[];
  private readonly conflicts: ReadonlySet<string>[];
  private readonly regions: ReadonlySet<string>[];
  readonly qualifications: ReadonlySet<string>[];
  readonly departmentOf: readonly string[];
  private readonly byDepartment = new Map<string, number[]>();
  /**
   * Class of each inspector (同质人员类别): inspectors with the same department, unit, activity,
   * certificate, qualifications, conflicts and regions are interchangeable for feasibility.
   */
  readonly kind: Int32Array;
  private readonly everyone: number[] = [];

  constructor(
    visits: readonly DrawVisit[],
    readonly inspectors: readonly Inspector[],
    rules: InspectorRules,
  ) {
    this.perSubject = rules.perSubject;
    const barred = new Set(rules.barredUnits);
    this.staticOk = inspectors.map(
      (x) =>
        x.active &&
        !(rules.asOf !== undefined && x.certificateValidUntil !== undefined && x.certificateValidUntil < rules.asOf) &&
        !(x.unit !== undefined && barred.has(x.unit)),
    );
    this.conflicts = inspectors.map((x) => new Set(x.conflicts));
    this.regions = inspectors.map((x) => new Set(x.regions));
    this.qualifications = inspectors.map((x) => new Set(x.qualifications));
    this.departmentOf = inspectors.map((x) => x.department);
    const kinds = new Map<string, number>();
    this.kind = Int32Array.from(inspectors, (x, i) => {
      const key = JSON.stringify([this.staticOk[i], x.department, [...x.qualifications].sort(), [...x.conflicts].sort(), [...x.regions].sort()]);
      let k = kinds.get(key);
      if (k === undefined) kinds.set(key, (k = kinds.size));
      return k;
    });
    inspectors.forEach((x, i) => {
      if (!this.staticOk[i]) return;
      this.everyone.push(i);
      const list = this.byDepartment.get(x.department);
      if (list === undefined) this.byDepartment.set(x.department, [i]);
      else list.push(i);
    });
    this.visits = visits
      .map((visit, inputIndex) => ({ visit, inputIndex, departments: unique(visit.departments), qualifications: unique(visit.requiredQualifications ?? []) }))
      .sort((a, b) => compareCodePoints(a.visit.id, b.visit.id));
  }

  /** Whether inspector `i` may inspect visit `v` at all, load aside (资格审查). */
  eligible(i: number, v: number): boolean {
    const visit = this.visits[v]!;
    if (!this.staticOk[i]) return false;
    if (visit.departments.length > 0 && !visit.departments.includes(this.departmentOf[i]!)) return false;
    return this.dynamicOk(i, visit);
  }

  private dynamicOk(i: number, visit: StaffVisit): boolean {
    if (this.conflicts[i]!.has(visit.visit.subjectId)) return false;
    const region = visit.visit.region;
    const regions = this.regions[i]!;
    return region === undefined || regions.size === 0 || regions.has(region);
  }

  /** The inspectors eligible for visit `v`, by department then index. */
  candidates(v: number): number[] {
    const visit = this.visits[v]!;
    const pools = visit.departments.length === 0 ? [this.everyone] : visit.departments.map((d) => this.byDepartment.get(d) ?? []);
    const out: number[] = [];
    for (const pool of pools) for (const i of pool) if (this.dynamicOk(i, visit)) out.push(i);
    return out;
  }

  /** Whether inspector `i` fills role `role`. */
  fills(i: number, role: Role): boolean {
    return role.kind === 'count' || (role.kind === 'department' ? this.departmentOf[i] === role.name : this.qualifications[i]!.has(role.name));
  }

  /**
   * The first open role of a partial team of visit `v`, or `null` when the team is complete: the
   * first department (code point order) nobody in the team belongs to, then the first required
   * qualification nobody holds, then `count` while the team has fewer than `perSubject`.
   */
  nextRole(v: number, team: readonly number[]): Role | null {
    const visit = this.visits[v]!;
    for (const name of visit.departments) if (!team.some((i) => this.departmentOf[i] === name)) return { kind: 'department', name };
    for (const name of visit.qualifications) if (!team.some((i) => this.qualifications[i]!.has(name))) return { kind: 'qualification', name };
    return team.length < this.perSubject ? { kind: 'count' } : null;
  }

  /** Whether `team` (distinct eligible inspectors) staffs visit `v` completely. */
  complete(v: number, team: readonly number[]): boolean {
    return this.nextRole(v, team) === null;
  }

  /** Smallest head count any complete team of visit `v` can have (a lower bound, loads aside). */
  minimumSize(v: number): number {
    return Math.max(this.perSubject, this.visits[v]!.departments.length);
  }
}

/** `department:<name>`, `qualification:<name>` or `count`. */
export function roleReason(role: Role): string {
  return role.kind === 'count' ? 'count' : `${role.kind}:${role.name}`;
}
