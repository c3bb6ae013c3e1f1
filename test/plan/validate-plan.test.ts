import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { validatePlan, builtinPlanRules, defineRule, type AnnualPlan, type PlanRuleContext } from '../../src/plan/index.js';
import { zhejiang2023 } from '../../src/presets/index.js';
import { ShuangsuijiError } from '../../src/core/index.js';
import { noticeOptions, samplePlan, withTask } from './fixtures.js';
import { errorOf } from '../support/error-of.js';


/** The sample plan with one task changed through an untyped view (for bad input). */
function badTask(change: (task: Record<string, unknown>) => void): unknown {
  const plan = samplePlan() as unknown as { tasks: Record<string, unknown>[] };
  change(plan.tasks[0]!);
  return plan;
}

/** A plan that breaks one rule of each clause (no duplicate ids, whose positions depend on order). */
function brokenPlan(): AnnualPlan {
  let plan = withTask('T01', (task) => (task.itemCodes = task.itemCodes.filter((code) => code !== 'A100')));
  plan = withTask('T02', (task) => (task.month = 4), plan);
  plan = withTask('T05', (task) => (task.sampling.riskAllocation = false), plan);
  plan = withTask('T07', (task) => task.itemCodes.push('Z01'), plan);
  plan = withTask('T19', (task) => (task.dueOn = '2023-11-15'), plan);
  plan = withTask('T20', (task) => (task.issuedOn = '2023-10-09'), plan);
  for (const task of plan.tasks.slice(0, 16)) task.partnerDepartments = [];
  return plan;
}

