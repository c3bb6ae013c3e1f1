import type { StaffingProblem } from './staffing-problem.js';

/**
 * A complete staffing kept while the draw proceeds (可行见证，内部): a team for every visit with
 * no inspector above `cap` visits. Visits before `fixed` are final; later teams may still change.
 * The draw only accepts a choice after it has found a witness containing it, so a witness is the
 * proof that the rest of the draw can still be staffed.
 *
 * @example
 * ```ts
 * const witness = new Witness(problem, 3);
 * witness.build(); //=> -1 when every visit could be staffed
 * ```
 */
export class Witness {
  readonly teams: number[][];
  readonly loads: Int32Array;
  /** Visits (positions) whose team holds the inspector. */
  readonly memberOf: Set<number>[];
  /** Positions below this are final. */
  fixed = 0;

  constructor(
    readonly problem: StaffingProblem,
    readonly cap: number,
  ) {
    this.teams = problem.visits.map(() => []);
    this.loads = new Int32Array(problem.inspectors.length);
    this.memberOf = problem.inspectors.map(() => new Set<number>());
  }

  /**
   * Staffs every visit from `from` on, least-loaded first, repairing by exchange chains when an
   * inspector that is needed is full.
   *
   * @returns -1, or the position of the first visit it could not staff
   */
  build(from = 0): number {
    for (let v = from; v < this.teams.length; v++) if (!this.staff(v)) return v;
    return -1;
  }

  private staff(v: number): boolean {
    const problem = this.problem;
    const candidates = problem.candidates(v);
    const team = this.teams[v]!;
    const n = candidates.length;
    const { departments, qualifications } = problem.visits[v]!;
    // how many roles besides the open one a candidate would also fill (a holder of a needed
    // qualification sent for a department saves a member)
    const extra = (i: number): number => {
      let count = 0;
      for (const q of qualifications) if (problem.qualifications[i]!.has(q) && !team.some((x) => problem.qualifications[x]!.has(q))) count++;
      if (departments.includes(problem.departmentOf[i]!) && !team.some((x) => problem.departmentOf[x] === problem.departmentOf[i])) count++;
      return count;
    };
    for (let role = problem.nextRole(v, team); role !== null; role = problem.nextRole(v, team)) {
      let best = -1;
      let bestScore = -Infinity;
      const start = n === 0 ? 0 : (v * 7919) % n;
      for (let k = 0; k < n; k++) {
        const i = candidates[(start + k) % n]!;
        const load = this.loads[i]!;
        if (load >= this.cap || !problem.fills(i, role) || team.includes(i)) continue;
        const score = extra(i) * (this.cap + 1) - load;
        if (score > bestScore) {
          best = i;
          bestScore = score;
        }
      }
      if (best < 0) {
        for (const i of candidates) {
          if (!problem.fills(i, role) || team.includes(i)) continue;
          if (this.freeUnit(i, v)) {
            best = i;
            break;
          }
        }
      }
      if (best < 0) {
        this.release(v, []);
        return false;
      }
      this.add(v, best);
    }
    this.prune(v, []);
    return true;
  }

  add(v: number, i: number): void {
    this.teams[v]!.push(i);
    this.loads[i]!++;
    this.memberOf[i]!.add(v);
  }

  remove(v: number, i: number): void {
    const team = this.teams[v]!;
    team.splice(team.indexOf(i), 1);
    this.loads[i]!--;
    this.memberOf[i]!.delete(v);
  }

  /** Empties visit `v`'s team except `keep`. */
  release(v: number, keep: readonly number[]): void {
    for (const i of [...this.teams[v]!]) if (!keep.includes(i)) this.remove(v, i);
  }

  /** Drops members of `v`'s team (last first) that the team is complete without, except `keep`. */
  prune(v: number, keep: readonly number[]): void {
    const team = this.teams[v]!;
    for (let k = team.length - 1; k >= 0; k--) {
      const i = team[k]!;
      if (keep.includes(i)) continue;
      const without = team.filter((x) => x !== i);
      if (this.problem.complete(v, without)) this.remove(v, i);
    }
  }

  /**
   * Makes one unit of inspector `x`'s capacity free by a chain of exchanges in visits after the
   * final ones (never in `protectedVisit`): `x` leaves a team it is not needed in, or is replaced
   * there by `y`, who has room or frees a unit the same way (breadth first).
   *
   * @returns whether a unit was freed (then `loads[x] < cap`)
   */
  freeUnit(x: number, protectedVisit: number): boolean {
    const problem = this.problem;
    const parent = new Map<number, { from: number; visit: number }>();
    parent.set(x, { from: -1, visit: -1 });
    const queue = [x];
    for (let head = 0; head < queue.length; head++) {
      const y = queue[head]!;
      for (const u of this.memberOf[y]!) {
        if (u < this.fixed || u === protectedVisit) continue;
        const team = this.teams[u]!;
        const without = team.filter((z) => z !== y);
        if (problem.complete(u, without)) {
          if (this.apply(parent, y, u, -1)) return true;
          continue;
        }
        for (const z of problem.candidates(u)) {
          if (parent.has(z) || team.includes(z)) continue;
          without.push(z);
          const ok = problem.complete(u, without);
          without.pop();
          if (!ok) continue;
          if (this.loads[z]! < this.cap) {
            if (this.apply(parent, y, u, z)) return true;
            continue;
          }
          parent.set(z, { from: y, visit: u });
          queue.push(z);
        }
      }
    }
    return false;
  }

  /**
   * Applies the chain ending with `y` leaving visit `u` for `z` (or for nobody when `z` < 0),
   * checking each changed team; undoes it and returns `false` when one is not complete (a chain
   * that passes one visit twice).
   */
  private apply(parent: Map<number, { from: number; visit: number }>, y: number, u: number, z: number): boolean {
    const done: [number, number, number][] = [];
    const swap = (visit: number, out: number, into: number) => {
      this.remove(visit, out);
      if (into >= 0) this.add(visit, into);
      done.push([visit, out, into]);
    };
    swap(u, y, z);
    const changed = [u];
    for (let node = y; ; ) {
      const step = parent.get(node)!;
      if (step.from < 0) break;
      if (this.teams[step.visit]!.includes(node)) {
        this.undo(done);
        return false;
      }
      swap(step.visit, step.from, node);
      changed.push(step.visit);
      node = step.from;
    }
    if (changed.every((visit) => this.problem.complete(visit, this.teams[visit]!))) return true;
    this.undo(done);
    return false;
  }

  private undo(done: [number, number, number][]): void {
    for (const [visit, out, into] of done.reverse()) {
      if (into >= 0) this.remove(visit, into);
      this.add(visit, out);
    }
  }
}
