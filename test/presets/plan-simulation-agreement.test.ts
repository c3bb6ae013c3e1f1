/**
 * validatePlan and simulatePlan agree on every indicator (issue #14, must show). The plan rules and
 * the KPI report share one definition per indicator (INDICATORS); on the synthetic district of the
 * docs (20 000 subjects), the plan stage's verdict on each indicator — a finding of the rule that
 * judges it, or none — is the verdict of 20 simulated years. The execution indicators (mobile
 * enforcement, publication, follow-up) depend on how the year is carried out, not on the plan: the
 * plan stage has no rule for them, and the simulation is run with execution at 100 % and the report at
 * the year's end (a follow-up comes 1–30 days after a result, so at 10-31 the last results of October
 * cannot be followed up yet — a matter of timing the plan does not decide). Plans and policies built to
 * miss an indicator show that the agreement is not vacuous.
 */
import { describe, it, expect } from 'vitest';
import {
  INDICATORS,
  INDICATOR_IDS,
  createPlanRuleContext,
  definePolicy,
  isJointTask,
  longwan2023SamplePlan,
  simulatePlan,
  validatePlan,
  zhejiang2023,
  zhejiang2023Catalogue as catalogue,
  type AnnualPlan,
  type IndicatorId,
  type Policy,
  type SimulationResult,
} from '../../src/index.js';
import { countPlanPools } from '../../src/plan/index.js';
import { sampleDirectory, samplePools } from '../support/sample-pools.js';

const RUNS = 20;
const subjects = sampleDirectory();
const perfectExecution = { mobile: 1, followUp: 1, publishedOnTime: 1 };

/** The plan rule that judges each indicator at the plan stage (none for the execution indicators). */
const RULE_OF: Readonly<Record<IndicatorId, string | null>> = {
  enterpriseInspectionRate: 'plan.enterprise-inspection-rate',
  itemCoverage: 'plan.item-coverage',
  doubleRandomShare: 'plan.double-random-share',
  riskApplicationRate: 'plan.risk-allocation',
  jointShare: 'plan.joint-share',
  issueTimeliness: 'plan.issue-deadline',
  lowRiskOverCap: null, // enforced by the draw's eligibility filter
  mobileEnforcementRate: null,
  publicationRate: null,
  timelyPublicationRate: null,
  followUpRate: null,
};

type Verdict = 'meets' | 'misses';

function planVerdicts(plan: AnnualPlan, policy: Policy): Record<IndicatorId, Verdict> {
  const pools = countPlanPools(plan, subjects, { catalogue, policy });
  const findings = validatePlan(plan, { catalogue, policy, pools });
  expect(findings.filter((finding) => finding.severity === 'warning')).toEqual([]); // every indicator could be judged
  const missed = new Set(findings.filter((finding) => finding.severity === 'error').map((finding) => finding.ruleId));
  return Object.fromEntries(INDICATOR_IDS.map((id) => [id, RULE_OF[id] !== null && missed.has(RULE_OF[id]) ? 'misses' : 'meets'])) as Record<IndicatorId, Verdict>;
}

function simulate(plan: AnnualPlan, policy: Policy, asOf = '2023-12-31'): SimulationResult {
  return simulatePlan(plan, subjects, { runs: RUNS, seed: 'agreement', catalogue, policy, results: perfectExecution, asOf });
}

function simulationVerdicts(result: SimulationResult): Record<IndicatorId, Verdict> {
  return Object.fromEntries(result.indicators.map((indicator) => [indicator.id, indicator.missProbability > 0.5 ? 'misses' : 'meets'])) as Record<IndicatorId, Verdict>;
}

const solo = (ids: readonly string[]): AnnualPlan => ({
  ...longwan2023SamplePlan,
  tasks: longwan2023SamplePlan.tasks.map((task) => (ids.includes(task.id) ? { ...task, partnerDepartments: [] } : task)),
});

