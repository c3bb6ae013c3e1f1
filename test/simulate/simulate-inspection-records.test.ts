import { describe, expect, it } from 'vitest';
import { isWorkingDay, publicationDeadline, simulateInspectionRecords, zhejiang2023, type AnnualPlanInput, type DrawnTaskLike } from '../../src/index.js';
import { quantile, summarizeDistribution } from '../../src/simulate/distribution.js';

const plan: AnnualPlanInput = {
  year: 2023,
  unit: '示例局',
  tasks: [
    { id: 'T1', name: '餐饮检查', month: 3, leadDepartment: '餐饮科', itemCodes: ['A99'], sampling: { count: 2 }, dueOn: '2023-05-31' },
    {
      id: 'T2',
      name: '价格检查',
      month: 3,
      leadDepartment: '价竞分局',
      partnerDepartments: ['区发展和改革局'],
      itemCodes: ['A100'],
      sampling: { count: 1 },
      dueOn: '2023-05-31',
    },
  ],
};
const window = { from: '2023-03-01', to: '2023-05-31' };
const visits = [
  { id: 's1:T1+T2', subjectId: 's1', tasks: ['T1', 'T2'], window },
  { id: 's2:T1', subjectId: 's2', tasks: ['T1'], window },
];
const draws: DrawnTaskLike[] = [
  { taskId: 'T1', selected: [{ id: 's1', stratum: 'D', item: { kind: 'enterprise' } }, { id: 's2', stratum: 'A', item: { kind: 'individual' } }] },
  { record: { taskId: 'T2' }, selected: [{ id: 's1', stratum: '*', item: { kind: 'enterprise', riskClass: 'C' } }] },
];

