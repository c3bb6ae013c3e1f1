/**
 * Task publication and issue timeliness around asOf and the issue deadline (issue 19), every count
 * worked out by hand. zhejiang2023: tasks are issued by the 5th of their month, deferred to the next
 * working day. 2023-03-05 is a Sunday → the March deadline is Monday 2023-03-06.
 */
import { describe, it, expect } from 'vitest';
import { computeKpis } from '../../src/kpi/index.js';
import { createCalendar, chinaCalendar } from '../../src/calendar/index.js';
import { definePolicy } from '../../src/policy/index.js';
import { catalogue, plainCheck, policy } from './district-fixture.js';

const task = (id: string, month: number, issuedOn?: string) => ({
  id,
  name: `任务 ${id}`,
  month,
  leadDepartment: '餐饮科',
  itemCodes: ['A99'],
  sampling: { count: 5 },
  ...(issuedOn === undefined ? {} : { issuedOn }),
});

const plan = {
  year: 2023,
  unit: '龙湾区市场监督管理局',
  tasks: [
    task('TA', 3, '2023-03-06'), // issued on the deadline: in time
    task('TB', 3, '2023-03-07'), // issued the day after the deadline, on asOf: late
    task('TC', 3, '2023-03-08'), // issued after asOf: not issued yet, deadline passed: late
    task('TD', 4), // April deadline (04-05 is 清明 → 04-06) not reached
  ],
};
const taskPublications = [
  { taskId: 'TA', publishedOn: '2023-03-07' }, // on asOf: published
  { taskId: 'TB', publishedOn: '2023-03-08' }, // after asOf: not yet
];
// TC is checked on asOf, without risk application.
const records = [{ ...plainCheck('E1', 'TC', 'v1'), checkDate: '2023-03-07', riskApplied: false }];
const context = { enterprises: 100, catalogue, plan, policy, asOf: '2023-03-07', taskPublications };

const indicator = (report: ReturnType<typeof computeKpis>, id: string) => report.indicators.find((i) => i.id === id)!;

describe('task KPIs on asOf 2023-03-07', () => {
  const report = computeKpis(records, context);

  it('issue timeliness: TA in time; TB (a day late) and TC (not issued, deadline passed) late; TD not due', () => {
    expect(indicator(report, 'issueTimeliness')).toMatchObject({ numerator: 1, denominator: 3 });
    expect(report.lateTasks).toEqual(['TB', 'TC']);
  });

  it('task publication: due TA (issued), TB (issued), TC (checked); published only TA (on asOf)', () => {
    expect(report.publication).toMatchObject({ tasksDue: 3, tasksPublished: 1, unpublishedTasks: ['TB', 'TC'] });
    // No result is due yet (formed on asOf, 20 working days to publish).
    expect(indicator(report, 'publicationRate')).toMatchObject({ numerator: 1, denominator: 3 });
  });

  it('risk application counts the checked random task TC only', () => {
    expect(indicator(report, 'riskApplicationRate')).toMatchObject({ numerator: 0, denominator: 1 });
    expect(report.tasksWithoutRiskApplication).toEqual(['TC']);
  });

  it('the day before (asOf 03-06): TA issued on asOf in time; TB, TC not issued and the deadline not past', () => {
    const before = computeKpis([], { ...context, asOf: '2023-03-06' });
    expect(indicator(before, 'issueTimeliness')).toMatchObject({ numerator: 1, denominator: 1 });
    expect(before.lateTasks).toEqual([]);
    // TA issued → due; published 03-07, after asOf → unpublished.
    expect(before.publication).toMatchObject({ tasksDue: 1, tasksPublished: 0, unpublishedTasks: ['TA'] });
  });

  it('the calendar of the context decides the deadline: with 03-06 off, TB is in time', () => {
    const calendar = createCalendar({ base: chinaCalendar, holidays: ['2023-03-06'] });
    const local = computeKpis(records, { ...context, calendar });
    // Deadline 03-07 (03-05 Sunday, 03-06 off): TA and TB in time; TC not issued and 03-07 is not past.
    expect(indicator(local, 'issueTimeliness')).toMatchObject({ numerator: 2, denominator: 2 });
    expect(local.lateTasks).toEqual([]);
  });

  it('the policy of the context decides the deadline: without deferral the deadline is Sunday 03-05', () => {
    const strict = definePolicy({ issueDeferral: 'none', sources: { issueDeferral: '测试：不顺延' } }, policy);
    const report2 = computeKpis(records, { ...context, policy: strict });
    expect(indicator(report2, 'issueTimeliness')).toMatchObject({ numerator: 0, denominator: 3 });
    expect(report2.lateTasks).toEqual(['TA', 'TB', 'TC']);
  });

  it('a policy without an issue day counts no issue timeliness', () => {
    const none = definePolicy(
      { issueDay: undefined, issueDeferral: undefined, sources: { issueDay: { status: 'unset', ref: '测试' }, issueDeferral: { status: 'unset', ref: '测试' } } } as never,
      policy,
    );
    const report3 = computeKpis(records, { ...context, policy: none });
    expect(indicator(report3, 'issueTimeliness')).toMatchObject({ numerator: 0, denominator: 0, value: null });
    expect(report3.lateTasks).toEqual([]);
  });
});
