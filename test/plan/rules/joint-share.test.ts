import { describe, it, expect } from 'vitest';
import { createPlanRuleContext, evaluateRules, isJointTask, jointShareRule, type AnnualPlanInput, type PlanPoolsInput } from '../../../src/plan/index.js';
import { definePolicy } from '../../../src/policy/index.js';
import { allocateSample } from '../../../src/risk/index.js';
import { national, zhejiang2023, zhejiang2023Catalogue } from '../../../src/presets/index.js';
import { GENERAL, noticeOptions, runRule, samplePlan } from '../fixtures.js';

/** A small plan whose checks are counted by hand (zhejiang2023 multipliers A 0.5, B 1, C 2, D 4). */
function smallPlan(): AnnualPlanInput {
  const base = { month: 3, itemCodes: [...GENERAL, 'B03'], issuedOn: '2023-03-01', dueOn: '2023-05-31' };
  return {
    year: 2023,
    unit: '示例局',
    tasks: [
      // A ⌈100 × 10% × 0.5⌉ = 5, B ⌈50 × 10%⌉ = 5 → 10 checks, joint
      { ...base, id: 'J1', name: '餐饮联合检查', leadDepartment: '餐饮科', partnerDepartments: ['区卫生健康局'], sampling: { ratio: 0.1 } },
      // B ⌈200 × 5%⌉ = 10, D ⌈10 × 5% × 4⌉ = 2 → 12 checks
      { ...base, id: 'S1', name: '餐饮单独检查', leadDepartment: '餐饮科', sampling: { ratio: 0.05 } },
      // a fixed count needs no pool: 8 checks
      { ...base, id: 'S2', name: '明码标价检查', leadDepartment: '价竞分局', sampling: { count: 8 } },
      // not random: not in the indicator
      { ...base, id: 'N1', name: '非随机检查', leadDepartment: '餐饮科', random: false, sampling: { count: 100 } },
    ],
  };
}

const pools: PlanPoolsInput = { tasks: { J1: { byClass: { A: 100, B: 50 } }, S1: { byClass: { B: 200, D: 10 } } } };

const run = (plan: AnnualPlanInput, options: { pools?: PlanPoolsInput; policy?: typeof zhejiang2023 } = {}) =>
  evaluateRules([jointShareRule], createPlanRuleContext(plan, { catalogue: zhejiang2023Catalogue, policy: options.policy ?? zhejiang2023, ...(options.pools === undefined ? {} : { pools: options.pools }) }));

describe('plan.joint-share (部门联合随机抽查率, counted in checks)', () => {
  it('estimates joint random checks ÷ random checks from the allocation: 10 / (10 + 12 + 8) = 33.3 % ≥ 30 %', () => {
    const context = createPlanRuleContext(smallPlan(), { catalogue: zhejiang2023Catalogue, policy: zhejiang2023, pools });
    expect(['J1', 'S1', 'S2'].map((id) => context.expected.get(id)?.checks)).toEqual([10, 12, 8]);
    expect(run(smallPlan(), { pools })).toEqual([]);
  });

  it('says the value is an estimate, and renders target and clause from the policy', () => {
    const policy = definePolicy({ id: 'strict', jointShare: 0.35, sources: { jointShare: '本局通知·三：联合抽查率35%以上' } }, zhejiang2023);
    expect(run(smallPlan(), { pools, policy })).toEqual([
      {
        ruleId: 'plan.joint-share',
        severity: 'error',
        clause: '本局通知·三：联合抽查率35%以上',
        message:
          '部门联合随机抽查率（估算）33.3%（约 10/30 次），低于 35%：联合任务 1 个预计 10 次检查，随机抽查预计共 30 次；' +
          '按检查次数而非任务个数计算，估算未计入合并实施使同户其他任务一并成为联合检查的情形，为下限',
        data: { value: 1 / 3, target: 0.35, joint: 10, total: 30, jointTasks: ['J1'], estimate: true },
      },
    ]);
  });

  it('counts checks, not tasks: one joint task of three (33 %) is 8.5 % of the checks when the solo pool is large', () => {
    const large: PlanPoolsInput = { tasks: { ...pools.tasks, S1: { byClass: { B: 2000 } } } };
    // S1: ⌈2000 × 5%⌉ = 100 → 10 / (10 + 100 + 8)
    expect(run(smallPlan(), { pools: large }).map((finding) => finding.data)).toEqual([
      { value: 10 / 118, target: 0.3, joint: 10, total: 118, jointTasks: ['J1'], estimate: true },
    ]);
  });

  it('cannot estimate a ratio task whose pool is unknown: a warning naming it, not a pass', () => {
    expect(run(smallPlan(), { pools: { tasks: { J1: pools.tasks['J1']! } } })).toEqual([
      {
        ruleId: 'plan.joint-share',
        severity: 'warning',
        clause: '通知·三',
        message: '无法估算部门联合随机抽查率：任务 S1 按比例抽取，未提供抽查范围规模（pools），检查次数未知；可用 countPlanPools 从名录库统计',
        tasks: ['S1'],
        data: { target: 0.3, unknownTasks: ['S1'] },
      },
    ]);
    expect(run(smallPlan()).map((finding) => finding.tasks)).toEqual([['J1', 'S1']]);
  });

  it('does not count a partner that is the lead department itself', () => {
    const plan = smallPlan();
    plan.tasks[0]!.partnerDepartments = ['餐饮科'];
    expect(run(plan, { pools }).map((finding) => finding.data?.['joint'])).toEqual([0]);
  });

  it('checks nothing when the policy sets no target, or the plan has no random task', () => {
    expect(run(smallPlan(), { policy: national })).toEqual([]);
    const plan = smallPlan();
    for (const task of plan.tasks) task.random = false;
    expect(run(plan, { pools })).toEqual([]);
  });

  it('passes the sample plan in the synthetic district: its joint tasks give ≥ 30 % of the expected checks', () => {
    const plan = samplePlan();
    expect(plan.tasks.filter(isJointTask).map((task) => task.id)).toEqual(['T02', 'T03', 'T06', 'T08', 'T09', 'T11', 'T13', 'T14', 'T16', 'T17']);
    // the expected checks, recomputed task by task with allocateSample on the same pools
    const checks = (joint: boolean): number =>
      plan.tasks
        .filter((task) => isJointTask(task) === joint)
        .reduce((sum, task) => sum + allocateSample({ poolCounts: noticeOptions.pools.tasks[task.id]!.byClass, sampling: task.sampling }, zhejiang2023).total, 0);
    expect(checks(true) / (checks(true) + checks(false))).toBeGreaterThanOrEqual(0.3);
    expect(runRule(jointShareRule, plan)).toEqual([]);
  });
});