describe('simulateInspectionRecords', () => {
  it('gives one record per (visit, task) with the task’s department and flags', () => {
    const records = simulateInspectionRecords(visits, draws, { seed: 'demo', plan, policy: zhejiang2023 });
    expect(records.map((r) => [r.visitId, r.taskId, r.department, r.subjectKind, r.riskClass, r.joint, r.doubleRandom, r.riskApplied])).toEqual([
      // s1's visit holds T2, a joint task, so both of its checks are joint (部门联合)
      ['s1:T1+T2', 'T1', '餐饮科', 'enterprise', 'D', true, true, true],
      ['s1:T1+T2', 'T2', '价竞分局', 'enterprise', 'C', true, true, true], // stratum '*' → item.riskClass
      ['s2:T1', 'T1', '餐饮科', 'individual', 'A', false, true, true],
    ]);
    // one visit, one day: 进一次门
    expect(records[0]?.checkDate).toBe(records[1]?.checkDate);
    for (const record of records) {
      expect(record.checkDate >= window.from && record.checkDate <= window.to).toBe(true);
      expect(isWorkingDay(record.checkDate)).toBe(true);
      expect(record.resultDate! >= record.checkDate).toBe(true);
    }
  });

  it('is deterministic per visit, whatever the order of the visits', () => {
    const forward = simulateInspectionRecords(visits, draws, { seed: 'demo', plan, policy: zhejiang2023 });
    const backward = simulateInspectionRecords([...visits].reverse(), draws, { seed: 'demo', plan, policy: zhejiang2023 });
    expect(backward).toEqual([forward[2], forward[0], forward[1]]);
    expect(simulateInspectionRecords(visits, draws, { seed: 'other', plan, policy: zhejiang2023 })).not.toEqual(forward);
  });

  it('follows the model: rates 1 find a problem every time, 0 never; on-time publication meets the deadline', () => {
    const always = simulateInspectionRecords(visits, draws, {
      seed: 'demo',
      plan,
      policy: zhejiang2023,
      model: { problemRates: { A: 1, B: 1, C: 1, D: 1 }, followUp: 1, publishedOnTime: 1, mobile: 1 },
    });
    for (const record of always) {
      expect(record.problemFound).toBe(true);
      expect(['ordered-to-correct', 'info-not-published', 'unreachable-at-address']).toContain(record.resultCategory);
      expect(['rectified', 'listed-abnormal']).toContain(record.followUp);
      expect(record.followUpDate! > record.resultDate!).toBe(true);
      expect(record.publishedOn! <= publicationDeadline(record.resultDate!, { policy: zhejiang2023 })).toBe(true);
      expect(record.mobile).toBe(true);
    }
    const never = simulateInspectionRecords(visits, draws, {
      seed: 'demo',
      plan,
      policy: zhejiang2023,
      model: { problemRates: { A: 0, B: 0, C: 0, D: 0 }, publishedOnTime: 0, mobile: 0 },
    });
    for (const record of never) {
      expect([record.problemFound, record.resultCategory, record.followUp, record.mobile]).toEqual([false, 'no-problem', 'none', false]);
      expect(record.publishedOn! > publicationDeadline(record.resultDate!, { policy: zhejiang2023 })).toBe(true); // late
    }
    const pending = simulateInspectionRecords(visits, draws, { seed: 'demo', plan, policy: zhejiang2023, model: { problemRates: { A: 1, D: 1, C: 1 }, followUp: 0 } });
    expect(pending.map((record) => record.followUp)).toEqual(['pending', 'pending', 'pending']);
  });

  it('rejects bad input with codes and paths', () => {
    const codeOf = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return { code: (error as { code?: string }).code, path: (error as { path?: unknown }).path };
      }
      return undefined;
    };
    expect(codeOf(() => simulateInspectionRecords(visits, draws, { seed: '', plan, policy: zhejiang2023 }))).toEqual({ code: 'EMPTY_SEED', path: ['seed'] });
    expect(codeOf(() => simulateInspectionRecords(visits, draws, { seed: 's', plan: { ...plan, year: 1 }, policy: zhejiang2023 }))).toEqual({ code: 'INVALID_PLAN', path: ['year'] });
    expect(codeOf(() => simulateInspectionRecords(visits, [draws[0]!], { seed: 's', plan, policy: zhejiang2023 }))).toEqual({
      code: 'UNKNOWN_REFERENCE',
      path: ['visits', 0, 'tasks', 1],
    });
    expect(codeOf(() => simulateInspectionRecords([{ ...visits[1]!, tasks: ['T9'] }], draws, { seed: 's', plan, policy: zhejiang2023 }))).toEqual({
      code: 'UNKNOWN_TASK',
      path: ['visits', 0, 'tasks', 0],
    });
    expect(codeOf(() => simulateInspectionRecords([{ ...visits[1]!, window: { from: 'x', to: 'y' } }], draws, { seed: 's', plan, policy: zhejiang2023 }))).toEqual({
      code: 'INVALID_INPUT',
      path: ['visits', 0, 'window'],
    });
    expect(codeOf(() => simulateInspectionRecords(visits, [{ taskId: 'T1', selected: [{ id: 's1' }] }], { seed: 's', plan, policy: zhejiang2023 }))).toEqual({
      code: 'INVALID_INPUT',
      path: ['draws', 0, 'selected', 0],
    });
    expect(codeOf(() => simulateInspectionRecords(visits, draws, { seed: 's', plan, policy: zhejiang2023, model: { problemCategories: { 'no-problem': 1 } } }))?.code).toBe(
      'INVALID_INPUT',
    );
  });
});

describe('summarizeDistribution', () => {
  it('gives mean, extremes and interpolated percentiles, leaving out nulls', () => {
    // sorted [1, 2, 3]: p5 at position 0.1 → 1.1; p50 at 1 → 2; p95 at 1.9 → 2.9
    const spread = summarizeDistribution([3, 1, 2, null]);
    expect(spread).toMatchObject({ n: 3, mean: 2, min: 1, p50: 2, max: 3 });
    expect(spread?.p5).toBeCloseTo(1.1, 12);
    expect(spread?.p95).toBeCloseTo(2.9, 12);
    expect(summarizeDistribution([null])).toBeNull();
    expect(summarizeDistribution([7])).toEqual({ n: 1, mean: 7, min: 7, p5: 7, p50: 7, p95: 7, max: 7 });
  });

  it('interpolates like numpy', () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5); // position 1.5
    expect(quantile([0, 10], 0.95)).toBeCloseTo(9.5, 12);
  });
});
