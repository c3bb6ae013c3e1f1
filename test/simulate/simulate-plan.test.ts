import { describe, expect, it } from 'vitest';
import {
  definePolicy,
  generateDirectory,
  longwan2023SamplePlan,
  simulatePlan,
  zhejiang2023,
  zhejiang2023Catalogue,
  type AnnualPlan,
  type AnnualPlanInput,
  type InspectorInput,
  type SimulatePlanOptions,
  type SubjectInput,
} from '../../src/index.js';

const { subjects, inspectors } = generateDirectory({ seed: 'simulate-plan-test', size: 10_000 });
const options: SimulatePlanOptions = { runs: 3, seed: 'what-if-2023', catalogue: zhejiang2023Catalogue, policy: zhejiang2023 };

/** The sample plan with every ratio and count multiplied by `factor` (ratios capped at 1, counts at least 1). */
function scaled(plan: AnnualPlan, factor: number): AnnualPlanInput {
  return {
    ...plan,
    tasks: plan.tasks.map((task) => ({
      ...task,
      sampling:
        task.sampling.ratio !== undefined
          ? { ratio: Math.min(1, task.sampling.ratio * factor) }
          : { count: Math.max(1, Math.round((task.sampling.count ?? 0) * factor)) },
    })),
  };
}

const shareOf = (result: ReturnType<typeof simulatePlan>) => result.indicators.find((indicator) => indicator.id === 'enterpriseInspectionRate');

