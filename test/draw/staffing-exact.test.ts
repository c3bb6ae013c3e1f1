import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isShuangsuijiError } from '../../src/core/index.js';
import { InspectorSchema, type Inspector } from '../../src/directory/index.js';
import { drawInspectors, ticketNumber } from '../../src/draw/index.js';

// Issue 16: staffing is an exact constrained assignment. The oracle below restates the rules
// independently and decides feasibility by brute force over every subset of inspectors per visit.

const DEPARTMENTS = ['一所', '二所'];
const QUALIFICATIONS = ['special-equipment', 'food'];
const SUBJECTS = ['S1', 'S2', 'S3', 'S4'];

type Visit = { id: string; subjectId: string; departments: string[]; requiredQualifications: string[]; region?: string | undefined };
type Rules = { perSubject: number; maxLoad?: number | undefined; barredUnits: string[]; balance?: 'none' | 'min-max-load' };

const inspectorArb = fc.record({
  name: fc.constant('某人'),
  department: fc.constantFrom(...DEPARTMENTS),
  unit: fc.option(fc.constantFrom('U1', 'U2'), { nil: undefined }),
  active: fc.constantFrom(true, true, true, true, true, false),
  qualifications: fc.subarray(QUALIFICATIONS),
  conflicts: fc.subarray(SUBJECTS, { maxLength: 1 }),
  regions: fc.subarray(['R1', 'R2'], { maxLength: 1 }),
});
const visitArb = fc.record({
  subjectId: fc.constantFrom(...SUBJECTS),
  departments: fc.subarray(DEPARTMENTS, { minLength: 0, maxLength: 2 }),
  requiredQualifications: fc.oneof(fc.constant<string[]>([]), fc.subarray(QUALIFICATIONS, { maxLength: 2 })),
  region: fc.option(fc.constantFrom('R1', 'R2'), { nil: undefined }),
});
const caseArb = fc.record({
  seed: fc.constantFrom('1', '2', '3', '4', '5', '6', '7', '8'),
  inspectors: fc.array(inspectorArb, { minLength: 3, maxLength: 10 }).map((list) => list.map((x, i) => ({ ...x, id: `I${i}` }))),
  visits: fc.array(visitArb, { minLength: 1, maxLength: 8 }).map((list) => list.map((x, i) => ({ ...x, id: `V${i}` }))),
  rules: fc.record({
    perSubject: fc.integer({ min: 2, max: 3 }),
    maxLoad: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
    barredUnits: fc.subarray(['U1', 'U2'], { maxLength: 1 }),
  }),
});

function eligible(inspector: Inspector, visit: Visit, rules: Rules): boolean {
  return (
    inspector.active &&
    !inspector.conflicts.includes(visit.subjectId) &&
    !(inspector.unit !== undefined && rules.barredUnits.includes(inspector.unit)) &&
    (visit.departments.length === 0 || visit.departments.includes(inspector.department)) &&
    !(visit.region !== undefined && inspector.regions.length > 0 && !inspector.regions.includes(visit.region))
  );
}

function complete(team: readonly Inspector[], visit: Visit, rules: Rules): boolean {
  return (
    team.length >= rules.perSubject &&
    visit.departments.every((d) => team.some((x) => x.department === d)) &&
    visit.requiredQualifications.every((q) => team.some((x) => x.qualifications.includes(q)))
  );
}

/** Every complete team of each visit, as bitmasks over the directory (brute force). */
function teamsOf(directory: readonly Inspector[], visits: readonly Visit[], rules: Rules): number[][] {
  return visits.map((visit) => {
    const teams: number[] = [];
    for (let mask = 1; mask < 1 << directory.length; mask++) {
      const team = directory.filter((_, i) => (mask >> i) & 1);
      if (team.every((x) => eligible(x, visit, rules)) && complete(team, visit, rules)) teams.push(mask);
    }
    return teams;
  });
}

/** Whether a valid staffing exists within `cap`, with `forced[v]` ⊆ team of visit v. */
function feasible(teams: number[][], n: number, cap: number, forced: number[] = []): boolean {
  const memo = new Set<string>();
  const loads = new Array<number>(n).fill(0);
  const go = (v: number): boolean => {
    if (v === teams.length) return true;
    const key = `${v}|${loads.join(',')}`;
    if (memo.has(key)) return false;
    for (const mask of teams[v]!) {
      if (((forced[v] ?? 0) & mask) !== (forced[v] ?? 0)) continue;
      let ok = true;
      for (let i = 0; i < n; i++) if ((mask >> i) & 1 && loads[i]! >= cap) ok = false;
      if (!ok) continue;
      for (let i = 0; i < n; i++) if ((mask >> i) & 1) loads[i]!++;
      const found = go(v + 1);
      for (let i = 0; i < n; i++) if ((mask >> i) & 1) loads[i]!--;
      if (found) return true;
    }
    memo.add(key);
    return false;
  };
  return go(0);
}

