import { arrayArgument, checkBounded, describeValue, shownText } from '../core/_internal/boundary.js';
import { ShuangsuijiError } from '../core/errors.js';
import { SeveritySchema, sortFindings, type Finding } from '../core/finding.js';
import type { Policy } from '../policy/policy-schema.js';
import { renderRuleText, type Rule, type RuleFindingInput } from './rule.js';

/**
 * Options of {@link evaluateRules}.
 *
 * @example
 * ```ts
 * const options: EvaluateRulesOptions = { only: ['plan.joint-share', 'plan.item-coverage'] };
 * const context = createPlanRuleContext(longwan2023SamplePlan, { catalogue: zhejiang2023Catalogue, policy: zhejiang2023 });
 * evaluateRules(builtinPlanRules, context, options).map((finding) => [finding.ruleId, finding.severity]);
 * //=> [['plan.joint-share', 'warning']] (without pools the joint share, counted in checks, cannot be estimated)
 * ```
 */
export interface EvaluateRulesOptions {
  /** Run only the rules with these ids (运行部分规则). Unknown ids are an error. */
  readonly only?: readonly string[] | undefined;
}

/** Id of the finding reported when a rule throws or returns something that is not findings. */
const RULE_FAILED = 'engine.rule-failed';

/**
 * Runs rules on a context and returns their findings, sorted deterministically with
 * {@link sortFindings} (运行规则). Each finding gets the rule's id, and the rule's severity and
 * clause unless it sets its own; a clause that is a function of the policy is rendered with the
 * context's `policy`.
 *
 * A rule that throws, or returns anything but an array of findings, is a bug in that rule: it is
 * reported as one finding `{ ruleId: 'engine.rule-failed', severity: 'error' }` naming the rule and
 * the error (in `data.rule` and `data.error`), and the other rules still run — so one faulty custom
 * rule cannot hide the findings of the rest.
 *
 * @typeParam C - what the rules check
 * @param rules - the rules, e.g. `[...builtinPlanRules, myRule]`
 * @param context - what they check, e.g. from {@link createPlanRuleContext}
 * @param options - `only`: ids of the rules to run
 * @returns the findings, `[]` when every rule holds
 * @throws {ShuangsuijiError} `INVALID_INPUT` when `rules` is not an array of rules (path `['rules', i]`),
 *   `DUPLICATE_ID` when two rules share an id (path `['rules', i, 'id']`), `UNKNOWN_REFERENCE` when
 *   `only` names a rule that is not given (path `['options', 'only', j]`)
 *
 * @example
 * ```ts
 * // pools: as in the countPlanPools example
 * const context = createPlanRuleContext(longwan2023SamplePlan, { catalogue: zhejiang2023Catalogue, policy: zhejiang2023, pools });
 * evaluateRules(builtinPlanRules, context); //=> []
 * const strict = defineRule({
 *   id: 'local.joint-three-quarters', clause: '本局规定', severity: 'warning', description: '联合抽查任务占四分之三以上',
 *   check: ({ plan }) => (plan.tasks.filter((t) => t.partnerDepartments.length > 0).length * 4 >= plan.tasks.length * 3 ? [] : [{ message: '联合抽查任务不足四分之三' }]),
 * });
 * evaluateRules([...builtinPlanRules, strict], context, { only: ['local.joint-three-quarters'] }).map((f) => f.ruleId); //=> ['local.joint-three-quarters'] (10 of the 20 tasks are joint)
 * ```
 */
