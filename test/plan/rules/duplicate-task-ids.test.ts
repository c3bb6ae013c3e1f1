import { describe, it, expect } from 'vitest';
import { duplicateTaskIdsRule } from '../../../src/plan/index.js';
import { runRule, samplePlan, withTask } from '../fixtures.js';

describe('plan.duplicate-task-ids (通知·一)', () => {
  it('passes the sample plan, whose 20 ids are distinct', () => {
    expect(runRule(duplicateTaskIdsRule, samplePlan())).toEqual([]);
  });

  it('reports an id used twice, with the positions of both tasks', () => {
    const plan = withTask('T02', (task) => (task.id = 'T01'));
    expect(runRule(duplicateTaskIdsRule, plan)).toEqual([
      {
        ruleId: 'plan.duplicate-task-ids',
        severity: 'error',
        clause: '年度计划',
        message: '任务编号 T01 重复出现 2 次',
        tasks: ['T01'],
        data: { id: 'T01', count: 2, indexes: [0, 1] },
      },
    ]);
  });

  it('reports each repeated id once, however often it repeats', () => {
    const plan = samplePlan();
    for (const task of plan.tasks.slice(0, 3)) task.id = 'X';
    plan.tasks[5]!.id = 'Y';
    plan.tasks[6]!.id = 'Y';
    expect(runRule(duplicateTaskIdsRule, plan).map((f) => [f.tasks, f.data?.['count']])).toEqual([
      [['X'], 3],
      [['Y'], 2],
    ]);
  });
});
