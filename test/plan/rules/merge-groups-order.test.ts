import { describe, it, expect } from 'vitest';
import { mergeGroupsRule } from '../../../src/plan/index.js';
import { runRule, samplePlan } from '../fixtures.js';

const FOOD = '食品类监管对象（配合食药检验所配套检查表单）';

describe('plan.merge-groups: order of the finding, whatever the plan order', () => {
  it('tasks listed by id, then month (a repeated id), months in numeric order (10 after 3)', () => {
    const plan = samplePlan();
    const t01 = plan.tasks.find((task) => task.id === 'T01')!;
    plan.tasks.find((task) => task.id === 'T02')!.month = 10;
    // Reversed, with a second T01 (month 2) last: the group meets its months as 3, 10, 2.
    plan.tasks.reverse();
    plan.tasks.push({ ...structuredClone(t01), month: 2 });
    expect(runRule(mergeGroupsRule, plan)).toEqual([
      {
        ruleId: 'plan.merge-groups',
        severity: 'error',
        clause: '通知·一',
        message: `合并实施组 ${FOOD} 的任务分属不同月份：T01（2 月）、T01（3 月）、T02（10 月）、T03（3 月）、T04（3 月）、T05（3 月）`,
        tasks: ['T01', 'T01', 'T02', 'T03', 'T04', 'T05'],
        data: { group: FOOD, months: [2, 3, 10] },
      },
    ]);
  });
});
