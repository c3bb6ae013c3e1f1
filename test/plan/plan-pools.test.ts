import { describe, it, expect } from 'vitest';
import { countPlanPools, createPlanRuleContext, describeRules, builtinPlanRules, doubleRandomShareRule, enterpriseInspectionRateRule, evaluateRules, renderRuleText, jointShareRule, type AnnualPlanInput } from '../../src/plan/index.js';
import { definePolicy } from '../../src/policy/index.js';
import { national, zhejiang2023, zhejiang2023Catalogue as catalogue, longwan2023SamplePlan } from '../../src/presets/index.js';
import type { Subject } from '../../src/directory/index.js';
import { errorOf } from '../support/error-of.js';
import { samplePools } from '../support/sample-pools.js';

const subjects = [
  { id: 'E1', name: '甲', kind: 'enterprise', riskClass: 'A', tags: ['catering'] },
  { id: 'E2', name: '乙', kind: 'enterprise', riskClass: 'B', domainRiskClasses: { food: 'D' }, tags: ['catering'] },
  { id: 'I1', name: '丙', kind: 'individual', riskClass: 'C', tags: ['catering'] },
  { id: 'E3', name: '丁', kind: 'enterprise', riskClass: 'A', status: 'deregistered', tags: ['catering'] },
  { id: 'E4', name: '戊', kind: 'enterprise', tags: [] },
] as unknown as Subject[];

const plan: AnnualPlanInput = {
  year: 2023,
  unit: '示例局',
  tasks: [
    { id: 'T1', name: '餐饮检查', month: 3, leadDepartment: '餐饮科', itemCodes: ['A99', 'B03'], pool: { tags: ['catering'] }, sampling: { ratio: 0.5 } },
    { id: 'T2', name: '不定向抽查', month: 4, leadDepartment: '信用监管科', kind: 'undirected', itemCodes: ['A99'], pool: {}, sampling: { ratio: 0.5 } },
  ],
};

describe('countPlanPools', () => {
  it('counts each pool per effective class at the start of the year, and the enterprises', () => {
    // T1 is a food task (B03): E2 counts as D (specialised-first); E3 is deregistered, E4 not catering.
    // T2 has no domain: E2 counts as B, unclassified E4 as B.
    expect(countPlanPools(plan, subjects, { catalogue, policy: zhejiang2023 })).toEqual({
      enterprises: 3,
      tasks: {
        T1: { byClass: { A: 1, B: 0, C: 1, D: 1 }, enterprisesByClass: { A: 1, B: 0, C: 0, D: 1 } },
        T2: { byClass: { A: 1, B: 2, C: 1, D: 0 }, enterprisesByClass: { A: 1, B: 2, C: 0, D: 0 } },
      },
    });
  });

  it('feeds validatePlan the expected checks of every task', () => {
    const pools = countPlanPools(plan, subjects, { catalogue, policy: zhejiang2023 });
    const context = createPlanRuleContext(plan, { catalogue, policy: zhejiang2023, pools });
    // T1: A ⌈1 × 25%⌉ = 1, C ⌈1 × 100%⌉ = 1, D ⌈1 × 200% → 100%⌉ = 1 → 3; T2: A 1, B ⌈2 × 50%⌉ = 1, C 1 → 3
    expect([context.expected.get('T1')?.checks, context.expected.get('T2')?.checks]).toEqual([3, 3]);
    // enterprise checks: T1 A 1 × 1/1 + D 1 × 1/1 = 2; T2 A 1 + B 1 × 2/2 = 2
    expect([context.expected.get('T1')?.enterprises, context.expected.get('T2')?.enterprises]).toEqual([2, 2]);
  });

  it('rejects a missing policy, a bad catalogue, plan or directory, and an unknown item', () => {
    expect(errorOf(() => countPlanPools(plan, subjects, { catalogue } as never))).toMatchObject({ code: 'MISSING_ARGUMENT', path: ['options', 'policy'] });
    expect(errorOf(() => countPlanPools(plan, subjects, { catalogue: {} as never, policy: zhejiang2023 }))).toMatchObject({ code: 'INVALID_CATALOGUE' });
    expect(errorOf(() => countPlanPools({ ...plan, year: 1 }, subjects, { catalogue, policy: zhejiang2023 }))).toMatchObject({ code: 'INVALID_PLAN', path: ['year'] });
    expect(errorOf(() => countPlanPools(plan, 42 as never, { catalogue, policy: zhejiang2023 }))).toMatchObject({ code: 'INVALID_INPUT', path: ['directory'] });
    const unknown = { ...plan, tasks: [{ ...plan.tasks[0]!, itemCodes: ['A99', 'Z99'] }] };
    expect(errorOf(() => countPlanPools(unknown, subjects, { catalogue, policy: zhejiang2023 }))).toMatchObject({ code: 'UNKNOWN_ITEM', path: ['plan', 'tasks', 0, 'itemCodes', 1] });
  });

  it('rejects malformed pools given to validatePlan with the path inside them', () => {
    expect(errorOf(() => createPlanRuleContext(plan, { catalogue, policy: zhejiang2023, pools: { tasks: { T1: { byClass: { A: -1 } } } } }))).toMatchObject({
      code: 'INVALID_INPUT',
      path: ['options', 'pools', 'tasks', 'T1', 'byClass', 'A'],
    });
  });
});