describe('simulatePlan', () => {
  it('is deterministic: the same seed gives the same result, another seed another', () => {
    const first = simulatePlan(longwan2023SamplePlan, subjects, options);
    const again = simulatePlan(longwan2023SamplePlan, subjects, options);
    const other = simulatePlan(longwan2023SamplePlan, subjects, { ...options, seed: 'what-if-2023b' });
    expect(again).toEqual(first);
    expect(other.indicators).not.toEqual(first.indicators);
    expect(first.runs).toBe(3);
    expect(first.asOf).toBe('2023-10-31'); // plan year + policy.completionDeadline 10-31
    expect(first.indicators.map((indicator) => indicator.id)).toEqual([
      'enterpriseInspectionRate',
      'itemCoverage',
      'doubleRandomShare',
      'riskApplicationRate',
      'jointShare',
      'mobileEnforcementRate',
      'publicationRate',
      'timelyPublicationRate',
      'followUpRate',
      'issueTimeliness',
      'lowRiskOverCap',
    ]);
    expect(first.tasks.map((task) => task.taskId)).toEqual(longwan2023SamplePlan.tasks.map((task) => task.id));
    expect(first.staffing).toBeNull();
  });

  it('does not depend on the order of the directory', () => {
    const reversed = [...subjects].reverse();
    expect(simulatePlan(longwan2023SamplePlan, reversed, options)).toEqual(simulatePlan(longwan2023SamplePlan, subjects, options));
  });

  it('gives a tiny plan a high chance of missing the 3 % enterprise target and a generous one none', () => {
    const tiny = shareOf(simulatePlan(scaled(longwan2023SamplePlan, 0.02), subjects, options));
    const sample = shareOf(simulatePlan(longwan2023SamplePlan, subjects, options));
    const generous = shareOf(simulatePlan(scaled(longwan2023SamplePlan, 2), subjects, options));
    expect(tiny?.target).toBe(0.03);
    expect(tiny?.missProbability).toBe(1);
    expect(tiny?.value?.max).toBeLessThan(0.03);
    expect(sample?.missProbability).toBe(0);
    expect(generous?.missProbability).toBe(0);
    expect(generous?.value?.min).toBeGreaterThan(sample?.value?.max ?? 1);
  });

  it('summarises each KPI and the visits with mean, min, p5, p50, p95, max', () => {
    const result = simulatePlan(longwan2023SamplePlan, subjects, options);
    for (const distribution of [result.pairs, result.visits, result.saved, result.subjects]) {
      expect(distribution.n).toBe(3);
      expect(distribution.min).toBeLessThanOrEqual(distribution.p5);
      expect(distribution.p5).toBeLessThanOrEqual(distribution.p50);
      expect(distribution.p50).toBeLessThanOrEqual(distribution.p95);
      expect(distribution.p95).toBeLessThanOrEqual(distribution.max);
    }
    // every run: saved = pairs − visits, so the means obey it too
    expect(result.saved.mean).toBeCloseTo(result.pairs.mean - result.visits.mean, 9);
    expect(result.saved.min).toBeGreaterThan(0); // the food and lift merge groups save visits
    const coverage = result.indicators.find((indicator) => indicator.id === 'itemCoverage');
    expect(coverage?.value?.min).toBe(1); // every item of the catalogue is in some task that checks someone
    expect(coverage?.missProbability).toBe(0);
  });

  describe('a hand-counted district', () => {
    // 3 A-class and 3 B-class enterprises; three random tasks in three months, each drawing 3 of them
    // without risk allocation. After T1 and T2 (6 draws over 6 enterprises) every enterprise has 2 checks,
    // so the low-risk cap (2 a year for class A, 通知·二) leaves T3 only the 3 B-class enterprises.
    const district: SubjectInput[] = ['A', 'A', 'A', 'B', 'B', 'B'].map((riskClass, i) => ({
      id: `E${i + 1}`,
      name: `企业${i + 1}`,
      kind: 'enterprise',
      riskClass: riskClass as 'A' | 'B',
    }));
    const task = (id: string, month: number) => ({
      id,
      name: `任务${id}`,
      month,
      leadDepartment: '信用监管科',
      partnerDepartments: month === 3 ? ['区卫生健康局'] : [],
      itemCodes: ['A99'],
      sampling: { count: 3, riskAllocation: false },
    });
    const plan: AnnualPlanInput = { year: 2023, unit: '示例局', tasks: [task('T1', 3), task('T2', 4), task('T3', 5)] };
    const result = simulatePlan(plan, district, { ...options, runs: 4 });

    it('counts pairs, visits and the low-risk cap exactly', () => {
      // 3 tasks × 3 = 9 pairs; different months, so no merging: 9 visits, 0 saved
      expect(result.pairs).toEqual({ n: 4, mean: 9, min: 9, p5: 9, p50: 9, p95: 9, max: 9 });
      expect(result.visits.mean).toBe(9);
      expect(result.saved.max).toBe(0);
      const [t1, t2, t3] = result.tasks;
      expect(t1?.eligible.mean).toBe(6);
      expect(t1?.cappedOut.max).toBe(0);
      // after T1 and T2 at most 6 pairs: T3 loses exactly the A-class enterprises drawn twice
      expect(t3?.drawn.mean).toBe(3);
      expect((t3?.eligible.min ?? 0) + (t3?.cappedOut.min ?? 0)).toBe(6);
      expect(t2?.shortfallRuns).toBe(0);
      const overCap = result.indicators.find((indicator) => indicator.id === 'lowRiskOverCap');
      expect(overCap?.value?.max).toBe(0); // the cap holds: no A-class enterprise visited 3 times
      expect(overCap?.missProbability).toBe(0);
    });

    it('reports the enterprise share of every run', () => {
      // distinct enterprises drawn / 6; at least the 3 of T1, at most all 6
      const share = shareOf(result);
      expect(share?.value?.min).toBeGreaterThanOrEqual(3 / 6);
      expect(share?.value?.max).toBeLessThanOrEqual(1);
      expect(result.enterprises).toBe(6);
    });

    it('counts joint checks per task: only T1 is joint, so 3 of 9 random checks', () => {
      const joint = result.indicators.find((indicator) => indicator.id === 'jointShare');
      // 3 / 9 = 0.333…, above 30 % in every run
      expect(joint?.value?.min).toBeCloseTo(3 / 9, 12);
      expect(joint?.missProbability).toBe(0);
    });

    it('draws the whole pool when a fixed count exceeds it, and says so', () => {
      const greedy: AnnualPlanInput = { ...plan, tasks: [{ ...task('T1', 3), sampling: { count: 10, riskAllocation: false } }] };
      const over = simulatePlan(greedy, district, { ...options, runs: 2 });
      expect(over.tasks[0]?.shortfallRuns).toBe(2);
      expect(over.tasks[0]?.drawn.mean).toBe(6);
    });

    it('staffs the visits when inspectors are given, and reports a department without staff', () => {
      const staff: InspectorInput[] = ['信用监管科', '信用监管科', '区卫生健康局', '区卫生健康局'].map((department, i) => ({
        id: `I${i + 1}`,
        name: `人员${i + 1}`,
        department,
      }));
      const staffed = simulatePlan(plan, district, { ...options, runs: 2, inspectors: staff });
      expect(staffed.staffing?.staffedRuns).toBe(2);
      expect(staffed.staffing?.failureProbability).toBe(0);
      // 9 visits × 2 inspectors = 18 assignments. T2 and T3's 6 visits take both 信用监管科 inspectors
      // (6 each); T1's 3 joint visits take one of each department, so the busier 信用监管科 inspector
      // has 6 + 2 = 8 or 6 + 3 = 9 visits, and the 18 assignments fall on 3 or 4 inspectors.
      expect([8, 9]).toContain(staffed.staffing?.maxLoad?.max);
      expect([18 / 3, 18 / 4]).toContain(staffed.staffing?.meanLoad?.min);
      const unstaffed = simulatePlan(plan, district, { ...options, runs: 2, inspectors: staff.slice(0, 2) });
      expect(unstaffed.staffing?.failureProbability).toBe(1);
      expect(unstaffed.staffing?.firstFailure?.constraint).toBe('department:区卫生健康局');
      expect(unstaffed.staffing?.firstFailure?.run).toBe(1);
    });
  });

  it('staffs the synthetic district once its partner departments have inspectors', () => {
    const partners = [...new Set(longwan2023SamplePlan.tasks.flatMap((task) => task.partnerDepartments))];
    const extra: InspectorInput[] = partners.flatMap((department, d) =>
      [1, 2, 3].map((k) => ({ id: `X${d}-${k}`, name: `联合人员${d}-${k}`, department })),
    );
    const result = simulatePlan(longwan2023SamplePlan, subjects, { ...options, runs: 1, inspectors: [...inspectors, ...extra] });
    expect(result.staffing?.failureProbability).toBe(0);
    expect(result.staffing?.maxLoad?.max).toBeGreaterThan(0);
  });

  describe('bad input', () => {
    const codeOf = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return { code: (error as { code?: string }).code, path: (error as { path?: unknown }).path };
      }
      return undefined;
    };

    it('rejects runs ≤ 0 or fractional runs with INVALID_INPUT', () => {
      expect(codeOf(() => simulatePlan(longwan2023SamplePlan, subjects, { ...options, runs: 0 }))).toEqual({ code: 'INVALID_INPUT', path: ['runs'] });
      expect(codeOf(() => simulatePlan(longwan2023SamplePlan, subjects, { ...options, runs: -3 }))).toEqual({ code: 'INVALID_INPUT', path: ['runs'] });
      expect(codeOf(() => simulatePlan(longwan2023SamplePlan, subjects, { ...options, runs: 1.5 }))).toEqual({ code: 'INVALID_INPUT', path: ['runs'] });
    });

    it('rejects an empty seed with EMPTY_SEED', () => {
      expect(codeOf(() => simulatePlan(longwan2023SamplePlan, subjects, { ...options, seed: '' }))).toEqual({ code: 'EMPTY_SEED', path: ['seed'] });
    });

    it('rejects a bad policy, plan, catalogue, options or result model', () => {
      expect(codeOf(() => simulatePlan(longwan2023SamplePlan, subjects, { ...options, policy: { ...zhejiang2023, jointShare: 2 } }))).toEqual({
        code: 'INVALID_POLICY',
        path: ['policy', 'jointShare'],
      });
      expect(codeOf(() => simulatePlan(longwan2023SamplePlan, subjects, { ...options, policy: undefined as never }))).toEqual({
        code: 'MISSING_ARGUMENT',
        path: ['policy'],
      });
      const badPlan = { ...longwan2023SamplePlan, tasks: [{ ...longwan2023SamplePlan.tasks[0], month: 13 }] };
      expect(codeOf(() => simulatePlan(badPlan, subjects, options))).toEqual({ code: 'INVALID_PLAN', path: ['tasks', 0, 'month'] });
      expect(codeOf(() => simulatePlan(longwan2023SamplePlan, subjects, { ...options, catalogue: {} as never }))).toEqual({
        code: 'INVALID_CATALOGUE',
        path: ['catalogue'],
      });
      expect(codeOf(() => simulatePlan(longwan2023SamplePlan, subjects, null as never))).toEqual({ code: 'INVALID_INPUT', path: ['options'] });
      expect(codeOf(() => simulatePlan(longwan2023SamplePlan, subjects, { ...options, asOf: '2023-02-30' }))?.path).toEqual(['asOf']);
      expect(codeOf(() => simulatePlan(longwan2023SamplePlan, subjects, { ...options, results: { problemRates: { A: 2 } } }))).toEqual({
        code: 'INVALID_INPUT',
        path: ['results', 'problemRates', 'A'],
      });
    });

    it('rejects a task item that is not in the catalogue with UNKNOWN_ITEM', () => {
      const tasks = longwan2023SamplePlan.tasks.map((task, i) => (i === 1 ? { ...task, itemCodes: [...task.itemCodes, 'Z99'] } : task));
      const error = codeOf(() => simulatePlan({ ...longwan2023SamplePlan, tasks }, subjects, options));
      expect(error).toEqual({ code: 'UNKNOWN_ITEM', path: ['plan', 'tasks', 1, 'itemCodes', 8] });
    });

    it('checks the directory by hand, with the path of the bad subject', () => {
      const good = { id: 'E1', name: '甲', kind: 'enterprise' as const };
      expect(codeOf(() => simulatePlan(longwan2023SamplePlan, 42 as never, options))).toEqual({ code: 'INVALID_INPUT', path: ['directory'] });
      expect(codeOf(() => simulatePlan(longwan2023SamplePlan, [good, { ...good, id: 'E2', kind: 'firm' as never }], options))).toEqual({
        code: 'INVALID_INPUT',
        path: ['directory', 1, 'kind'],
      });
      expect(codeOf(() => simulatePlan(longwan2023SamplePlan, [good, { ...good, id: '' }], options))).toEqual({
        code: 'INVALID_INPUT',
        path: ['directory', 1, 'id'],
      });
      expect(codeOf(() => simulatePlan(longwan2023SamplePlan, [good, good], options))).toEqual({ code: 'DUPLICATE_ID', path: ['directory', 1, 'id'] });
    });

    it('does not mutate its inputs', () => {
      const district: SubjectInput[] = [{ id: 'E1', name: '甲', kind: 'enterprise', riskClass: 'B' }];
      const policy = definePolicy({}, zhejiang2023);
      const copy = structuredClone(district);
      simulatePlan({ year: 2023, unit: '局', tasks: [] }, district, { ...options, policy, runs: 1 });
      expect(district).toEqual(copy);
    });
  });
});
