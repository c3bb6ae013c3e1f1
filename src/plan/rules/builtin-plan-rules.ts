import type { Rule } from '../rule.js';
import type { PlanRuleContext } from '../plan-rule-context.js';
import { completionDeadlineRule } from './completion-deadline.js';
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
 * The built-in rules of an annual plan (年度计划内置规则), each enforcing one clause of the 2023 notice.
 * {@link validatePlan} runs them all; pass `[...builtinPlanRules, yourRule]` to {@link evaluateRules}
 * to add a province's own.
 *
 * | id | clause | checks |
 * | --- | --- | --- |
 * | `plan.duplicate-task-ids` | 通知·一 | task ids are unique |
 * | `plan.task-year` | 通知·一 | issue/due dates in the plan's year |
 * | `plan.reference-year` | 通知·一 | catalogue and policy of the plan's year (warning) |
 * | `plan.unknown-items` | 通知·一 | item codes are in the catalogue |
 * | `plan.item-coverage` | 通知·一 | 抽查事项覆盖率 ≥ itemCoverage; placeholders warned |
 * | `plan.general-items` | 通知·一 | every general item in every random task |
 * | `plan.general-item-count` | 通知·一 | catalogue has generalItemCount general items (warning) |
 * | `plan.issue-deadline` | 通知·一 | issued by the 5th (next working day) |
 * | `plan.merge-groups` | 通知·一 | merge groups in one month, ≥ 2 tasks |
 * | `plan.risk-allocation` | 通知·二 | random tasks apply credit-risk classes |
 * | `plan.joint-share` | 通知·三 | joint random tasks ≥ jointShare |
 * | `plan.completion-deadline` | 通知·四 | months and due dates by 31 October |
 *
 * @example
 * ```ts
 * builtinPlanRules.map((rule) => rule.id).includes('plan.joint-share'); //=> true
 * builtinPlanRules.find((rule) => rule.id === 'plan.joint-share')?.clause; //=> '通知·三'
 * ```
 */
export const builtinPlanRules: readonly Rule<PlanRuleContext>[] = Object.freeze([
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
  jointShareRule,
  completionDeadlineRule,
]);
