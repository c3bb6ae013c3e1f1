import { describe, it, expect } from 'vitest';
import { KpiAccumulatorStateSchema, createKpiAccumulator, type KpiAccumulatorState } from '../../src/kpi/index.js';
import { context, plainCheck } from './district-fixture.js';

// Two checks of T01 by 餐饮科 (one by a low-risk class-A enterprise, with a visit id) and one of T04.
const base: KpiAccumulatorState = createKpiAccumulator(context)
  .addMany([plainCheck('E1', 'T01', 'v1', 'A'), plainCheck('E2', 'T01', undefined), plainCheck('E3', 'T04', 'v3')])
  .state();
const copy = (): KpiAccumulatorState => structuredClone(base) as KpiAccumulatorState;
const issues = (state: unknown) => {
  const result = KpiAccumulatorStateSchema.safeParse(state);
  return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path, message: issue.message }));
};

describe('KpiAccumulatorStateSchema (指标累加器状态): each consistency rule, with its message', () => {
  it('the written state is sorted and passes', () => {
    expect(issues(base)).toEqual([]);
    expect(base.tasks.map((t) => [t.id, t.checks])).toEqual([
      ['T01', 2],
      ['T04', 1],
    ]);
    expect(base.enterprises).toEqual(['E1', 'E2', 'E3']);
    expect(base.lowRiskVisits).toEqual([{ subjectId: 'E1', visitIds: ['v1'], taskIds: [] }]);
  });

  it('ignoredAfterAsOf over records; riskApplied over checks', () => {
    const s = copy();
    (s as { ignoredAfterAsOf: number }).ignoredAfterAsOf = 4;
    expect(issues(s)).toContainEqual({ path: ['ignoredAfterAsOf'], message: '不能大于 records' });
    const t = copy();
    (t.tasks[1] as { riskApplied: number }).riskApplied = 2;
    expect(issues(t)).toEqual([{ path: ['tasks', 1, 'riskApplied'], message: '不能大于 checks' }]);
  });

  it('the task and department sums must equal records − ignoredAfterAsOf', () => {
    const s = copy();
    (s.tasks[1] as { checks: number; riskApplied: number }).checks = 2;
    expect(issues(s)).toEqual([{ path: ['tasks'], message: '各任务 checks 之和应等于 records − ignoredAfterAsOf' }]);
    const d = copy();
    (d.departments[0] as { checks: number }).checks += 1;
    expect(issues(d)).toEqual([{ path: ['departments'], message: '各部门 checks 之和应等于 records − ignoredAfterAsOf' }]);
  });

  it('repeated task, department and low-risk enterprise ids, at the repeat', () => {
    const s = copy();
    (s.tasks[1] as { id: string }).id = 'T01';
    expect(issues(s)).toContainEqual({ path: ['tasks', 1, 'id'], message: '任务 T01 重复' });
    const d = copy();
    const row = { ...d.departments[0]!, checks: 0, randomChecks: 0, doubleRandomChecks: 0, jointRandomChecks: 0, mobileChecks: 0 } as never;
    (d.departments as unknown[]).push(row);
    expect(issues(d)).toContainEqual({ path: ['departments', 1, 'department'], message: '部门 餐饮科 重复' });
    const l = copy();
    (l.lowRiskVisits as unknown[]).push({ subjectId: 'E1', visitIds: [], taskIds: ['T01'] });
    expect(issues(l)).toEqual([{ path: ['lowRiskVisits', 1, 'subjectId'], message: '低风险企业 E1 重复' }]);
  });

  it('a low-risk enterprise needs at least one check (a visit or a task); one of either passes', () => {
    const s = copy();
    (s.lowRiskVisits[0] as { visitIds: string[] }).visitIds = [];
    expect(issues(s)).toEqual([{ path: ['lowRiskVisits', 0], message: '至少应有一次检查' }]);
    (s.lowRiskVisits[0] as { taskIds: string[] }).taskIds = ['T01'];
    expect(issues(s)).toEqual([]);
  });
});