describe(`validatePlan and simulatePlan (${RUNS} runs) agree on every indicator`, () => {
  const sample = simulate(longwan2023SamplePlan, zhejiang2023);

  it('the sample plan meets every indicator at the plan stage and in every simulated year', () => {
    const verdicts = planVerdicts(longwan2023SamplePlan, zhejiang2023);
    expect(verdicts).toEqual(Object.fromEntries(INDICATOR_IDS.map((id) => [id, 'meets'])));
    expect(simulationVerdicts(sample)).toEqual(verdicts);
    for (const indicator of sample.indicators) expect(indicator.missProbability, indicator.id).toBe(0);
  });

  it('every indicator the plan stage can judge has a rule, and only those', () => {
    for (const id of INDICATOR_IDS) expect(RULE_OF[id] === null, id).toBe(INDICATORS[id].planStage === 'execution' || INDICATORS[id].planStage === 'draw');
  });

  it('the joint share: the estimate is a lower bound the simulated years stay at or above', () => {
    const context = createPlanRuleContext(longwan2023SamplePlan, { catalogue, policy: zhejiang2023, pools: samplePools() });
    const checks = (joint: boolean) =>
      longwan2023SamplePlan.tasks.filter((task) => isJointTask(task) === joint).reduce((sum, task) => sum + context.expected.get(task.id)!.checks, 0);
    const estimate = checks(true) / (checks(true) + checks(false));
    expect([checks(true), checks(false) + checks(true)]).toEqual([331, 823]);
    const joint = sample.indicators.find((indicator) => indicator.id === 'jointShare')!;
    expect(joint.value!.min).toBeGreaterThanOrEqual(estimate - 0.005);
    expect(joint.value!.max).toBeLessThan(estimate + 0.02);
    expect(joint.value!.n).toBe(RUNS);
  });

  it('the enterprise share: the independent-draws estimate is within the simulated range', () => {
    const pools = samplePools();
    const [finding] = validatePlan(longwan2023SamplePlan, {
      catalogue,
      pools,
      policy: definePolicy({ enterpriseInspectionRate: 0.99 }, zhejiang2023),
      only: ['plan.enterprise-inspection-rate'],
    });
    const estimate = finding!.data!['estimate'] as number;
    const share = sample.indicators.find((indicator) => indicator.id === 'enterpriseInspectionRate')!;
    expect(estimate).toBeGreaterThan(share.value!.min - 0.005);
    expect(estimate).toBeLessThan(share.value!.max + 0.005);
  });

  it('at the completion deadline the plan-stage verdicts still hold; only the follow-up of late-October results waits', () => {
    const atDeadline = simulate(longwan2023SamplePlan, zhejiang2023, '2023-10-31');
    const missed = atDeadline.indicators.filter((indicator) => indicator.missProbability > 0.5).map((indicator) => indicator.id);
    expect(missed).toEqual(['followUpRate']);
    expect(INDICATORS.followUpRate.planStage).toBe('execution');
  });

  it.each<[string, () => [AnnualPlan, Policy], IndicatorId | readonly IndicatorId[]]>([
    ['T02 and T11 without 区商务局: 8 joint tasks of 20 but 23.6 % of the checks', () => [solo(['T02', 'T11']), zhejiang2023], 'jointShare'],
    ['B17 dropped from T20: one item of 20 uncovered', () => [{ ...longwan2023SamplePlan, tasks: longwan2023SamplePlan.tasks.map((t) => (t.id === 'T20' ? { ...t, itemCodes: t.itemCodes.filter((c) => c !== 'B17') } : t)) }, zhejiang2023], 'itemCoverage'],
    ['T12 not applying the risk classes', () => [{ ...longwan2023SamplePlan, tasks: longwan2023SamplePlan.tasks.map((t) => (t.id === 'T12' ? { ...t, sampling: { ratio: 0.02, riskAllocation: false } } : t)) }, zhejiang2023], 'riskApplicationRate'],
    // without the undirected task's random checks the enterprise share falls below 3 % too
    ['T12 not random, under a 60 % double-random target', () => [{ ...longwan2023SamplePlan, tasks: longwan2023SamplePlan.tasks.map((t) => (t.id === 'T12' ? { ...t, random: false } : t)) }, definePolicy({ doubleRandomShare: 0.6 }, zhejiang2023)], ['enterpriseInspectionRate', 'doubleRandomShare']],
    ['a 10 % enterprise target', () => [longwan2023SamplePlan, definePolicy({ enterpriseInspectionRate: 0.1 }, zhejiang2023)], 'enterpriseInspectionRate'],
    ['T20 issued after its deadline', () => [{ ...longwan2023SamplePlan, tasks: longwan2023SamplePlan.tasks.map((t) => (t.id === 'T20' ? { ...t, issuedOn: '2023-10-09' } : t)) }, zhejiang2023], 'issueTimeliness'],
  ])('both see a miss: %s', (_label, build, missed) => {
    const [plan, policy] = build();
    const verdicts = planVerdicts(plan, policy);
    expect(Object.entries(verdicts).filter(([, verdict]) => verdict === 'misses').map(([id]) => id)).toEqual(typeof missed === 'string' ? [missed] : missed);
    expect(simulationVerdicts(simulate(plan, policy))).toEqual(verdicts);
  });
});
