/**
 * The walkthrough of docs/testing-your-plan.md (and .zh.md), run as it is printed there, with
 * imports from src instead of 'shuangsuiji'. Keep the two in step.
 */
import { describe, it, expect } from 'vitest';
import {
  builtinPlanRules,
  defineRule,
  definePolicy,
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

const options = { catalogue: zhejiang2023Catalogue, policy: zhejiang2023 };

describe('2023 年度随机抽查计划', () => {
  it('obeys every rule of the notice', () => {
    expect(validatePlan(plan, options)).toEqual([]);
  });

  it('still meets the 30 % joint target if 区生态环境分局 withdraws from T16', () => {
    const tasks = plan.tasks.map((task) => (task.id === 'T16' ? { ...task, partnerDepartments: [] } : task));
    expect(validatePlan({ ...plan, tasks }, { ...options, only: ['plan.joint-share'] })).toEqual([]);
  });

  it('would miss it if three joint tasks went solo', () => {
    const solo = new Set(['T13', 'T14', 'T16']);
    const tasks = plan.tasks.map((task) => (solo.has(task.id) ? { ...task, partnerDepartments: [] } : task));
    expect(validatePlan({ ...plan, tasks }, options)).toEqual([
      {
        ruleId: 'plan.joint-share',
        severity: 'error',
        clause: '通知·三',
        message: '部门联合抽查任务占比 25%（5/20），低于 30%',
        data: { value: 0.25, target: 0.3, joint: 5, total: 20 },
      },
    ]);
  });

  it('issues October’s tasks by the 7th (the 5th is in the National Day holiday)', () => {
    expect(issueDeadline(2023, 10)).toBe('2023-10-07');
    const october = plan.tasks.filter((task) => task.month === 10);
    expect(october.every((task) => task.issuedOn !== undefined && task.issuedOn <= '2023-10-07')).toBe(true);
  });

  it('rejects a malformed plan with the path of the bad field', () => {
    const bad = { ...plan, tasks: [{ ...plan.tasks[0], month: 13 }] };
    expect(() => validatePlan(bad, options)).toThrow(expect.objectContaining({ code: 'INVALID_PLAN', path: ['tasks', 0, 'month'] }));
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
    const policy = definePolicy({ jointShare: 0.35, sources: { jointShare: '本省2023年度通知：联合抽查率35%以上' } });
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
    expect(issueDeadline(2023, 3, { calendar })).toBe('2023-03-07');
    expect(validatePlan(plan, { ...options, calendar })).toEqual([]);
  });
});
