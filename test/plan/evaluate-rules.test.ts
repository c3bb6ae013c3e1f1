import { describe, it, expect } from 'vitest';
import {
  builtinPlanRules,
  createPlanRuleContext,
  defineRule,
  evaluateRules,
  jointShareRule,
  type PlanRuleContext,
} from '../../src/plan/index.js';
import { ShuangsuijiError } from '../../src/core/index.js';
import { noticeOptions, samplePlan } from './fixtures.js';
import { errorOf } from '../support/error-of.js';

const context = createPlanRuleContext(samplePlan(), noticeOptions);

const minTasks = (min: number) =>
  defineRule<PlanRuleContext>({
    id: 'local.min-tasks',
    clause: '本局规定',
    severity: 'warning',
    description: `年度计划至少安排${min}个任务`,
    check: ({ plan }) => (plan.tasks.length >= min ? [] : [{ message: `只有 ${plan.tasks.length} 个任务，少于 ${min} 个` }]),
  });


describe('evaluateRules', () => {
  it('gives [] when every rule holds', () => {
    expect(evaluateRules(builtinPlanRules, context)).toEqual([]);
  });

  it('runs a province’s own rule beside the built-in ones and fills ruleId, severity and clause', () => {
    expect(evaluateRules([...builtinPlanRules, minTasks(25)], context)).toEqual([
      { ruleId: 'local.min-tasks', severity: 'warning', clause: '本局规定', message: '只有 20 个任务，少于 25 个' },
    ]);
  });

  it('lets a finding set its own severity and clause, but never another rule id', () => {
    const rule = defineRule<PlanRuleContext>({
      id: 'local.x',
      clause: '本局规定',
      severity: 'warning',
      description: '示例',
      check: () => [{ ruleId: 'plan.joint-share', severity: 'info', clause: '本局规定第二条', message: '记录', tasks: ['T01'] }],
    });
    expect(evaluateRules([rule], context)).toEqual([
      { ruleId: 'local.x', severity: 'info', clause: '本局规定第二条', message: '记录', tasks: ['T01'] },
    ]);
  });

  it('runs only the rules named in `only`', () => {
    const solo = createPlanRuleContext(
      { ...samplePlan(), tasks: samplePlan().tasks.map((task) => ({ ...task, partnerDepartments: [] })) },
      noticeOptions,
    );
    expect(evaluateRules([...builtinPlanRules, minTasks(25)], solo, { only: ['plan.joint-share'] }).map((f) => f.ruleId)).toEqual([
      'plan.joint-share',
    ]);
    expect(evaluateRules([...builtinPlanRules, minTasks(25)], solo, { only: ['local.min-tasks'] }).map((f) => f.ruleId)).toEqual([
      'local.min-tasks',
    ]);
    expect(evaluateRules(builtinPlanRules, solo, { only: [] })).toEqual([]);
  });

  it('turns a rule that throws into one engine.rule-failed finding and still runs the others', () => {
    const broken = defineRule<PlanRuleContext>({
      id: 'local.broken',
      clause: '本局规定',
      severity: 'warning',
      description: '有缺陷的规则',
      check: () => {
        throw new TypeError('boom');
      },
    });
    expect(evaluateRules([broken, minTasks(25)], context)).toEqual([
      {
        ruleId: 'engine.rule-failed',
        severity: 'error',
        clause: '本局规定',
        message: '规则 local.broken 执行失败：boom',
        data: { rule: 'local.broken', error: 'boom' },
      },
      { ruleId: 'local.min-tasks', severity: 'warning', clause: '本局规定', message: '只有 20 个任务，少于 25 个' },
    ]);
  });

  it.each([
    ['not an array', () => 'oops', 'check 的返回值不是数组'],
    ['a finding without a message', () => [{ tasks: ['T01'] }], 'check 返回的第 1 项不是有效的发现'],
    ['a bad severity', () => [{ message: 'x', severity: 'fatal' }], 'check 返回的第 1 项不是有效的发现'],
    ['tasks that are not strings', () => [{ message: 'x' }, { message: 'y', tasks: [1] }], 'check 返回的第 2 项不是有效的发现'],
  ])('reports a rule returning %s as engine.rule-failed', (_label, check, error) => {
    const rule = defineRule<PlanRuleContext>({ id: 'local.bad', clause: '', severity: 'info', description: '示例', check: check as never });
    expect(evaluateRules([rule], context)).toEqual([
      { ruleId: 'engine.rule-failed', severity: 'error', clause: '', message: `规则 local.bad 执行失败：${error}`, data: { rule: 'local.bad', error } },
    ]);
  });

  it('gives rules a frozen context, so a rule cannot change what the next one sees', () => {
    const vandal = defineRule<PlanRuleContext>({
      id: 'local.vandal',
      clause: '',
      severity: 'info',
      description: '试图修改计划',
      check: ({ plan }) => {
        (plan.tasks[0]!.partnerDepartments as string[]).length = 0;
        return [];
      },
    });
    const [failure] = evaluateRules([vandal, jointShareRule], context);
    expect(failure?.ruleId).toBe('engine.rule-failed');
    expect(context.plan.tasks.filter((task) => task.partnerDepartments.length > 0)).toHaveLength(10);
  });

  it('rejects two rules with one id (DUPLICATE_ID) and an unknown id in `only` (UNKNOWN_REFERENCE)', () => {
    expect(errorOf(() => evaluateRules([jointShareRule, jointShareRule], context))).toMatchObject({ code: 'DUPLICATE_ID', path: ['rules', 1, 'id'] });
    expect(errorOf(() => evaluateRules(builtinPlanRules, context, { only: ['plan.joint-share', 'plan.jointshare'] }))).toMatchObject({
      code: 'UNKNOWN_REFERENCE',
      path: ['options', 'only', 1],
    });
  });

  it('rejects something that is not a rule with INVALID_INPUT', () => {
    expect(errorOf(() => evaluateRules('rules' as never, context))).toMatchObject({ code: 'INVALID_INPUT', path: ['rules'] });
    expect(errorOf(() => evaluateRules([jointShareRule, { id: 'x' } as never], context))).toMatchObject({ code: 'INVALID_INPUT', path: ['rules', 1] });
    expect(errorOf(() => evaluateRules(builtinPlanRules, context, { only: 'plan.joint-share' as never }))).toMatchObject({
      code: 'INVALID_INPUT',
      path: ['options', 'only'],
    });
  });
});
