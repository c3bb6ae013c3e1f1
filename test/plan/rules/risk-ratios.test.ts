import { describe, it, expect } from 'vitest';
import { createPlanRuleContext, evaluateRules, riskRatiosRule, type AnnualPlanInput, type PlanPoolsInput, type PlannedTaskInput } from '../../../src/plan/index.js';
import { definePolicy, type Policy } from '../../../src/policy/index.js';
import { henan2021, lindian2024, zhejiang2023, zhejiang2023Catalogue as catalogue } from '../../../src/presets/index.js';
import { GENERAL } from '../fixtures.js';

const task = (id: string, sampling: PlannedTaskInput['sampling'], extra: Partial<PlannedTaskInput> = {}): PlannedTaskInput => ({
  id, name: `任务${id}`, month: 3, leadDepartment: '餐饮科', itemCodes: [...GENERAL, 'B03'], sampling, ...extra,
});
const plan = (...tasks: PlannedTaskInput[]): AnnualPlanInput => ({ year: 2023, unit: '示例局', tasks });
const run = (p: AnnualPlanInput, policy: Policy, pools?: PlanPoolsInput) =>
  evaluateRules([riskRatiosRule], createPlanRuleContext(p, { catalogue, policy, ...(pools === undefined ? {} : { pools }) })).map((f) => [f.severity, f.clause, f.message]);

describe('plan.risk-ratios — fixed per-class ratios (河南 2021: 1 / 2 / 10 / 30 %)', () => {
  it('a ratio task follows the fixed ratios: nothing to report', () => {
    expect(run(plan(task('R1', { ratio: 0.03 })), henan2021)).toEqual([]);
  });

  it('a task\'s own class ratio that differs from the fixed one is an error citing the class\'s source', () => {
    expect(run(plan(task('R2', { ratio: 0.03, classRatios: { D: 0.5 } })), henan2021)).toEqual([
      ['error', '郑州日报（2021）', '任务 R2 的D类抽查比例 50%（本任务规定）与政策规定的 30% 不一致'],
    ]);
  });

  it('a count is checked against ⌈class size × ratio⌉ with the pool sizes, and said uncheckable without them', () => {
    // weights = counts (henan2021 sets no multiplier): 10 × 100/110 = 9.09 → 9, 10 × 10/110 = 0.91 → 0 + largest remainder → 1
    expect(run(plan(task('C1', { count: 10 })), henan2021, { tasks: { C1: { byClass: { A: 100, D: 10 } } } })).toEqual([
      ['error', '郑州日报（2021）', '任务 C1 按数量抽取，A类抽取 9/100户（9%），政策规定该类抽查比例 1%（应抽 1户）'],
      ['error', '郑州日报（2021）', '任务 C1 按数量抽取，D类抽取 1/10户（10%），政策规定该类抽查比例 30%（应抽 3户）'],
    ]);
    expect(run(plan(task('C2', { count: 5 })), henan2021)).toEqual([
      ['warning', '郑州日报（2021）', '任务 C2 按数量抽取，未提供抽查范围规模（pools），无法核对各类别抽查比例是否符合政策规定'],
    ]);
  });

  it('a task that does not stratify cannot apply them', () => {
    expect(run(plan(task('U1', { ratio: 0.03, riskAllocation: false })), henan2021).map(([severity, , message]) => [severity, message])).toEqual([
      ['error', '任务 U1 未按信用风险分类分层抽取，无法执行政策规定的各类别抽查比例'],
    ]);
  });

  it('the full-coverage task of a tag draws every class in full and is exempt', () => {
    expect(run(plan(task('F1', { ratio: 1, riskAllocation: false }, { pool: { tags: ['annual-report-all-zero'] } })), henan2021)).toEqual([]);
  });
});

describe('plan.risk-ratios — per-class ranges (大庆市林甸县 2024)', () => {
  it('a class ratio outside its range is an error naming the range', () => {
    expect(run(plan(task('L1', { ratio: 0.05 })), lindian2024)).toEqual([
      ['error', '大庆市信用网（2024-11-06）', '任务 L1 的C类抽查比例 5%（基础比例，政策 lindian2024 未规定该类倍数）不在政策规定的范围 21%–60% 内'],
      ['error', '大庆市信用网（2024-11-06）', '任务 L1 的D类抽查比例 5%（基础比例，政策 lindian2024 未规定该类倍数）不在政策规定的范围 61%–100% 内'],
    ]);
  });

  it('the task\'s own class ratios within the ranges pass; rounding a small class up past its maximum is a warning', () => {
    const within = plan(task('L2', { ratio: 0.05, classRatios: { C: 0.3, D: 0.8 } }));
    expect(run(within, lindian2024)).toEqual([]);
    // A: ⌈10 × 5%⌉ = 1 of 10 = 10 % > 5 %
    expect(run(within, lindian2024, { tasks: { L2: { byClass: { A: 10, B: 100, C: 10, D: 10 } } } })).toEqual([
      ['warning', '大庆市信用网（2024-11-06）', '任务 L2 的A类按 5% 向上取整后实际抽取 1/10户（10%），超出政策规定的范围 ≤ 5%'],
    ]);
  });

  it('a count whose realised class shares leave the ranges is an error', () => {
    // weights = counts: 20 of 100 A + 100 B → A 10, B 10: A 10 % > 5 %
    expect(run(plan(task('C3', { count: 20 })), lindian2024, { tasks: { C3: { byClass: { A: 100, B: 100 } } } })).toEqual([
      ['error', '大庆市信用网（2024-11-06）', '任务 C3 按数量抽取，A类抽取 10/100户（10%），不在政策规定的范围 ≤ 5% 内'],
    ]);
  });
});

describe('plan.risk-ratios — full-coverage classes and policies without a scheme', () => {
  const fullD = definePolicy({ id: 'full-d', fullCoverageClasses: ['D'], sources: { fullCoverageClasses: '本局规定：D类全覆盖' } }, zhejiang2023);

  it('a policy with full-coverage classes needs stratified tasks', () => {
    expect(run(plan(task('U2', { ratio: 0.03, riskAllocation: false })), fullD)).toEqual([
      ['error', '本局规定：D类全覆盖', '任务 U2 未按信用风险分类分层抽取，无法执行政策规定的各类别抽查比例'],
    ]);
    expect(run(plan(task('S1', { ratio: 0.03 })), fullD)).toEqual([]);
  });

  it('checks nothing under a policy with no fixed ratios, ranges or full-coverage classes, and says so', () => {
    expect(run(plan(task('U3', { ratio: 0.03, riskAllocation: false })), zhejiang2023)).toEqual([]);
  });
});
