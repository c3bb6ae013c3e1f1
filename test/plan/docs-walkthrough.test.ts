/**
 * The walkthrough of docs/testing-your-plan.md (and .zh.md), run as it is printed there, with
 * imports from src instead of 'shuangsuiji'. Keep the two in step.
 */
import { describe, it, expect } from 'vitest';
import {
  builtinPlanRules,
  countPlanPools,
  defineRule,
  definePolicy,
  describeRules,
  generateDirectory,
  issueDeadline,
  longwan2023SamplePlan,
  replaceItem,
  validatePlan,
  zhejiang2023,
  zhejiang2023Catalogue,
  type AnnualPlan,
} from '../../src/index.js';
import { chinaCalendar, createCalendar } from '../../src/calendar/index.js';

// plan/2023-plan.ts in the docs
const plan: AnnualPlan = longwan2023SamplePlan;

const { subjects: directory } = generateDirectory({ seed: 'longwan-2023-demo', size: 20_000 });
const catalogue = zhejiang2023Catalogue;
const policy = zhejiang2023;
const pools = countPlanPools(plan, directory, { catalogue, policy });
const options = { catalogue, policy, pools };

describe('1. what the library checks', () => {
  it('renders each rule from the preset', () => {
    expect(describeRules(builtinPlanRules, zhejiang2023).find((rule) => rule.id === 'plan.issue-deadline')).toEqual({
      id: 'plan.issue-deadline',
      severity: 'error',
      clause: '通知·一',
      description: '每个任务在所属月份的下发期限前下发：每月5日，遇节假日顺延至下一个工作日（通知·一）',
    });
  });
});

describe('2023 年度随机抽查计划', () => {
  it('obeys every rule of the notice', () => {
    expect(validatePlan(plan, options)).toEqual([]);
  });

  it('still meets the 30 % joint target if 区生态环境分局 withdraws from T16', () => {
    const tasks = plan.tasks.map((task) => (task.id === 'T16' ? { ...task, partnerDepartments: [] } : task));
    expect(validatePlan({ ...plan, tasks }, { ...options, only: ['plan.joint-share'] })).toEqual([]);
  });

  it('would miss it if 区商务局 withdrew from T02 and T11: 8 joint tasks of 20, but 23.6 % of the checks', () => {
    const solo = new Set(['T02', 'T11']);
    const tasks = plan.tasks.map((task) => (solo.has(task.id) ? { ...task, partnerDepartments: [] } : task));
    expect(validatePlan({ ...plan, tasks }, options)).toEqual([
      {
        ruleId: 'plan.joint-share',
        severity: 'error',
        clause: '通知·三',
        message:
          '部门联合随机抽查率（估算）23.6%（约 194/823 次），低于 30%：联合任务 8 个预计 194 次检查，随机抽查预计共 823 次；' +
          '按检查次数而非任务个数计算，估算未计入合并实施使同户其他任务一并成为联合检查的情形，为下限',
        data: { value: 194 / 823, target: 0.3, joint: 194, total: 823, jointTasks: ['T03', 'T06', 'T08', 'T09', 'T13', 'T14', 'T16', 'T17'], estimate: true },
      },
    ]);
  });

  it('tolerates known warnings but no errors', () => {
    expect(validatePlan(plan, options).filter((finding) => finding.severity === 'error')).toEqual([]);
  });

  it('issues October’s tasks by the 7th (the 5th is in the National Day holiday)', () => {
    expect(issueDeadline(2023, 10, { policy: zhejiang2023 })).toBe('2023-10-07');
    const october = plan.tasks.filter((task) => task.month === 10);
    expect(october.every((task) => task.issuedOn !== undefined && task.issuedOn <= '2023-10-07')).toBe(true);
  });

  it('rejects a malformed plan with the path of the bad field, and a call without a policy', () => {
    const bad = { ...plan, tasks: [{ ...plan.tasks[0], month: 13 }] };
    expect(() => validatePlan(bad, options)).toThrow(expect.objectContaining({ code: 'INVALID_PLAN', path: ['tasks', 0, 'month'] }));
    expect(() => validatePlan(plan, { catalogue } as never)).toThrow(expect.objectContaining({ code: 'MISSING_ARGUMENT', path: ['options', 'policy'] }));
  });

  it('issues tasks by the preset\'s day: 5 March 2023 is a Sunday, 2024-10-05 in the holiday', () => {
    expect(issueDeadline(2023, 3, { policy: zhejiang2023 })).toBe('2023-03-06');
    expect(issueDeadline(2024, 10, { policy: zhejiang2023 })).toBe('2024-10-08');
  });
});

describe('our own rule, policy, catalogue and calendar', () => {
  const dueAfterIssue = defineRule({
    id: 'local.due-after-issue',
    clause: '本局工作细则',
    severity: 'error',
    description: '任务的完成日期不早于下发日期',
    check: ({ plan }) =>
      plan.tasks
        .filter((task) => task.issuedOn !== undefined && task.dueOn !== undefined && task.dueOn < task.issuedOn)
        .map((task) => ({ message: `任务 ${task.id} 的完成日期早于下发日期`, tasks: [task.id] })),
  });
  const rules = [...builtinPlanRules, dueAfterIssue];

  it('runs our rule beside the notice’s', () => {
    expect(validatePlan(plan, { ...options, rules })).toEqual([]);
    const tasks = plan.tasks.map((task) => (task.id === 'T01' ? { ...task, dueOn: '2023-02-28' } : task));
    expect(validatePlan({ ...plan, tasks }, { ...options, rules }).map((f) => f.message)).toEqual(['任务 T01 的完成日期早于下发日期']);
  });

  it('meets a stricter provincial target of 35 %', () => {
    const policy = definePolicy(
      { jointShare: 0.35, sources: { jointShare: '本省2023年度通知：联合抽查率35%以上' } },
      zhejiang2023,
    );
    expect(validatePlan(plan, { ...options, policy })).toEqual([]);
  });

  it('fills a placeholder general item from 附件1', () => {
    const catalogue = replaceItem(zhejiang2023Catalogue, 'A102', {
      code: 'A102',
      name: '通用检查事项（依附件1填写的事项名称）',
      category: 'general',
      leadDepartment: '信用监管科',
      targetKinds: ['enterprise', 'individual', 'cooperative'],
      basis: '（依附件1填写）',
      source: '附件1',
    });
    expect(validatePlan(plan, { ...options, catalogue })).toEqual([]);
  });

  it('follows a local day off', () => {
    const calendar = createCalendar({ base: chinaCalendar, holidays: ['2023-03-06'] });
    expect(issueDeadline(2023, 3, { policy: zhejiang2023, calendar })).toBe('2023-03-07');
    expect(validatePlan(plan, { ...options, calendar })).toEqual([]);
  });
});
