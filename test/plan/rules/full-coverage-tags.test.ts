import { describe, it, expect } from 'vitest';
import { createPlanRuleContext, evaluateRules, fullCoverageTagsRule, type AnnualPlanInput, type PlanPoolsInput, type PlannedTaskInput } from '../../../src/plan/index.js';
import { definePolicy, type Policy } from '../../../src/policy/index.js';
import { henan2021, longwan2023SamplePlan, zhejiang2023, zhejiang2023Catalogue as catalogue } from '../../../src/presets/index.js';
import { GENERAL } from '../fixtures.js';

const TAG = 'annual-report-all-zero';
const task = (id: string, sampling: PlannedTaskInput['sampling'], pool: PlannedTaskInput['pool']): PlannedTaskInput => ({
  id, name: `任务${id}`, month: 3, leadDepartment: '信用监管科', itemCodes: [...GENERAL], sampling, pool,
});
const run = (tasks: PlannedTaskInput[], policy: Policy = henan2021, pools?: PlanPoolsInput) =>
  evaluateRules([fullCoverageTagsRule], createPlanRuleContext({ year: 2021, unit: '示例局', tasks } as AnnualPlanInput, { catalogue, policy, ...(pools === undefined ? {} : { pools }) })).map(
    (f) => [f.clause, f.message, f.tasks],
  );

describe('plan.full-coverage-tags (河南 2021: 年报财务全零申报企业 100% 全覆盖)', () => {
  it('a plan without a task drawing the tag in full breaks it', () => {
    expect(evaluateRules([fullCoverageTagsRule], createPlanRuleContext(longwan2023SamplePlan, { catalogue, policy: henan2021 })).map((f) => f.message)).toEqual([
      `政策规定对标签 ${TAG} 的对象全覆盖抽查，计划中没有将其全部抽取的随机抽查任务`,
    ]);
  });

  it('a task on the tag that samples it names itself', () => {
    expect(run([task('P1', { ratio: 0.3 }, { tags: [TAG] })])).toEqual([
      ['郑州日报（2021）', `政策规定对标签 ${TAG} 的对象全覆盖抽查，计划中没有将其全部抽取的随机抽查任务（任务 P1 以该标签为范围，但未全部抽取）`, ['P1']],
    ]);
  });

  it('drawing all of it passes: a ratio of 1 without strata, every class at 100 %, or a count reaching the pool', () => {
    expect(run([task('F1', { ratio: 1, riskAllocation: false }, { tags: [TAG] })])).toEqual([]);
    expect(run([task('F2', { ratio: 0.01, classRatios: { A: 1, B: 1, C: 1, D: 1 } }, { allTags: [TAG] })])).toEqual([]);
    expect(run([task('F3', { count: 40 }, { tags: [TAG] })], henan2021, { tasks: { F3: { byClass: { A: 30, B: 10 } } } })).toEqual([]);
    // a count without the pool size cannot be known to reach it
    expect(run([task('F3', { count: 40 }, { tags: [TAG] })])).toHaveLength(1);
  });

  it('checks nothing when the policy names no tag', () => {
    expect(run([], zhejiang2023)).toEqual([]);
    expect(run([], definePolicy({ fullCoverageTags: ['x', 'y'], sources: { fullCoverageTags: '测试' } }, zhejiang2023)).map(([, message]) => message)).toHaveLength(2);
  });
});
