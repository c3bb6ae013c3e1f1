import type { StaffingProblem } from './staffing-problem.js';

/**
 * A counting proof that visits `from…to-1` cannot be staffed within `cap` (计数反证，内部): some group
 * of open roles — all of them, those of one department, those of one qualification, or of one
 * qualification within a single-department visit's department — needs more visits than the
 * inspectors who can fill them have left. Sound (a `true` is a proof), not complete.
 *
 * @param loads - loads so far, including `partial`
 * @param partial - the members visit `from` already has
 *
 * @example
 * ```ts
 * countingRefutes(problem, 2, loads, 0, problem.visits.length, []); //=> false when no group runs short
 * ```
 */
export function countingRefutes(problem: StaffingProblem, cap: number, loads: Int32Array, from: number, to: number, partial: readonly number[]): boolean {
  const { demand, members } = demandGroups(problem, cap, loads, from, to, partial);
  for (const [key, count] of demand) {
    let supply = 0;
    for (const i of members.get(key)!) supply += cap - loads[i]!;
    if (count > supply) return true;
  }
  return false;
}

/**
 * The groups of open roles of visits `from…to-1` (需求分组，内部): key → visits needed, and key →
 * the inspectors below `cap` who can fill them. Keys: `''` (all), `d:<department>`,
 * `q:<qualification>`, `dq:<department>|<qualification>`.
 *
 * @example
 * ```ts
 * demandGroups(problem, 3, loads, 0, problem.visits.length, []).demand.get(''); // total head count
 * ```
 */
export function demandGroups(
  problem: StaffingProblem,
  cap: number,
  loads: Int32Array,
  from: number,
  to: number,
  partial: readonly number[],
): { demand: Map<string, number>; members: Map<string, Set<number>> } {
  const demand = new Map<string, number>();
  const members = new Map<string, Set<number>>();
  const need = (key: string, count: number, who: Iterable<number>) => {
    if (count <= 0) return;
    demand.set(key, (demand.get(key) ?? 0) + count);
    let set = members.get(key);
    if (set === undefined) members.set(key, (set = new Set()));
    for (const i of who) set.add(i);
  };
  for (let v = from; v < to; v++) {
    const team = v === from ? partial : [];
    const { departments, qualifications } = problem.visits[v]!;
    const open = problem.candidates(v).filter((i) => !team.includes(i) && loads[i]! < cap);
    const missing = Math.max(0, problem.minimumSize(v) - team.length);
    need('', missing, open);
    for (const d of departments) {
      if (team.some((i) => problem.departmentOf[i] === d)) continue;
      need(`d:${d}`, departments.length === 1 ? missing : 1, open.filter((i) => problem.departmentOf[i] === d));
    }
    for (const q of qualifications) {
      if (team.some((i) => problem.qualifications[i]!.has(q))) continue;
      const holders = open.filter((i) => problem.qualifications[i]!.has(q));
      need(`q:${q}`, 1, holders);
      if (departments.length === 1) need(`dq:${departments[0]}|${q}`, 1, holders);
    }
  }
  return { demand, members };
}
