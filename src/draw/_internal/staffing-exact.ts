import { ShuangsuijiError } from '../../core/errors.js';
import { countingRefutes } from './staffing-counting.js';
import type { StaffingProblem } from './staffing-problem.js';

/** Most search nodes the exact search may visit before giving up (精确搜索上限). */
export const EXACT_SEARCH_LIMIT = 2_000_000;
/** Most visits the exact search takes on at once (its depth grows with them). */
export const EXACT_SEARCH_VISITS = 200;

/**
 * Decides exactly whether visits `from…` can be staffed with no inspector above `cap`, given the
 * loads of the final visits and a partial team `partial` that visit `from` must contain (精确可行性
 * 判定，内部). Depth-first over the visits; for each, every team that is minimal for the rule of
 * {@link StaffingProblem.nextRole} (each member fills the role open when it joined), least-loaded
 * members first; states (position, loads) already refuted are remembered.
 *
 * @returns the teams of visits `from…to-1` (in order), or `null` when none exist
 * @throws {ShuangsuijiError} `STAFFING_SEARCH_LIMIT` after `stepLimit` nodes, or at
 *   once for more than {@link EXACT_SEARCH_VISITS} visits
 *
 * @example
 * ```ts
 * solveExact(problem, 2, new Int32Array(problem.inspectors.length), 0, []); // teams or null
 * ```
 */
export function solveExact(
  problem: StaffingProblem,
  cap: number,
  baseLoads: Int32Array,
  from: number,
  partial: readonly number[],
  to = problem.visits.length,
  stepLimit = EXACT_SEARCH_LIMIT,
): number[][] | null {
  const loads = Int32Array.from(baseLoads);
  const visits = to;
  const candidates = new Map<number, number[]>();
  const candidatesOf = (v: number): number[] => {
    let list = candidates.get(v);
    if (list === undefined) candidates.set(v, (list = problem.candidates(v)));
    return list;
  };
  const limit = (visitId: string | null) =>
    new ShuangsuijiError('STAFFING_SEARCH_LIMIT', `执法检查人员选派的精确搜索超过上限（${EXACT_SEARCH_VISITS} 次走访或 ${stepLimit} 步）仍未得出结论`, {
      path: ['visits'],
      details: { limit: stepLimit, visits: EXACT_SEARCH_VISITS, visitId },
    });
  if (to - from > EXACT_SEARCH_VISITS) throw limit(problem.visits[from]?.visit.id ?? null);
  const refuted = new Set<string>();
  const teams: number[][] = [];
  let nodes = 0;
  const suffix = new Array<number>(visits + 1).fill(0);
  for (let v = visits - 1; v >= from; v--) suffix[v] = suffix[v + 1]! + problem.minimumSize(v);

  // interchangeable inspectors: the state is the multiset of loads per class
  const kinds = problem.kind;
  const canonical = (): string => {
    const byKind = new Map<number, number[]>();
    loads.forEach((load, i) => {
      const list = byKind.get(kinds[i]!);
      if (list === undefined) byKind.set(kinds[i]!, [load]);
      else list.push(load);
    });
    return [...byKind].map(([k, list]) => `${k}:${list.sort((a, b) => a - b).join(',')}`).join(';');
  };
  const spare = (): number => {
    let total = 0;
    for (const load of loads) total += Math.max(0, cap - load);
    return total;
  };

  const visit = (v: number, team: number[]): boolean => {
    if (++nodes > stepLimit) throw limit(problem.visits[v]?.visit.id ?? null);
    if (v === visits) return true;
    const role = problem.nextRole(v, team);
    if (role === null) {
      const key = `${v + 1}|${canonical()}`;
      if (refuted.has(key)) return false;
      teams.push([...team]);
      if (v + 1 === visits || (spare() >= suffix[v + 1]! && visit(v + 1, []))) return true;
      teams.pop();
      refuted.add(key);
      return false;
    }
    const seen = new Set<string>();
    const options = candidatesOf(v)
      .filter((i) => loads[i]! < cap && problem.fills(i, role) && !team.includes(i))
      .sort((a, b) => loads[a]! - loads[b]! || a - b)
      // one inspector per (class, load): the others lead to the same states
      .filter((i) => {
        const key = `${kinds[i]}:${loads[i]}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
    for (const i of options) {
      loads[i]!++;
      team.push(i);
      const ok = visit(v, team);
      team.pop();
      loads[i]!--;
      if (ok) return true;
    }
    return false;
  };

  if (from >= visits) return [];
  for (const i of partial) loads[i]!++;
  if (partial.some((i) => loads[i]! > cap)) return null;
  if (countingRefutes(problem, cap, loads, from, to, partial)) return null;
  return visit(from, [...partial]) ? teams : null;
}