export function evaluateRules<C>(rules: readonly Rule<C>[], context: C, options: EvaluateRulesOptions = {}): Finding[] {
  if (!Array.isArray(rules)) throw new ShuangsuijiError('INVALID_INPUT', '规则应为数组', { path: ['rules'] });
  arrayArgument(rules, { label: '规则', path: ['rules'] });
  const seen = new Set<string>();
  rules.forEach((rule: unknown, index) => {
    const candidate = rule as Partial<Rule<C>> | null;
    if (candidate === null || typeof candidate !== 'object' || typeof candidate.id !== 'string' || typeof candidate.check !== 'function') {
      throw new ShuangsuijiError('INVALID_INPUT', `第 ${index + 1} 条规则无效：应使用 defineRule 定义`, { path: ['rules', index] });
    }
    if (seen.has(candidate.id)) {
      throw new ShuangsuijiError('DUPLICATE_ID', `规则编号 ${candidate.id} 重复`, { path: ['rules', index, 'id'], details: { id: candidate.id } });
    }
    seen.add(candidate.id);
  });
  if (options === null || typeof options !== 'object') throw new ShuangsuijiError('INVALID_INPUT', '选项无效：应为对象', { path: ['options'] });
  const only = options.only;
  if (only !== undefined) {
    if (!Array.isArray(only)) throw new ShuangsuijiError('INVALID_INPUT', 'only 应为规则编号数组', { path: ['options', 'only'] });
    arrayArgument(only, { label: '选项', path: ['options', 'only'] });
    only.forEach((id, index) => {
      if (!seen.has(id)) {
        throw new ShuangsuijiError('UNKNOWN_REFERENCE', `规则 ${typeof id === 'string' ? shownText(id) : describeValue(id)} 不存在`, { path: ['options', 'only', index], details: { id } });
      }
    });
  }
  const selected = only === undefined ? rules : rules.filter((rule) => only.includes(rule.id));
  const policy = (context as { readonly policy?: Policy } | null)?.policy;
  return sortFindings(selected.flatMap((rule) => runRule(rule, context, policy)));
}

function runRule<C>(rule: Rule<C>, context: C, policy: Policy | undefined): Finding[] {
  let raw: unknown;
  let clause: string;
  try {
    clause = ruleClause(rule, policy);
    raw = rule.check(context);
  } catch (error) {
    return [failure(rule, describeThrown(error), policy)];
  }
  if (!Array.isArray(raw)) return [failure(rule, 'check 的返回值不是数组', policy)];
  const findings: Finding[] = [];
  for (const [index, item] of (raw as unknown[]).entries()) {
    const finding = complete(rule, item, clause);
    if (finding === undefined) return [failure(rule, `check 返回的第 ${index + 1} 项不是有效的发现`, policy)];
    findings.push(finding);
  }
  return findings;
}

function ruleClause<C>(rule: Rule<C>, policy: Policy | undefined): string {
  if (typeof rule.clause === 'string') return rule.clause;
  if (policy === undefined) throw new Error('规则条款取决于政策参数，但上下文中没有 policy');
  return renderRuleText(rule.clause, policy);
}

function complete<C>(rule: Rule<C>, item: unknown, ruleClause: string): Finding | undefined {
  if (item === null || typeof item !== 'object') return undefined;
  try {
    checkBounded(item, '检查发现'); // a cyclic, too deep or sparse finding is not a finding
  } catch (error) {
    if (error instanceof ShuangsuijiError) return undefined;
    throw error;
  }
  const input = item as RuleFindingInput;
  const severity = input.severity ?? rule.severity;
  const clause = input.clause ?? ruleClause;
  if (typeof input.message !== 'string' || input.message.length === 0) return undefined;
  if (!SeveritySchema.safeParse(severity).success || typeof clause !== 'string') return undefined;
  const finding: Finding = { ruleId: rule.id, severity, message: input.message, clause };
  if (input.tasks !== undefined) {
    if (!isStringArray(input.tasks)) return undefined;
    finding.tasks = [...input.tasks];
  }
  if (input.subjects !== undefined) {
    if (!isStringArray(input.subjects)) return undefined;
    finding.subjects = [...input.subjects];
  }
  if (input.data !== undefined) {
    if (input.data === null || typeof input.data !== 'object' || Array.isArray(input.data)) return undefined;
    finding.data = { ...input.data };
  }
  return finding;
}

/** What a rule's check threw, for the engine's finding: its message, never `String()` of it. */
function describeThrown(error: unknown): string {
  if (error instanceof Error) {
    const message: unknown = error.message;
    return typeof message === 'string' ? shownText(message) : describeValue(error);
  }
  return describeValue(error);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((entry) => typeof entry === 'string');
}

function failure<C>(rule: Rule<C>, error: string, policy: Policy | undefined): Finding {
  let clause = '';
  try {
    clause = ruleClause(rule, policy);
  } catch {
    // the clause cannot be rendered either; the failure is reported without it
  }
  return {
    ruleId: RULE_FAILED,
    severity: 'error',
    message: `规则 ${rule.id} 执行失败：${error}`,
    clause,
    data: { rule: rule.id, error },
  };
}
