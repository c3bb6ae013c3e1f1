import { describe, it, expect } from 'vitest';
import { completionDeadlineRule } from '../../../src/plan/index.js';
import { definePolicy } from '../../../src/policy/index.js';
import { runRule, samplePlan, withTask } from '../fixtures.js';
import { zhejiang2023 } from '../../../src/presets/index.js';

describe('plan.completion-deadline (通知·四 10月底前完成各项指标)', () => {
  it('passes the sample plan: last month October, last due date 2023-10-31', () => {
    expect(runRule(completionDeadlineRule, samplePlan())).toEqual([]);
  });

  it('reports a task planned for November', () => {
    const plan = withTask('T20', (task) => {
      task.month = 11;
      delete task.issuedOn;
      delete task.dueOn;
    });
    expect(runRule(completionDeadlineRule, plan)).toEqual([
      {
        ruleId: 'plan.completion-deadline',
        severity: 'error',
        clause: '通知·四',
        message: '任务 T20 安排在 11 月，晚于完成期限 2023-10-31',
        tasks: ['T20'],
        data: { month: 11, deadline: '2023-10-31' },
      },
    ]);
  });

  it('reports a task due after 31 October', () => {
    const plan = withTask('T19', (task) => (task.dueOn = '2023-11-01'));
    expect(runRule(completionDeadlineRule, plan)).toEqual([
      {
        ruleId: 'plan.completion-deadline',
        severity: 'error',
        clause: '通知·四',
        message: '任务 T19 的完成日期 2023-11-01 晚于完成期限 2023-10-31',
        tasks: ['T19'],
        data: { dueOn: '2023-11-01', deadline: '2023-10-31' },
      },
    ]);
  });

  it('reports both breaches of one task', () => {
    const plan = withTask('T20', (task) => {
      task.month = 12;
      task.dueOn = '2023-12-31';
    });
    expect(runRule(completionDeadlineRule, plan).map((f) => f.data)).toEqual([
      { month: 12, deadline: '2023-10-31' },
      { dueOn: '2023-12-31', deadline: '2023-10-31' },
    ]);
  });

  it('follows the policy’s deadline: 09-30 catches October’s task and the tasks due 10-31', () => {
    const findings = runRule(completionDeadlineRule, samplePlan(), { policy: definePolicy({ completionDeadline: '09-30' }, zhejiang2023) });
    // T20 is in October (1 finding); T15–T20 are due 2023-10-31 (6 findings)
    expect(findings).toHaveLength(7);
    expect(findings.filter((f) => f.data?.['month'] === 10).map((f) => f.tasks)).toEqual([['T20']]);
  });
});
