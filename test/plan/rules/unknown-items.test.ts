import { describe, it, expect } from 'vitest';
import { unknownItemsRule } from '../../../src/plan/index.js';
import { runRule, samplePlan, withTask } from '../fixtures.js';

describe('plan.unknown-items (通知·一)', () => {
  it('passes the sample plan, every code in the catalogue', () => {
    expect(runRule(unknownItemsRule, samplePlan())).toEqual([]);
  });

  it('reports a task with unknown codes once, each code once', () => {
    const plan = withTask('T03', (task) => task.itemCodes.push('Z01', 'B99', 'Z01'));
    expect(runRule(unknownItemsRule, plan)).toEqual([
      {
        ruleId: 'plan.unknown-items',
        severity: 'error',
        clause: '抽查事项清单',
        message: '任务 T03 引用了清单中不存在的抽查事项：Z01、B99',
        tasks: ['T03'],
        data: { codes: ['Z01', 'B99'] },
      },
    ]);
  });

  it('is case-sensitive: a99 is not A99', () => {
    const plan = withTask('T01', (task) => (task.itemCodes = ['a99']));
    expect(runRule(unknownItemsRule, plan).map((f) => f.data)).toEqual([{ codes: ['a99'] }]);
  });
});
