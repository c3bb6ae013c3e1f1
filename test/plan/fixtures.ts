import { type Catalogue } from '../../src/catalogue/index.js';
import { zhejiang2023Catalogue } from '../../src/presets/index.js';
import { type Policy } from '../../src/policy/index.js';
import { zhejiang2023 } from '../../src/presets/index.js';
import type { Finding } from '../../src/core/index.js';
import { createPlanRuleContext, evaluateRules, type AnnualPlan, type PlanRuleContext, type PlannedTask, type Rule } from '../../src/plan/index.js';
import { longwan2023SamplePlan } from '../../src/presets/index.js';
import type { Calendar } from '../../src/calendar/index.js';
import { samplePools } from '../support/sample-pools.js';

/**
 * The catalogue and policy of the 2023 notice, and the pool sizes of the sample plan in the synthetic
 * district (so the indicators counted in checks are estimated).
 */
export const noticeOptions = { catalogue: zhejiang2023Catalogue, policy: zhejiang2023, pools: samplePools() } as const;

/** A mutable deep copy of the sample plan. */
export function samplePlan(): AnnualPlan {
  return structuredClone(longwan2023SamplePlan);
}

/** A mutable copy of the sample plan with one task changed. */
export function withTask(id: string, change: (task: PlannedTask) => void, plan: AnnualPlan = samplePlan()): AnnualPlan {
  const task = plan.tasks.find((candidate) => candidate.id === id);
  if (task === undefined) throw new Error(`no task ${id}`);
  change(task);
  return plan;
}

/** Runs one rule on a plan with the notice's catalogue and policy (or the given ones). */
export function runRule(
  rule: Rule<PlanRuleContext>,
  plan: AnnualPlan,
  overrides: { catalogue?: Catalogue; policy?: Policy; calendar?: Calendar; pools?: undefined } = {},
): Finding[] {
  return evaluateRules([rule], createPlanRuleContext(plan, { ...noticeOptions, ...overrides }));
}

/** The 7 general item codes of the notice's catalogue. */
export const GENERAL = ['A99', 'A100', 'A101', 'A102', 'A103', 'A104', 'A105'];
