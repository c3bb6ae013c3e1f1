/**
 * Plan-rule edges pinned for issue 19: issue-deadline with tasks without an issue date beside
 * dated ones (the rethrow of other errors: issue-deadline-rethrow.test.ts); merge-groups with unsorted
 * ids and a duplicated id in a group; isJointTask's input guard.
 */
import { describe, it, expect } from 'vitest';
import { isJointTask, issueDeadlineRule, mergeGroupsRule, type AnnualPlan, type PlannedTask } from '../../../src/plan/index.js';
import { ShuangsuijiError } from '../../../src/core/index.js';
import { GENERAL, runRule } from '../fixtures.js';

function task(id: string, month: number, extra: Partial<PlannedTask> = {}): PlannedTask {
  return {
    id,
    name: `任务${id}`,
    month,
    leadDepartment: '信用监管科',
    partnerDepartments: [],
    itemCodes: GENERAL,
    kind: 'directed',
    random: true,
    pool: { statuses: ['operating'] },
    sampling: { ratio: 0.1, riskAllocation: true },
    ...extra,
  };
}

const plan = (year: number, tasks: PlannedTask[]): AnnualPlan => ({ year, unit: '某局', tasks });

describe('plan.issue-deadline: tasks without an issue date beside dated ones', () => {
  it('a late task is reported, an undated task of the same month is not', () => {
    // 10 月 2023: deadline 10-07 (国庆 to 10-06, Saturday 10-07 is 调休上班).
    const findings = runRule(issueDeadlineRule, plan(2023, [task('T1', 10), task('T2', 10, { issuedOn: '2023-10-09' }), task('T3', 10, { issuedOn: '2023-10-07' })]));
    expect(findings).toEqual([
      {
        ruleId: 'plan.issue-deadline',
        severity: 'error',
        clause: '通知·一',
        message: '任务 T2 于 2023-10-09 下发，晚于 10 月的下发期限 2023-10-07',
        tasks: ['T2'],
        data: { issuedOn: '2023-10-09', deadline: '2023-10-07', month: 10 },
      },
    ]);
  });

  it('issued on the deadline itself is in time; the day after is late', () => {
    expect(runRule(issueDeadlineRule, plan(2023, [task('T1', 3, { issuedOn: '2023-03-06' })]))).toEqual([]);
    expect(runRule(issueDeadlineRule, plan(2023, [task('T1', 3, { issuedOn: '2023-03-07' })])).map((f) => f.message)).toEqual([
      '任务 T1 于 2023-03-07 下发，晚于 3 月的下发期限 2023-03-06',
    ]);
  });

  it('an uncovered year warns only about the months of dated tasks', () => {
    // 2030 is outside chinaCalendar (2019–2026). T2 (month 5) and T4 (month 7) have no issue date: not named.
    const findings = runRule(
      issueDeadlineRule,
      plan(2030, [task('T1', 6, { issuedOn: '2030-06-20' }), task('T2', 5), task('T3', 2, { issuedOn: '2030-02-01' }), task('T4', 7)]),
    );
    expect(findings).toEqual([
      {
        ruleId: 'plan.issue-deadline',
        severity: 'warning',
        clause: '通知·一',
        message: '工作日历未覆盖 2030 年 2、6 月的下发期限，无法核对这些月份任务的下发日期',
        data: { year: 2030, months: [2, 6] },
      },
    ]);
  });
});

describe('plan.merge-groups: ids out of order and duplicated', () => {
  it('lists the tasks sorted by id, then by month for a duplicated id', () => {
    const findings = runRule(
      mergeGroupsRule,
      plan(2023, [task('T10', 4, { mergeGroup: 'G' }), task('T02', 3, { mergeGroup: 'G' }), task('T10', 3, { mergeGroup: 'G' }), task('T01', 5, { mergeGroup: 'H' }), task('T00', 5, { mergeGroup: 'H' })]),
    );
    expect(findings).toEqual([
      {
        ruleId: 'plan.merge-groups',
        severity: 'error',
        clause: '通知·一',
        message: '合并实施组 G 的任务分属不同月份：T02（3 月）、T10（3 月）、T10（4 月）',
        tasks: ['T02', 'T10', 'T10'],
        data: { group: 'G', months: [3, 4] },
      },
    ]);
  });

  it('the same order whatever the input order', () => {
    const a = runRule(mergeGroupsRule, plan(2023, [task('T10', 3, { mergeGroup: 'G' }), task('T10', 4, { mergeGroup: 'G' }), task('T02', 12, { mergeGroup: 'G' })]));
    const b = runRule(mergeGroupsRule, plan(2023, [task('T02', 12, { mergeGroup: 'G' }), task('T10', 4, { mergeGroup: 'G' }), task('T10', 3, { mergeGroup: 'G' })]));
    expect(a.map((f) => f.message)).toEqual(['合并实施组 G 的任务分属不同月份：T02（12 月）、T10（3 月）、T10（4 月）']);
    expect(b).toEqual(a);
    expect(a[0]?.data).toEqual({ group: 'G', months: [3, 4, 12] });
  });

  it('a group of one task, the ids of two groups each sorted', () => {
    const findings = runRule(mergeGroupsRule, plan(2023, [task('T9', 3, { mergeGroup: 'solo' }), task('T3', 3, { mergeGroup: 'pair' }), task('T1', 3, { mergeGroup: 'pair' })]));
    expect(findings).toEqual([
      { ruleId: 'plan.merge-groups', severity: 'warning', clause: '通知·一', message: '合并实施组 solo 只有任务 T9，没有可合并的任务', tasks: ['T9'], data: { group: 'solo' } },
    ]);
  });
});

describe('isJointTask', () => {
  it('joint when some partner differs from the lead department', () => {
    expect(isJointTask({ leadDepartment: '餐饮科' })).toBe(false);
    expect(isJointTask({ leadDepartment: '餐饮科', partnerDepartments: [] })).toBe(false);
    expect(isJointTask({ leadDepartment: '餐饮科', partnerDepartments: ['餐饮科'] })).toBe(false);
    expect(isJointTask({ leadDepartment: '餐饮科', partnerDepartments: ['餐饮科', '区卫生健康局'] })).toBe(true);
  });

  it('INVALID_INPUT for a non-object task or non-array partners, with the path and message', () => {
    const expectInvalid = (value: unknown, path: PropertyKey[]) => {
      let caught: unknown;
      try {
        isJointTask(value as never);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(ShuangsuijiError);
      expect(caught).toMatchObject({ code: 'INVALID_INPUT', path, message: '计划任务应为对象，且 partnerDepartments 应为数组' });
    };
    expectInvalid(null, []);
    expectInvalid(undefined, []);
    expectInvalid('T01', []);
    expectInvalid(3, []);
    expectInvalid({ leadDepartment: '餐饮科', partnerDepartments: '区卫生健康局' }, ['partnerDepartments']);
    expectInvalid({ leadDepartment: '餐饮科', partnerDepartments: { 0: '区卫生健康局', length: 1 } }, ['partnerDepartments']);
  });
});
