/**
 * A policy team's test file (政策团队的计划测试): the annual plan is data, and these tests fail the
 * moment an edit breaks a rule of the 2023 notice. Copy it next to your own plan and import from
 * 'shuangsuiji'. Run with `npx vitest run examples/plan-test.test.ts`. The directory here is the
 * synthetic district of the demo; use an export of your 检查对象名录库 instead.
 */
import { describe, expect, it } from 'vitest';
import {
  countPlanPools,
  definePolicy,
  generateDirectory,
  issueDeadline,
  longwan2023SamplePlan,
  simulatePlan,
  validatePlan,
  zhejiang2023,
  zhejiang2023Catalogue,
  type AnnualPlan,
  type PlannedTask,
} from '../src/index.js';

const plan: AnnualPlan = longwan2023SamplePlan;
const { subjects } = generateDirectory({ seed: 'longwan-2023-demo', size: 20_000 });
const catalogue = zhejiang2023Catalogue;
const policy = zhejiang2023;
// each task's pool in the directory, per risk class: the indicators counted in checks are estimated from it
const pools = countPlanPools(plan, subjects, { catalogue, policy });
const options = { catalogue, policy, pools };
const ruleIds = (candidate: unknown) => validatePlan(candidate, options).map((finding) => finding.ruleId);
const editTask = (id: string, change: (task: PlannedTask) => PlannedTask): AnnualPlan => ({
  ...plan,
  tasks: plan.tasks.map((task) => (task.id === id ? change(task) : task)),
});

describe('龙湾区2023年度随机抽查计划', () => {
  it('obeys every rule of the notice', () => {
    expect(validatePlan(plan, options)).toEqual([]);
  });

  it('puts the 7 general items in every task (通知·一)', () => {
    const broken = editTask('T05', (task) => ({ ...task, itemCodes: task.itemCodes.filter((code) => code !== 'A99') }));
    expect(ruleIds(broken)).toEqual(['plan.general-items']);
  });

  it('issues every task by the 5th, or the next working day (通知·一)', () => {
    expect(issueDeadline(2023, 10, { policy: zhejiang2023 })).toBe('2023-10-07'); // 国庆: Saturday 10-07 is a working day
    expect(ruleIds(editTask('T20', (task) => ({ ...task, issuedOn: '2023-10-09' })))).toEqual(['plan.issue-deadline']);
  });

  it('keeps a merge group in one month (通知·一 配对要求)', () => {
    expect(ruleIds(editTask('T07', (task) => ({ ...task, month: 5, issuedOn: '2023-05-04' })))).toEqual(['plan.merge-groups']);
  });

  it('applies the credit-risk classes in every task (通知·二)', () => {
    const broken = editTask('T12', (task) => ({ ...task, sampling: { ...task.sampling, riskAllocation: false } }));
    expect(ruleIds(broken)).toEqual(['plan.risk-allocation']);
  });

  it('keeps joint random checks at 30 % or more (通知·三): 40.2 % now; without 区商务局 in T02 and T11, 23.6 %', () => {
    const solo = new Set(['T02', 'T11']);
    const broken = { ...plan, tasks: plan.tasks.map((task) => (solo.has(task.id) ? { ...task, partnerDepartments: [] } : task)) };
    expect(validatePlan(broken, options).map((finding) => [finding.ruleId, finding.data?.['joint'], finding.data?.['total']])).toEqual([
      ['plan.joint-share', 194, 823],
    ]);
  });

  it('finishes everything by 31 October (通知·四)', () => {
    expect(ruleIds(editTask('T19', (task) => ({ ...task, dueOn: '2023-11-15' })))).toEqual(['plan.completion-deadline']);
  });

  it('would still pass if the province raised the joint target to 40 %, not to 45 %', () => {
    const at40 = definePolicy({ jointShare: 0.4, sources: { jointShare: '本省通知：联合抽查率40%以上' } }, zhejiang2023);
    expect(validatePlan(plan, { ...options, policy: at40 })).toEqual([]);
    const at45 = definePolicy({ jointShare: 0.45, sources: { jointShare: '本省通知：联合抽查率45%以上' } }, zhejiang2023);
    expect(validatePlan(plan, { ...options, policy: at45 }).map((finding) => [finding.ruleId, finding.clause])).toEqual([['plan.joint-share', '本省通知：联合抽查率45%以上']]);
  });

  it('is expected to inspect more than 3 % of enterprises in every simulated year (通知·一)', () => {
    const result = simulatePlan(plan, subjects, { catalogue, policy, runs: 2, seed: 'plan-test' });
    const share = result.indicators.find((indicator) => indicator.id === 'enterpriseInspectionRate');
    expect(share?.missProbability).toBe(0);
  });
});
