import { isShuangsuijiError } from '../../core/errors.js';
import { loadError } from './staffing-binding.js';
import { demandGroups } from './staffing-counting.js';
import { EXACT_SEARCH_VISITS, solveExact } from './staffing-exact.js';
import type { StaffingProblem } from './staffing-problem.js';
import { Witness } from './staffing-witness.js';

/** The cap the draw staffs within, with a witness that it suffices (上限与可行见证，内部). */
export interface StaffingCap {
  /** Most visits per inspector the draw may give. */
  readonly cap: number;
  /** A complete staffing within `cap`. */
  readonly witness: Witness;
  /** The counting lower bound on the smallest feasible cap. */
  readonly lowerBound: number;
  /** Whether `cap` is proven the smallest feasible cap (`null` when no balancing was asked). */
  readonly optimal: boolean | null;
}

/** A staffing of every visit within `cap`, or `null` when none exists (`undefined`: search limit hit). */
function witnessAt(problem: StaffingProblem, cap: number): Witness | null | undefined {
  const witness = new Witness(problem, cap);
  if (witness.build() < 0) return witness;
  if (problem.visits.length > EXACT_SEARCH_VISITS) return undefined;
  let teams: number[][] | null;
  try {
    teams = solveExact(problem, cap, new Int32Array(problem.inspectors.length), 0, []);
  } catch (error) {
    if (isShuangsuijiError(error, 'STAFFING_SEARCH_LIMIT')) return undefined;
    throw error;
  }
  if (teams === null) return null;
  const exact = new Witness(problem, cap);
  teams.forEach((team, v) => team.forEach((i) => exact.add(v, i)));
  return exact;
}

/**
 * Lower bound on the smallest cap (均衡下限): for all visits together, each department, each
 * qualification and each qualification within a single-department visit's department, the head
 * count they need at least, over the inspectors who can give it, rounded up.
 */
function lowerBound(problem: StaffingProblem): number {
  const none = new Int32Array(problem.inspectors.length);
  const { demand, members } = demandGroups(problem, 1, none, 0, problem.visits.length, []);
  let bound = 1;
  for (const [key, need] of demand) bound = Math.max(bound, Math.ceil(need / Math.max(1, members.get(key)!.size)));
  return bound;
}

/**
 * Chooses the cap (确定工作量上限): `maxLoad` (or no cap) without balancing; with `min-max-load`,
 * the smallest cap ≤ `maxLoad` at which every visit can be staffed — from the counting lower bound
 * up, doubling the step until a cap works, then bisecting. Throws `INSUFFICIENT_INSPECTORS` naming
 * the binding constraint when even `maxLoad` is too small.
 *
 * @example
 * ```ts
 * chooseCap(problem, 3, 'min-max-load').cap; //=> 2, say
 * ```
 */
export function chooseCap(problem: StaffingProblem, maxLoad: number | undefined, balance: 'none' | 'min-max-load'): StaffingCap {
  const unlimited = Math.max(1, problem.visits.length);
  const ceiling = Math.min(maxLoad ?? unlimited, unlimited);
  const bound = Math.min(lowerBound(problem), ceiling);
  if (balance === 'min-max-load') {
    // the counting bound is often reached: then it is the smallest cap, proven, in one build
    const atBound = witnessAt(problem, bound);
    if (atBound) return { cap: bound, witness: atBound, lowerBound: bound, optimal: true };
  }
  const top = witnessAt(problem, ceiling);
  if (top === null || top === undefined) {
    const probe = new Witness(problem, ceiling);
    const error = loadError(problem, ceiling, Math.max(0, probe.build()));
    // a shortfall by counting proves infeasibility; otherwise only a finished exact search does
    if (top === null || (error.details as { short: number | null }).short !== null) throw error;
    solveExact(problem, ceiling, new Int32Array(problem.inspectors.length), 0, []);
    throw error;
  }
  if (balance === 'none') return { cap: ceiling, witness: top, lowerBound: bound, optimal: null };
  // feasible(cap) is monotone: search the smallest cap in [bound, ceiling]
  let best = top;
  let high = ceiling;
  let low = bound - 1; // caps ≤ low are infeasible (or unproven when `proven` is false)
  let proven = true;
  let step = 1;
  let probe = bound;
  while (probe < high) {
    const witness = witnessAt(problem, probe);
    if (witness) {
      best = witness;
      high = probe;
      break;
    }
    if (witness === undefined) proven = false;
    low = probe;
    probe = Math.min(high, probe + step);
    step *= 2;
  }
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    const witness = witnessAt(problem, mid);
    if (witness) {
      best = witness;
      high = mid;
    } else {
      if (witness === undefined) proven = false;
      low = mid;
    }
  }
  return { cap: high, witness: best, lowerBound: bound, optimal: proven };
}
