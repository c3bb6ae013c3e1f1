import { describe, it, expect } from 'vitest';
import { issueDeadlineRule, type AnnualPlan } from '../../../src/plan/index.js';
import { definePolicy } from '../../../src/policy/index.js';
import { createCalendar, chinaCalendar } from '../../../src/calendar/index.js';
import { GENERAL, runRule, samplePlan, withTask } from '../fixtures.js';
import { zhejiang2023 } from '../../../src/presets/index.js';

describe('plan.issue-deadline (通知·一 每月5日前下发，遇节假日适当延期)', () => {
  it('passes the sample plan; T20 is issued on the deferred October deadline, Saturday 2023-10-07', () => {
    expect(runRule(issueDeadlineRule, samplePlan())).toEqual([]);
  });

  it('reports a task issued after its month’s deadline', () => {
    const plan = withTask('T20', (task) => (task.issuedOn = '2023-10-09'));
    expect(runRule(issueDeadlineRule, plan)).toEqual([
      {
        ruleId: 'plan.issue-deadline',
        severity: 'error',
        clause: '通知·一',
        message: '任务 T20 于 2023-10-09 下发，晚于 10 月的下发期限 2023-10-07',
        tasks: ['T20'],
        data: { issuedOn: '2023-10-09', deadline: '2023-10-07', month: 10 },
      },
    ]);
  });

  it('accepts 2023-03-06 for March (5 March is a Sunday) but not 2023-03-07', () => {
    expect(runRule(issueDeadlineRule, withTask('T01', (task) => (task.issuedOn = '2023-03-06')))).toEqual([]);
    expect(runRule(issueDeadlineRule, withTask('T01', (task) => (task.issuedOn = '2023-03-07'))).map((f) => f.tasks)).toEqual([['T01']]);
  });

  it('uses the 5th itself when the policy does not defer', () => {
    const policy = definePolicy({ issueDeferral: 'none' }, zhejiang2023);
    expect(runRule(issueDeadlineRule, samplePlan(), { policy }).map((f) => f.message)).toEqual([
      // T04, T05 issued 2023-03-06 > 2023-03-05; T16 2023-08-07 > 2023-08-05; T20 2023-10-07 > 2023-10-05
      '任务 T04 于 2023-03-06 下发，晚于 3 月的下发期限 2023-03-05',
      '任务 T05 于 2023-03-06 下发，晚于 3 月的下发期限 2023-03-05',
      '任务 T16 于 2023-08-07 下发，晚于 8 月的下发期限 2023-08-05',
      '任务 T20 于 2023-10-07 下发，晚于 10 月的下发期限 2023-10-05',
    ]);
  });

  it('uses the calendar given: a local day off on 2023-03-06 moves March’s deadline to 03-07', () => {
    const calendar = createCalendar({ base: chinaCalendar, holidays: ['2023-03-06'] });
    const plan = withTask('T01', (task) => (task.issuedOn = '2023-03-07'));
    expect(runRule(issueDeadlineRule, plan, { calendar })).toEqual([]);
  });

  it('warns once when the calendar does not cover the plan’s year, and checks nothing there', () => {
    const plan: AnnualPlan = {
      year: 2030,
      unit: '某局',
      tasks: [4, 3, 3].map((month, index) => ({
        id: `T${index}`,
        name: '任务',
        month,
        leadDepartment: '信用监管科',
        partnerDepartments: [],
        itemCodes: GENERAL,
        kind: 'directed',
        random: true,
        pool: { statuses: ['operating'] },
        sampling: { ratio: 0.1, riskAllocation: true },
        issuedOn: `2030-0${month}-20`,
      })),
    };
    expect(runRule(issueDeadlineRule, plan)).toEqual([
      {
        ruleId: 'plan.issue-deadline',
        severity: 'warning',
        clause: '通知·一',
        message: '工作日历未覆盖 2030 年 3、4 月的下发期限，无法核对这些月份任务的下发日期',
        data: { year: 2030, months: [3, 4] },
      },
    ]);
  });

  it('ignores tasks without an issue date', () => {
    const plan = withTask('T20', (task) => delete task.issuedOn);
    expect(runRule(issueDeadlineRule, plan)).toEqual([]);
  });
});