const sortedVisits = (visits: Visit[]) => [...visits].sort((a, b) => (a.id < b.id ? -1 : 1));

describe('drawInspectors — exact against a brute-force oracle (issue 16)', () => {
  it('succeeds exactly when a valid staffing exists, and every result satisfies every constraint', () => {
    let feasibleCases = 0;
    let infeasibleCases = 0;
    fc.assert(
      fc.property(caseArb, ({ seed, inspectors, visits, rules }) => {
        const directory = inspectors.map((x) => InspectorSchema.parse(x));
        const ordered = sortedVisits(visits);
        const exists = feasible(teamsOf(directory, ordered, rules), directory.length, rules.maxLoad ?? Infinity);
        let result: ReturnType<typeof drawInspectors> | undefined;
        try {
          result = drawInspectors({ seed, visits, inspectors, rules });
        } catch (error) {
          if (!isShuangsuijiError(error, 'INSUFFICIENT_INSPECTORS')) throw error;
          expect(exists).toBe(false);
          infeasibleCases++;
          return;
        }
        expect(exists).toBe(true);
        feasibleCases++;
        const byId = new Map(directory.map((x) => [x.id, x]));
        const counted = new Map<string, number>();
        expect(result.assignments.map((a) => a.visitId)).toEqual(ordered.map((v) => v.id));
        result.assignments.forEach((assignment, k) => {
          const visit = ordered[k]!;
          const team = assignment.inspectors.map((x) => byId.get(x.id)!);
          expect(new Set(team.map((x) => x.id)).size).toBe(team.length);
          for (const x of team) expect(eligible(x, visit, rules)).toBe(true);
          expect(complete(team, visit, rules)).toBe(true);
          for (const x of assignment.inspectors) {
            expect(x.ticket).toBe(ticketNumber(`${seed}/${visit.id}`, x.id));
            counted.set(x.id, (counted.get(x.id) ?? 0) + 1);
          }
        });
        expect(result.loads).toEqual(Object.fromEntries(counted));
        if (rules.maxLoad !== undefined) for (const load of counted.values()) expect(load).toBeLessThanOrEqual(rules.maxLoad);
      }),
      { numRuns: 300 },
    );
    // the generator must exercise both outcomes
    expect(feasibleCases).toBeGreaterThan(30);
    expect(infeasibleCases).toBeGreaterThan(60);
  });

  it('each role takes the lowest-ticket inspector after whom a valid staffing still exists', () => {
    fc.assert(
      fc.property(caseArb, ({ seed, inspectors, visits, rules }) => {
        const directory = inspectors.map((x) => InspectorSchema.parse(x));
        const ordered = sortedVisits(visits);
        const teams = teamsOf(directory, ordered, rules);
        const cap = rules.maxLoad ?? Infinity;
        let result: ReturnType<typeof drawInspectors>;
        try {
          result = drawInspectors({ seed, visits, inspectors, rules });
        } catch {
          return;
        }
        const index = new Map(directory.map((x, i) => [x.id, i]));
        // replay: earlier visits fixed to their drawn teams, the current one to the members so far
        const forced: number[] = [];
        const fixedTeams = teams.map((list) => [...list]);
        result.assignments.forEach((assignment, v) => {
          let partial = 0;
          for (const member of assignment.inspectors) {
            const ticket = ticketNumber(`${seed}/${assignment.visitId}`, member.id);
            const role = member.reason;
            const fills = (x: Inspector) =>
              role === 'count' || (role.startsWith('department:') ? x.department === role.slice(11) : x.qualifications.includes(role.slice(14)));
            for (const [i, x] of directory.entries()) {
              if ((partial >> i) & 1 || !eligible(x, ordered[v]!, rules) || !fills(x)) continue;
              if (ticketNumber(`${seed}/${assignment.visitId}`, x.id) >= ticket) continue;
              forced[v] = partial | (1 << i);
              expect(feasible(fixedTeams, directory.length, cap, forced)).toBe(false);
            }
            partial |= 1 << index.get(member.id)!;
          }
          forced[v] = partial;
          fixedTeams[v] = [partial];
        });
      }),
      { numRuns: 150 },
    );
  });

  it('min-max-load reaches the smallest cap any valid staffing allows', () => {
    fc.assert(
      fc.property(caseArb, ({ seed, inspectors, visits, rules }) => {
        const directory = inspectors.map((x) => InspectorSchema.parse(x));
        const teams = teamsOf(directory, sortedVisits(visits), rules);
        const best = [1, 2, 3, 4, 5, 6, 7, 8].find((cap) => cap <= (rules.maxLoad ?? Infinity) && feasible(teams, directory.length, cap));
        let result: ReturnType<typeof drawInspectors>;
        try {
          result = drawInspectors({ seed, visits, inspectors, rules: { ...rules, balance: 'min-max-load' } });
        } catch (error) {
          if (!isShuangsuijiError(error, 'INSUFFICIENT_INSPECTORS')) throw error;
          expect(best).toBeUndefined();
          return;
        }
        expect(result.balance.cap).toBe(best);
        expect(result.balance.maxLoad).toBe(best);
        expect(result.balance.optimal).toBe(true);
      }),
      { numRuns: 120, endOnFailure: true },
    );
  });
});

