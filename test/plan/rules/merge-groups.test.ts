import { describe, it, expect } from 'vitest';
import { mergeGroupsRule } from '../../../src/plan/index.js';
import { runRule, samplePlan, withTask } from '../fixtures.js';

const FOOD = '食品类监管对象（配合食药检验所配套检查表单）';
const LIFTS = '商业楼宇电梯使用单位（配合特种设备科配套检查表单）';

describe('plan.merge-groups (通知·一 配对要求)', () => {
  it('passes the sample plan: 5 food tasks in March, 2 lift tasks in April', () => {
    expect(runRule(mergeGroupsRule, samplePlan())).toEqual([]);
  });

  it('reports a group whose tasks are in different months', () => {
    const plan = withTask('T02', (task) => (task.month = 4));
    expect(runRule(mergeGroupsRule, plan)).toEqual([
      {
        ruleId: 'plan.merge-groups',
        severity: 'error',
        clause: '通知·一',
        message: `合并实施组 ${FOOD} 的任务分属不同月份：T01（3 月）、T02（4 月）、T03（3 月）、T04（3 月）、T05（3 月）`,
        tasks: ['T01', 'T02', 'T03', 'T04', 'T05'],
        data: { group: FOOD, months: [3, 4] },
      },
    ]);
  });

  it('warns about a group with a single task (e.g. a misspelt group name)', () => {
    const plan = withTask('T07', (task) => (task.mergeGroup = '商业楼宇电梯'));
    expect(runRule(mergeGroupsRule, plan)).toEqual([
      {
        ruleId: 'plan.merge-groups',
        severity: 'warning',
        clause: '通知·一',
        message: `合并实施组 ${LIFTS} 只有任务 T06，没有可合并的任务`,
        tasks: ['T06'],
        data: { group: LIFTS },
      },
      {
        ruleId: 'plan.merge-groups',
        severity: 'warning',
        clause: '通知·一',
        message: '合并实施组 商业楼宇电梯 只有任务 T07，没有可合并的任务',
        tasks: ['T07'],
        data: { group: '商业楼宇电梯' },
      },
    ]);
  });

  it('ignores tasks without a group', () => {
    const plan = samplePlan();
    for (const task of plan.tasks) delete task.mergeGroup;
    expect(runRule(mergeGroupsRule, plan)).toEqual([]);
  });
});
