import { describe, it, expect } from 'vitest';
import { taskYearRule } from '../../../src/plan/index.js';
import { runRule, samplePlan, withTask } from '../fixtures.js';

describe('plan.task-year (通知·一)', () => {
  it('passes the sample plan, every date in 2023', () => {
    expect(runRule(taskYearRule, samplePlan())).toEqual([]);
  });

  it('reports a due date in the next year', () => {
    const plan = withTask('T01', (task) => (task.dueOn = '2024-01-15'));
    expect(runRule(taskYearRule, plan)).toEqual([
      {
        ruleId: 'plan.task-year',
        severity: 'error',
        clause: '年度计划',
        message: '任务 T01 的完成日期 2024-01-15 不在计划年度 2023 年内',
        tasks: ['T01'],
        data: { field: 'dueOn', date: '2024-01-15', year: 2023 },
      },
    ]);
  });

  it('reports an issue date in the previous year and a due date in the next, separately', () => {
    const plan = withTask('T01', (task) => {
      task.issuedOn = '2022-12-30';
      task.dueOn = '2024-01-15';
    });
    // same rule and task: sorted by message, '下发日期' (下 U+4E0B) before '完成日期' (完 U+5B8C)
    expect(runRule(taskYearRule, plan).map((f) => f.data?.['field'])).toEqual(['issuedOn', 'dueOn']);
  });

  it('ignores tasks without dates', () => {
    const plan = withTask('T01', (task) => {
      delete task.issuedOn;
      delete task.dueOn;
    });
    expect(runRule(taskYearRule, plan)).toEqual([]);
  });
});