describe('drawInspectors — the issue 16 case and binding constraints', () => {
  const inspectors = [
    { id: 'I1', name: '甲', department: '一所', qualifications: ['special-equipment'] },
    { id: 'I2', name: '乙', department: '一所', qualifications: ['special-equipment'] },
    { id: 'I3', name: '丙', department: '一所' },
    { id: 'I4', name: '丁', department: '一所' },
  ];
  const visits = [
    { id: 'V1', subjectId: 'S1', departments: ['一所'] },
    { id: 'V2', subjectId: 'S2', departments: ['一所'], requiredQualifications: ['special-equipment'] },
  ];

  it('staffs the four-inspector case on all 200 seeds (the greedy failed on 36)', () => {
    for (let seed = 0; seed < 200; seed++) {
      const { assignments, loads } = drawInspectors({ seed: `seed-${seed}`, visits, inspectors, rules: { perSubject: 2, maxLoad: 1 } });
      expect(assignments[1]!.inspectors.some((x) => x.id === 'I1' || x.id === 'I2')).toBe(true);
      expect(loads).toEqual({ I1: 1, I2: 1, I3: 1, I4: 1 });
    }
  });

  it('names the department that runs short, the visits and by how much', () => {
    const three = inspectors.slice(0, 3);
    expect(() => drawInspectors({ seed: '1', visits, inspectors: three, rules: { perSubject: 2, maxLoad: 1 } })).toThrow(
      expect.objectContaining({
        code: 'INSUFFICIENT_INSPECTORS',
        path: ['visits', 1],
        details: { visitId: 'V2', constraint: 'maxLoad', binding: 'department:一所', maxLoad: 1, visits: ['V1', 'V2'], demand: 4, supply: 3, short: 1 },
      }),
    );
  });

  it('names the qualification that runs short', () => {
    const many = [...inspectors, { id: 'I5', name: '戊', department: '一所' }, { id: 'I6', name: '己', department: '一所' }];
    const qualified = ['V1', 'V2', 'V3'].map((id, k) => ({ id, subjectId: `S${k}`, departments: ['一所'], requiredQualifications: ['special-equipment'] }));
    try {
      drawInspectors({ seed: '1', visits: qualified, inspectors: many, rules: { perSubject: 2, maxLoad: 1 } });
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({
        code: 'INSUFFICIENT_INSPECTORS',
        path: ['visits', 2],
        details: { visitId: 'V3', constraint: 'maxLoad', binding: 'qualification:special-equipment', visits: ['V1', 'V2', 'V3'], demand: 3, supply: 2, short: 1 },
      });
      expect((error as Error).message).toBe(
        '走访 V3（检查对象 S2）无法选派执法检查人员：需要资格「special-equipment」的走访（V1、V2、V3）至少需要 3 人次，符合条件的 2 人每人至多 1 次，只能提供 2 人次，缺 1 人次',
      );
    }
  });

  it('balances: min-max-load gives everyone on duty the same load here', () => {
    const six = Array.from({ length: 6 }, (_, k) => ({ id: `I${k}`, name: `人${k}`, department: '一所' }));
    const nine = Array.from({ length: 9 }, (_, k) => ({ id: `V${k}`, subjectId: `S${k}`, departments: ['一所'] }));
    const { balance, loads } = drawInspectors({ seed: '7', visits: nine, inspectors: six, rules: { balance: 'min-max-load' } });
    expect(Object.values(loads)).toEqual([3, 3, 3, 3, 3, 3]);
    expect(balance).toEqual({
      mode: 'min-max-load',
      cap: 3,
      lowerBound: 3,
      optimal: true,
      inspectors: 6,
      maxLoad: 3,
      minLoad: 3,
      meanLoad: 3,
      withinOneOfMean: true,
      histogram: [0, 0, 0, 6],
    });
  });
});
