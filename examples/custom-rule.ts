/**
 * A province's own rules beside the built-in ones (自定义规则): rules are values made with
 * defineRule, run with validatePlan({ rules }) or evaluateRules. A rule sees the parsed plan,
 * catalogue, policy and calendar and returns findings; it never throws on a violation.
 *
 *   npx tsx examples/custom-rule.ts
 */
import {
  builtinPlanRules,
  createPlanRuleContext,
  defineRule,
  evaluateRules,
  filterPool,
  generateDirectory,
  isJointTask,
  longwan2023SamplePlan,
  validatePlan,
  zhejiang2023,
  zhejiang2023Catalogue,
  type Finding,
  type PlanRuleContext,
  type Rule,
} from '../src/index.js';

const options = { catalogue: zhejiang2023Catalogue, policy: zhejiang2023 };

// Rule 1 — "第四季度的任务一律部门联合实施": every task issued in October–December is joint.
const jointInQ4 = defineRule({
  id: 'local.q4-joint',
  clause: '本省补充规定·一',
  severity: 'error',
  description: '第四季度（10–12月）下发的随机抽查任务应部门联合实施',
  check: ({ plan }) =>
    plan.tasks
      .filter((task) => task.random && task.month >= 10 && !isJointTask(task))
      .map((task) => ({ message: `任务 ${task.id}（${task.month}月）未安排联合部门`, tasks: [task.id] })),
});

// Rule 2 — "单个任务抽取不超过500户": a rule may close over data, here the pool size of each task in
// the directory, so that a ratio can be turned into a number of subjects before the year starts.
function maxSampleRule(limit: number, poolSizes: ReadonlyMap<string, number>): Rule<PlanRuleContext> {
  return defineRule({
    id: 'local.max-sample',
    clause: '本省补充规定·二',
    severity: 'warning',
    description: `单个任务抽取的检查对象不超过 ${limit} 户`,
    check: ({ plan }) =>
      plan.tasks.flatMap((task) => {
        const poolSize = poolSizes.get(task.id) ?? 0;
        const planned = task.sampling.count ?? Math.ceil(poolSize * (task.sampling.ratio ?? 0));
        return planned > limit
          ? [{ message: `任务 ${task.id} 预计抽取约 ${planned} 户（范围 ${poolSize} 户），超过 ${limit} 户`, tasks: [task.id], data: { planned, limit } }]
          : [];
      }),
  });
}

const { subjects } = generateDirectory({ seed: 'longwan-2023-demo', size: 100_000 });
const poolSizes = new Map(longwan2023SamplePlan.tasks.map((task) => [task.id, [...filterPool(subjects, task.pool)].length]));
const rules = [...builtinPlanRules, jointInQ4, maxSampleRule(500, poolSizes)];

const print = (title: string, findings: readonly Finding[]): void => {
  console.log(`\n${title}: ${findings.length} finding(s)`);
  for (const f of findings) console.log(`  ${f.severity.padEnd(7)} ${f.ruleId.padEnd(18)} ${f.clause}  ${f.message}`);
};

print('built-in rules only (validatePlan)', validatePlan(longwan2023SamplePlan, options));
print('built-in + the province’s two rules', validatePlan(longwan2023SamplePlan, { ...options, rules }));

// Fix the plan: T20 is carried out with 区司法局, and T12 draws a fixed 500 subjects.
const fixed = {
  ...longwan2023SamplePlan,
  tasks: longwan2023SamplePlan.tasks.map((task) =>
    task.id === 'T20' ? { ...task, partnerDepartments: ['区司法局'] } : task.id === 'T12' ? { ...task, sampling: { count: 500, riskAllocation: true } } : task,
  ),
};
const context = createPlanRuleContext(fixed, options);
print('after the fix, the local rules only (evaluateRules with only)', evaluateRules(rules, context, { only: ['local.q4-joint', 'local.max-sample'] }));
print('after the fix, every rule', evaluateRules(rules, context));

// A rule with a bug does not hide the others: it becomes one engine.rule-failed finding.
const buggy = defineRule({
  id: 'local.buggy',
  clause: '示例',
  severity: 'error',
  description: '一条出错的规则',
  check: () => {
    throw new Error('数据源不可用');
  },
});
print('with a faulty rule', evaluateRules([...rules, buggy], context));
