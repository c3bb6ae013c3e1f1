import { ShuangsuijiError } from '../../core/errors.js';
import type { StaffingProblem } from './staffing-problem.js';

/**
 * The error of a visit that cannot be staffed even with unlimited loads (单次走访无法选派，内部):
 * a department of a joint visit with nobody eligible, a qualification nobody eligible holds, too
 * few eligible inspectors, or no team at all; `null` when every visit alone can be staffed.
 *
 * @example
 * ```ts
 * const error = visitError(problem); // null, or INSUFFICIENT_INSPECTORS naming the visit
 * ```
 */
export function visitError(problem: StaffingProblem): ShuangsuijiError | null {
  for (let v = 0; v < problem.visits.length; v++) {
    const { visit, inputIndex, departments, qualifications } = problem.visits[v]!;
    const candidates = problem.candidates(v);
    const eligible = candidates.length;
    const fail = (constraint: string, what: string, matching = eligible) =>
      new ShuangsuijiError('INSUFFICIENT_INSPECTORS', `走访 ${visit.id}（检查对象 ${visit.subjectId}）无法选派执法检查人员：${what}`, {
        path: ['visits', inputIndex],
        details: { visitId: visit.id, constraint, eligible: matching, available: matching },
      });
    for (const d of departments) if (!candidates.some((i) => problem.departmentOf[i] === d)) return fail(`department:${d}`, `联合检查的科室「${d}」没有符合条件的人员`, 0);
    for (const q of qualifications) if (!candidates.some((i) => problem.qualifications[i]!.has(q))) return fail(`qualification:${q}`, `没有具备资格「${q}」的符合条件人员`, 0);
    if (eligible < problem.perSubject) return fail('count', `符合条件的人员只有 ${eligible} 人，不足规定人数 ${problem.perSubject} 人`);
  }
  return null;
}

interface Group {
  readonly binding: string;
  readonly label: string;
  readonly visits: number[];
  demand: number;
  readonly members: Set<number>;
}

/**
 * The error of a set of visits that cannot all be staffed within `cap` visits per inspector
 * (工作量上限约束，内部). It names the group of visits whose demand exceeds what its inspectors can
 * give — per department (a visit of that department alone needs its whole team from it, a joint
 * visit one), per qualification (one holder per visit), or all visits together — with the largest
 * shortfall; when no such count is short, the combination of rules is binding and the error names
 * the first visit the search could not staff.
 *
 * @example
 * ```ts
 * throw loadError(problem, 3, 17);
 * ```
 */
export function loadError(problem: StaffingProblem, cap: number, failedAt: number): ShuangsuijiError {
  const groups = new Map<string, Group>();
  const group = (binding: string, label: string): Group => {
    let g = groups.get(binding);
    if (g === undefined) groups.set(binding, (g = { binding, label, visits: [], demand: 0, members: new Set() }));
    return g;
  };
  const all = group('count', '全部');
  problem.visits.forEach((staffVisit, v) => {
    const candidates = problem.candidates(v);
    const size = problem.minimumSize(v);
    all.visits.push(v);
    all.demand += size;
    for (const i of candidates) all.members.add(i);
    for (const d of staffVisit.departments) {
      const g = group(`department:${d}`, `科室「${d}」的`);
      g.visits.push(v);
      g.demand += staffVisit.departments.length === 1 ? size : 1;
      for (const i of candidates) if (problem.departmentOf[i] === d) g.members.add(i);
    }
    for (const q of staffVisit.qualifications) {
      const g = group(`qualification:${q}`, `需要资格「${q}」的`);
      g.visits.push(v);
      g.demand += 1;
      for (const i of candidates) if (problem.qualifications[i]!.has(q)) g.members.add(i);
    }
  });
  let worst: Group | null = null;
  let worstShort = 0;
  // a department or qualification before all visits together when they run equally short
  const ordered = [...groups.values()].filter((g) => g !== all).sort((a, b) => (a.binding < b.binding ? -1 : 1));
  for (const g of [...ordered, all]) {
    const short = g.demand - g.members.size * cap;
    if (short > worstShort) {
      worst = g;
      worstShort = short;
    }
  }
  const failed = problem.visits[failedAt] ?? problem.visits.at(-1)!;
  if (worst === null) {
    return new ShuangsuijiError(
      'INSUFFICIENT_INSPECTORS',
      `走访 ${failed.visit.id}（检查对象 ${failed.visit.subjectId}）无法选派执法检查人员：每人至多 ${cap} 次时，科室、资格、回避和人数要求合在一起无法同时满足`,
      { path: ['visits', failed.inputIndex], details: { visitId: failed.visit.id, constraint: 'maxLoad', binding: 'combination', maxLoad: cap, visits: [failed.visit.id], short: null } },
    );
  }
  const last = problem.visits[worst.visits.at(-1)!]!;
  const ids = worst.visits.map((v) => problem.visits[v]!.visit.id);
  const shown = ids.length > 5 ? `${ids.slice(0, 5).join('、')} 等 ${ids.length} 次走访` : ids.join('、');
  return new ShuangsuijiError(
    'INSUFFICIENT_INSPECTORS',
    `走访 ${last.visit.id}（检查对象 ${last.visit.subjectId}）无法选派执法检查人员：${worst.label}走访（${shown}）至少需要 ${worst.demand} 人次，符合条件的 ${worst.members.size} 人每人至多 ${cap} 次，只能提供 ${worst.members.size * cap} 人次，缺 ${worstShort} 人次`,
    {
      path: ['visits', last.inputIndex],
      details: { visitId: last.visit.id, constraint: 'maxLoad', binding: worst.binding, maxLoad: cap, visits: ids, demand: worst.demand, supply: worst.members.size * cap, short: worstShort },
    },
  );
}