describe('validatePlan', () => {
  it('gives [] for the sample plan built from the notice', () => {
    expect(validatePlan(samplePlan(), noticeOptions)).toEqual([]);
  });

  it('reports one finding per breach, each with its rule and clause, in a fixed order', () => {
    expect(validatePlan(brokenPlan(), noticeOptions).map((f) => [f.ruleId, f.clause, f.severity, f.tasks?.[0] ?? ''])).toEqual([
      ['plan.completion-deadline', '通知·四', 'error', 'T19'],
      ['plan.general-items', '通知·一', 'error', 'T01'],
      ['plan.issue-deadline', '通知·一', 'error', 'T20'],
      // T02 issued 2023-03-01 for April is early, not late
      ['plan.joint-share', '通知·三', 'error', ''],
      ['plan.merge-groups', '通知·一', 'error', 'T01'],
      ['plan.risk-allocation', '通知·二', 'error', 'T05'],
      ['plan.unknown-items', '抽查事项清单', 'error', 'T07'],
    ]);
  });

  it('gives the same findings whatever the order of the tasks', () => {
    const plan = brokenPlan();
    const expected = validatePlan(plan, noticeOptions);
    fc.assert(
      fc.property(fc.shuffledSubarray(plan.tasks, { minLength: plan.tasks.length, maxLength: plan.tasks.length }), (tasks) => {
        expect(validatePlan({ ...plan, tasks }, noticeOptions)).toEqual(expected);
      }),
      { numRuns: 30 },
    );
  });

  it('does not mutate the plan', () => {
    const plan = brokenPlan();
    const before = structuredClone(plan);
    validatePlan(plan, noticeOptions);
    expect(plan).toEqual(before);
  });

  it('accepts custom rules and a subset', () => {
    const small = defineRule<PlanRuleContext>({
      id: 'local.max-tasks',
      clause: '本局规定',
      severity: 'warning',
      description: '任务不超过15个',
      check: ({ plan }) => (plan.tasks.length <= 15 ? [] : [{ message: `任务 ${plan.tasks.length} 个，超过 15 个` }]),
    });
    expect(validatePlan(samplePlan(), { ...noticeOptions, rules: [...builtinPlanRules, small] }).map((f) => f.ruleId)).toEqual(['local.max-tasks']);
    expect(validatePlan(brokenPlan(), { ...noticeOptions, only: ['plan.joint-share'] }).map((f) => f.ruleId)).toEqual(['plan.joint-share']);
  });

  describe('bad input throws ShuangsuijiError with a code and the path', () => {
    it.each<[string, (task: Record<string, unknown>) => void, string, PropertyKey[]]>([
      ['month 13', (t) => (t['month'] = 13), 'INVALID_PLAN', ['tasks', 0, 'month']],
      ['month 0', (t) => (t['month'] = 0), 'INVALID_PLAN', ['tasks', 0, 'month']],
      ['ratio 1.5', (t) => (t['sampling'] = { ratio: 1.5 }), 'INVALID_PLAN', ['tasks', 0, 'sampling', 'ratio']],
      ['ratio 0', (t) => (t['sampling'] = { ratio: 0 }), 'INVALID_PLAN', ['tasks', 0, 'sampling', 'ratio']],
      ['negative count', (t) => (t['sampling'] = { count: -1 }), 'INVALID_PLAN', ['tasks', 0, 'sampling', 'count']],
      ['both ratio and count', (t) => (t['sampling'] = { ratio: 0.1, count: 5 }), 'INVALID_PLAN', ['tasks', 0, 'sampling', 'ratio']],
      ['neither ratio nor count', (t) => (t['sampling'] = {}), 'INVALID_PLAN', ['tasks', 0, 'sampling', 'ratio']],
      ['an unknown task kind', (t) => (t['kind'] = 'targeted'), 'INVALID_PLAN', ['tasks', 0, 'kind']],
      ['a department that is not a string', (t) => (t['leadDepartment'] = 42), 'INVALID_PLAN', ['tasks', 0, 'leadDepartment']],
      ['an empty partner department', (t) => (t['partnerDepartments'] = ['']), 'INVALID_PLAN', ['tasks', 0, 'partnerDepartments', 0]],
      ['an unknown subject kind in the pool', (t) => (t['pool'] = { kinds: ['company'] }), 'INVALID_PLAN', ['tasks', 0, 'pool', 'kinds', 0]],
      ['no item codes', (t) => (t['itemCodes'] = []), 'INVALID_PLAN', ['tasks', 0, 'itemCodes']],
      ['random as a string', (t) => (t['random'] = 'yes'), 'INVALID_PLAN', ['tasks', 0, 'random']],
      ['a misspelt field', (t) => (t['mergegroup'] = 'x'), 'INVALID_PLAN', ['tasks', 0, 'mergegroup']],
      ['an unknown pool field', (t) => (t['pool'] = { tag: ['catering'] }), 'INVALID_PLAN', ['tasks', 0, 'pool', 'tag']],
      ['an unknown sampling field', (t) => (t['sampling'] = { ratio: 0.1, riskallocation: false }), 'INVALID_PLAN', ['tasks', 0, 'sampling', 'riskallocation']],
      ['an impossible issue date', (t) => (t['issuedOn'] = '2023-02-30'), 'INVALID_DATE', ['tasks', 0, 'issuedOn']],
    ])('%s', (_label, change, code, path) => {
      const error = errorOf(() => validatePlan(badTask(change), noticeOptions));
      expect(error).toMatchObject({ code, path });
      expect(error.message).toMatch(/[\u4e00-\u9fff]/);
    });

    it('a plan that is not an object, or has an unknown top-level field', () => {
      expect(errorOf(() => validatePlan(null, noticeOptions))).toMatchObject({ code: 'INVALID_PLAN', path: [] });
      expect(errorOf(() => validatePlan({ ...samplePlan(), remark: '草稿' }, noticeOptions))).toMatchObject({ code: 'INVALID_PLAN', path: ['remark'] });
      expect(errorOf(() => validatePlan({ ...samplePlan(), year: 23 }, noticeOptions))).toMatchObject({ code: 'INVALID_PLAN', path: ['year'] });
    });

    it('bad options', () => {
      expect(errorOf(() => validatePlan(samplePlan(), undefined as never))).toMatchObject({ code: 'INVALID_INPUT', path: ['options'] });
      expect(errorOf(() => validatePlan(samplePlan(), { ...noticeOptions, catalogue: { items: [] } as never }))).toMatchObject({
        code: 'INVALID_CATALOGUE',
        path: ['options', 'catalogue'],
      });
      expect(errorOf(() => validatePlan(samplePlan(), { ...noticeOptions, policy: { ...zhejiang2023, jointShare: 1.5 } }))).toMatchObject({
        code: 'INVALID_POLICY',
        path: ['options', 'policy', 'jointShare'],
      });
      expect(errorOf(() => validatePlan(samplePlan(), { catalogue: noticeOptions.catalogue } as never))).toMatchObject({
        code: 'MISSING_ARGUMENT',
        path: ['options', 'policy'],
      });
      expect(errorOf(() => validatePlan(samplePlan(), { ...noticeOptions, calendar: {} as never }))).toMatchObject({
        code: 'INVALID_INPUT',
        path: ['options', 'calendar'],
      });
    });
  });
});
