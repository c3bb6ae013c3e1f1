import { z } from 'zod';
import { ShuangsuijiError } from '../core/errors.js';
import { parseInput } from '../core/parse-input.js';
import { SeveritySchema, type Finding, type Severity } from '../core/finding.js';
import type { PlanRuleContext } from './plan-rule-context.js';
import type { Policy } from '../policy/policy-schema.js';
import { requirePolicy } from '../policy/policy-field.js';

/**
 * A rule's clause or description (规则文字): a fixed string, or a function of the policy the rule
 * checks, so the text shown to a user states the numbers and the clause of *that* policy — a rule
 * list printed for a custom preset with `jointShare: 0.35` says 35 %, not the 30 % of another one.
 *
 * @example
 * ```ts
 * const text: RuleText = (policy) => `部门联合随机抽查率不低于 ${String((policy.jointShare ?? 0) * 100)}%`;
 * ```
 */
export type RuleText = string | ((policy: Policy) => string);

/**
 * Renders a rule's clause or description for a policy (规则文字渲染).
 *
 * @param text - a string, or a function of the policy
 * @param policy - the policy
 * @returns the text
 *
 * @example
 * ```ts
 * renderRuleText(jointShareRule.description, zhejiang2023).includes('30%'); //=> true
 * ```
 */
export function renderRuleText(text: RuleText, policy: Policy): string {
  if (typeof text === 'string') return text;
  if (typeof text !== 'function') throw new ShuangsuijiError('INVALID_INPUT', '规则文字应为字符串或以政策参数为参数的函数', { path: ['text'] });
  policy = requirePolicy(policy, ['policy']); // the parsed policy: defaults (e.g. sources) filled in
  const rendered: unknown = text(policy);
  if (typeof rendered !== 'string') throw new ShuangsuijiError('INVALID_INPUT', '规则文字函数应返回字符串', { path: ['text'] });
  return rendered;
}

/**
 * What a rule's `check` may return for each violation (规则发现): a {@link Finding} whose
 * `ruleId`, `severity` and `clause` may be left out — {@link evaluateRules} fills them from the
 * rule. `severity` and `clause` given here win over the rule's; `ruleId` is always the rule's id.
 *
 * @example
 * ```ts
 * // context = createPlanRuleContext(plan, { catalogue, policy })
 * const finding: RuleFindingInput = { message: '任务 T05 没有联合部门', tasks: ['T05'] };
 * const rule = defineRule({ id: 'local.t05', clause: '本局规定', severity: 'info', description: '示例', check: () => [finding] });
 * evaluateRules([rule], context); //=> [{ ruleId: 'local.t05', severity: 'info', message: '任务 T05 没有联合部门', clause: '本局规定', tasks: ['T05'] }]
 * ```
 */
export type RuleFindingInput = Omit<Finding, 'ruleId' | 'severity' | 'clause'> & {
  readonly ruleId?: string | undefined;
  readonly severity?: Severity | undefined;
  readonly clause?: string | undefined;
};

/**
 * A rule (规则): a value with an id, the clause it enforces, a default severity, a description
 * and a pure `check` that returns one finding per violation and `[]` when the rule holds.
 * Made by {@link defineRule}; run by {@link evaluateRules}.
 *
 * @typeParam C - what the rule checks, e.g. {@link PlanRuleContext}
 *
 * @example
 * ```ts
 * const rule: Rule<PlanRuleContext> = jointShareRule;
 * [rule.id, renderRuleText(rule.clause, zhejiang2023), rule.severity]; //=> ['plan.joint-share', '通知·三', 'error']
 * ```
 */
export interface Rule<C> {
  /** Stable id, e.g. `plan.joint-share` (ids starting with `engine.` are reserved). */
  readonly id: string;
  /** Clause of the source the rule enforces, e.g. `通知·三` — or a function of the policy giving it. */
  readonly clause: RuleText;
  /** Severity of the rule's findings unless a finding sets its own. */
  readonly severity: Severity;
  /** What the rule requires, in Chinese — or a function of the policy rendering it with the policy's numbers. */
  readonly description: RuleText;
  /** Returns the violations found in `context`; must not throw on a violation nor mutate `context`. */
  readonly check: (context: C) => readonly RuleFindingInput[];
}

/**
 * Schema of a rule definition (规则定义); `check` must be a function.
 *
 * @example
 * ```ts
 * RuleDefinitionSchema.safeParse({ id: 'x.y', clause: '通知·一', severity: 'error', description: '示例', check: () => [] }).success; //=> true
 * ```
 */
export const RuleDefinitionSchema = /* @__PURE__ */ (() => z.strictObject({
  id: z
    .string()
    .regex(/^[A-Za-z0-9][\w.-]*$/, '规则编号只能含字母、数字、点、连字符和下划线')
    .refine((id) => !id.startsWith('engine.'), '以 engine. 开头的编号由引擎保留'),
  clause: z.union([z.string(), z.custom<(policy: Policy) => string>((value) => typeof value === 'function', '应为字符串或函数')]),
  severity: SeveritySchema,
  description: z.union([z.string().min(1), z.custom<(policy: Policy) => string>((value) => typeof value === 'function', '应为字符串或函数')]),
  check: z.custom<(context: never) => readonly RuleFindingInput[]>((value) => typeof value === 'function', '应为函数'),
}))();

/**
 * Defines a rule (定义规则): validates the definition and returns it frozen. Use it for a
 * province's or bureau's own rule and run it beside {@link builtinPlanRules} with {@link evaluateRules}.
 *
 * @typeParam C - what the rule checks (default {@link PlanRuleContext})
 * @param definition - `{ id, clause, severity, description, check }`
 * @returns the rule
 * @throws {ShuangsuijiError} `INVALID_INPUT` with the path of the bad field (e.g. `['check']`)
 *
 * @example
 * ```ts
 * const tenTasks = defineRule({
 *   id: 'local.min-tasks',
 *   clause: '本局规定',
 *   severity: 'warning',
 *   description: '年度计划至少安排10个随机抽查任务',
 *   check: ({ plan }) => (plan.tasks.length >= 10 ? [] : [{ message: `只有 ${plan.tasks.length} 个任务` }]),
 * });
 * tenTasks.id; //=> 'local.min-tasks'
 * defineRule({ ...tenTasks, check: undefined as never }); // throws INVALID_INPUT, path ['check']
 * ```
 */
export function defineRule<C = PlanRuleContext>(definition: Rule<C>): Rule<C> {
  const parsed = parseInput(RuleDefinitionSchema, definition, 'INVALID_INPUT', '规则定义');
  const check = definition.check;
  if (typeof check !== 'function') throw new ShuangsuijiError('INVALID_INPUT', '规则定义无效：check 应为函数', { path: ['check'] });
  return Object.freeze({
    id: parsed.id,
    clause: definition.clause,
    severity: parsed.severity,
    description: definition.description,
    check,
  });
}