describe('plan.double-random-share (双随机抽查次数占比, estimated in checks)', () => {
  const mixed: AnnualPlanInput = { ...plan, tasks: [plan.tasks[0]!, { ...plan.tasks[1]!, random: false }] };
  const pools = countPlanPools(plan, subjects, { catalogue, policy: zhejiang2023 });
  const run = (p: AnnualPlanInput, policy = zhejiang2023, withPools = true) =>
    evaluateRules([doubleRandomShareRule], createPlanRuleContext(p, { catalogue, policy, ...(withPools ? { pools } : {}) }));

  it('an all-random plan is 100 % without any estimate', () => {
    expect(run(plan, zhejiang2023, false)).toEqual([]);
  });

  it('3 random of 6 checks = 50 % ≥ 40 %; under a 60 % target, an error that says it is an estimate', () => {
    expect(run(mixed)).toEqual([]);
    expect(run(mixed, definePolicy({ doubleRandomShare: 0.6 }, zhejiang2023)).map((f) => [f.clause, f.message, f.data])).toEqual([
      ['未注明出处', '双随机抽查次数占比（估算）50%（约 3/6 次），低于 60%：非随机任务 T2 预计 3 次检查', { value: 0.5, target: 0.6, random: 3, total: 6, estimate: true }],
    ]);
  });

  it('warns when a task\'s checks cannot be estimated', () => {
    expect(run(mixed, zhejiang2023, false).map((f) => [f.severity, f.tasks])).toEqual([['warning', ['T1', 'T2']]]);
  });
});

describe('plan.enterprise-inspection-rate (抽查企业比例, estimated with pools)', () => {
  const run = (target: number) =>
    evaluateRules(
      [enterpriseInspectionRateRule],
      createPlanRuleContext(longwan2023SamplePlan, { catalogue, policy: definePolicy({ enterpriseInspectionRate: target }, zhejiang2023), pools: samplePools() }),
    );

  it('passes the sample plan at 3 % (estimate ≈ 4.7 % of 6 271 enterprises)', () => {
    expect(run(0.03)).toEqual([]);
  });

  it('warns between the estimate and the upper bound, and errs above the upper bound', () => {
    const [warning] = run(0.0475);
    expect(warning?.severity).toBe('warning');
    expect(warning?.message).toMatch(/^抽查企业比例（估算）约 4\.7%（按各任务独立抽取估算，介于 2% 与 4\.8% 之间），可能低于 4\.8%$/);
    const [error] = run(0.1);
    expect(error?.severity).toBe('error');
    expect(error?.message).toMatch(/^抽查企业比例（估算）至多 4\.8%（各随机抽查任务预计抽到的企业合计 300户 ÷ 名录库企业 6271户），低于 10%$/);
  });

  it('checks nothing without the enterprise counts or a target', () => {
    expect(evaluateRules([enterpriseInspectionRateRule], createPlanRuleContext(longwan2023SamplePlan, { catalogue, policy: zhejiang2023 }))).toEqual([]);
    expect(evaluateRules([enterpriseInspectionRateRule], createPlanRuleContext(longwan2023SamplePlan, { catalogue, policy: national, pools: samplePools() }))).toEqual([]);
  });
});

describe('describeRules / renderRuleText', () => {
  it('renders every built-in rule\'s clause and description from the policy', () => {
    const rules = describeRules(builtinPlanRules, zhejiang2023);
    expect(rules.map((rule) => rule.id)).toEqual(builtinPlanRules.map((rule) => rule.id));
    expect(rules.find((rule) => rule.id === 'plan.issue-deadline')?.description).toBe('每个任务在所属月份的下发期限前下发：每月5日，遇节假日顺延至下一个工作日（通知·一）');
    expect(describeRules(builtinPlanRules, definePolicy({ issueDay: 10 }, zhejiang2023)).find((r) => r.id === 'plan.issue-deadline')?.description).toBe(
      '每个任务在所属月份的下发期限前下发：每月10日，遇节假日顺延至下一个工作日（未注明出处）',
    );
    expect(renderRuleText(jointShareRule.description, zhejiang2023).includes('30%')).toBe(true);
    expect(renderRuleText('固定文字', zhejiang2023)).toBe('固定文字');
    expect(errorOf(() => describeRules(null as never, zhejiang2023))).toMatchObject({ code: 'INVALID_INPUT', path: ['rules'] });
  });

  it('a rule whose text is a function of the policy fails in a context without one, as one finding', () => {
    const findings = evaluateRules([jointShareRule], { plan: { year: 2023, tasks: [] } } as never);
    expect(findings.map((f) => f.ruleId)).toEqual(['engine.rule-failed']);
  });
});
