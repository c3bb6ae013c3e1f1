import type { Rule } from '../rule.js';
import type { PlanRuleContext } from '../plan-rule-context.js';
import { completionDeadlineRule } from './completion-deadline.js';
import { doubleRandomShareRule } from './double-random-share.js';
import { enterpriseInspectionRateRule } from './enterprise-inspection-rate.js';
import { fullCoverageTagsRule } from './full-coverage-tags.js';
import { riskRatiosRule } from './risk-ratios.js';
import { duplicateTaskIdsRule } from './duplicate-task-ids.js';
import { generalItemCountRule } from './general-item-count.js';
import { generalItemsRule } from './general-items.js';
import { issueDeadlineRule } from './issue-deadline.js';
import { itemCoverageRule } from './item-coverage.js';
import { jointShareRule } from './joint-share.js';
import { mergeGroupsRule } from './merge-groups.js';
import { referenceYearRule } from './reference-year.js';
import { riskAllocationRule } from './risk-allocation.js';
import { taskYearRule } from './task-year.js';
import { unknownItemsRule } from './unknown-items.js';

/**
 * The built-in rules of an annual plan (年度计划内置规则). {@link validatePlan} runs them all; pass
 * `[...builtinPlanRules, yourRule]` to {@link evaluateRules} to add a province's own. Each rule's
 * clause and description are rendered from the policy it checks — list them for your preset with
 * `describeRules(builtinPlanRules, policy)`. Rules whose policy field is unset check nothing.
 *
 * | id | checks | field(s) |
 * | --- | --- | --- |
 * | `plan.duplicate-task-ids` | task ids are unique | — |
 * | `plan.task-year` | issue/due dates in the plan's year | — |
 * | `plan.reference-year` | catalogue and policy of the plan's year (warning) | `year` |
 * | `plan.unknown-items` | item codes are in the catalogue | — |
 * | `plan.item-coverage` | 抽查事项覆盖率 ≥ target; placeholders warned | `itemCoverage` |
 * | `plan.general-items` | every general item in every random task | `generalItemsInEveryTask` |
 * | `plan.general-item-count` | catalogue has the policy's number of general items (warning) | `generalItemCount` |
 * | `plan.issue-deadline` | issued by the policy's issue day (deferred on holidays) | `issueDay`, `issueDeferral` |
 * | `plan.merge-groups` | merge groups in one month, ≥ 2 tasks | `mergeDefault` (clause) |
 * | `plan.risk-allocation` | 信用风险分类结果应用率 ≥ target | `riskApplicationRate` |
 * | `plan.risk-ratios` | per-class fixed ratios, ranges and full-coverage classes | `riskRatios`, `riskRanges`, `fullCoverageClasses` |
 * | `plan.full-coverage-tags` | tagged subjects drawn in full | `fullCoverageTags` |
 * | `plan.joint-share` | 部门联合随机抽查率 (estimated in checks) ≥ target | `jointShare` |
 * | `plan.double-random-share` | 双随机抽查次数占比 (estimated in checks) ≥ target | `doubleRandomShare` |
 * | `plan.enterprise-inspection-rate` | 抽查企业比例 (estimated, with pools) ≥ target | `enterpriseInspectionRate` |
 * | `plan.completion-deadline` | months and due dates by the completion deadline | `completionDeadline` |
 *
 * @example
 * ```ts
 * builtinPlanRules.map((rule) => rule.id).includes('plan.joint-share'); //=> true
 * describeRules(builtinPlanRules, zhejiang2023).find((rule) => rule.id === 'plan.joint-share')?.clause; //=> '通知·三'
 * ```
 */
export const builtinPlanRules: readonly Rule<PlanRuleContext>[] = /* @__PURE__ */ Object.freeze([
  duplicateTaskIdsRule,
  taskYearRule,
  referenceYearRule,
  unknownItemsRule,
  itemCoverageRule,
  generalItemsRule,
  generalItemCountRule,
  issueDeadlineRule,
  mergeGroupsRule,
  riskAllocationRule,
  riskRatiosRule,
  fullCoverageTagsRule,
  jointShareRule,
  doubleRandomShareRule,
  enterpriseInspectionRateRule,
  completionDeadlineRule,
]);
