import { isShuangsuijiError, ShuangsuijiError } from '../../core/errors.js';
import type { Inspector } from '../../directory/inspector.js';
import { IdHasher } from './id-hasher.js';
import type { InspectorRules } from '../inspector-rules.js';
import { seedMidstate } from './seed-midstate.js';
import { compareTicketDigests } from './ticket-digits.js';
import { ticketKey, ticketString } from './ticket-key.js';
import type { DrawVisit } from '../visit.js';
import { visitError } from './staffing-binding.js';
import { chooseCap } from './staffing-cap.js';
import { EXACT_SEARCH_VISITS, solveExact } from './staffing-exact.js';
import { roleReason, StaffingProblem } from './staffing-problem.js';
import type { Witness } from './staffing-witness.js';

/** One chosen inspector (内部). */
export interface StaffedMember {
  readonly index: number;
  readonly ticket: string;
  readonly reason: string;
}

/** The outcome of {@link staffVisits} (内部). */
export interface StaffedVisits {
  readonly problem: StaffingProblem;
  /** Per visit in processing order, the members in the order chosen. */
  readonly teams: StaffedMember[][];
  readonly loads: Int32Array;
  readonly cap: number;
  readonly lowerBound: number;
  readonly optimal: boolean | null;
}

/** Steps the exact search may take to decide one candidate (the draw passes it over beyond). */
const PASS_SEARCH_LIMIT = 200_000;

interface Ticketed {
  readonly index: number;
  readonly key: number;
  readonly digest: Int32Array;
}

/**
 * Staffs the visits (选派，内部): chooses the cap ({@link chooseCap}), then for each visit in order
 * of its id and each open role of its team (departments, qualifications, head count, as
 * {@link StaffingProblem.nextRole}), takes the eligible inspector with the lowest ticket under the
 * visit seed who fills the role and after whom every visit can still be staffed within the cap.
 * A kept witness answers most of those questions at once; an exchange chain or, failing that, the
 * exact search answers the rest.
 *
 * @example
 * ```ts
 * staffVisits('31', visits, inspectors, rules).teams[0]; // [{ index, ticket, reason }, …]
 * ```
 */
export function staffVisits(seed: string, visits: readonly DrawVisit[], inspectors: readonly Inspector[], rules: InspectorRules): StaffedVisits {
  const problem = new StaffingProblem(visits, inspectors, rules);
  const error = visitError(problem);
  if (error !== null) throw error;
  const { cap, witness, lowerBound, optimal } = chooseCap(problem, rules.maxLoad, rules.balance ?? 'none');
  const finalLoads = new Int32Array(inspectors.length);
  const hasher = new IdHasher();
  const teams: StaffedMember[][] = [];

  for (let v = 0; v < problem.visits.length; v++) {
    const midstate = seedMidstate(`${seed}/${problem.visits[v]!.visit.id}`);
    const ticketed: Ticketed[] = problem.candidates(v).map((index) => {
      const digest = new Int32Array(8);
      if (!hasher.load(inspectors[index]!.id)) throw new ShuangsuijiError('INVALID_INPUT', '执法检查人员标识不是有效的 Unicode', { path: ['inspectors', index, 'id'] });
      hasher.hashAfter(midstate, 64, digest);
      return { index, key: ticketKey(digest, 0), digest };
    });
    ticketed.sort((a, b) => (a.key !== b.key ? a.key - b.key : compareTicketDigests(a.digest, 0, b.digest, 0)));
    const chosen: number[] = [];
    const team: StaffedMember[] = [];
    for (let role = problem.nextRole(v, chosen); role !== null; role = problem.nextRole(v, chosen)) {
      const pick = ticketed.find((c) => problem.fills(c.index, role) && !chosen.includes(c.index) && keeps(witness, finalLoads, v, chosen, c.index));
      if (pick === undefined) throw new Error(`staffing invariant broken at visit ${v}`);
      chosen.push(pick.index);
      team.push({ index: pick.index, ticket: ticketString(pick.digest, 0), reason: roleReason(role) });
    }
    witness.release(v, chosen);
    for (const i of chosen) finalLoads[i]!++;
    witness.fixed = v + 1;
    teams.push(team);
  }
  return { problem, teams, loads: finalLoads, cap, lowerBound, optimal };
}

/**
 * Whether visit `v`, with `chosen` already in its team, can take inspector `c` with every visit
 * still staffed within the cap; when it can, the witness is changed to a staffing that shows it.
 */
function keeps(witness: Witness, finalLoads: Int32Array, v: number, chosen: readonly number[], c: number): boolean {
  const problem = witness.problem;
  const team = witness.teams[v]!;
  if (team.includes(c)) return true;
  const keep = [...chosen, c];
  if (witness.loads[c]! < witness.cap) {
    witness.add(v, c);
    witness.prune(v, keep);
    return true;
  }
  // c is full: let c take the place of a member it makes redundant, and free a unit of c
  for (const w of [...team]) {
    if (chosen.includes(w) || !problem.complete(v, [...team.filter((x) => x !== w), c])) continue;
    witness.remove(v, w);
    if (witness.freeUnit(c, v)) {
      witness.add(v, c);
      witness.prune(v, keep);
      return true;
    }
    witness.add(v, w);
  }
  if (witness.freeUnit(c, v)) {
    witness.add(v, c);
    witness.prune(v, keep);
    return true;
  }
  // no exchange chain admits c: decide exactly when few visits remain, else c is passed over
  if (witness.teams.length - v > EXACT_SEARCH_VISITS) return false;
  let teams: number[][] | null;
  try {
    teams = solveExact(problem, witness.cap, finalLoads.slice(), v, keep, witness.teams.length, PASS_SEARCH_LIMIT);
  } catch (error) {
    if (isShuangsuijiError(error, 'STAFFING_SEARCH_LIMIT')) return false;
    throw error;
  }
  if (teams === null) return false;
  for (let u = v; u < witness.teams.length; u++) witness.release(u, []);
  teams.forEach((members, k) => members.forEach((i) => witness.add(v + k, i)));
  return true;
}
