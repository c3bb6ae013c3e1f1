import { describe, it, expect } from 'vitest';
import { generalItemsRule } from '../../../src/plan/index.js';
import { definePolicy } from '../../../src/policy/index.js';
import { runRule, samplePlan, withTask } from '../fixtures.js';
import { zhejiang2023 } from '../../../src/presets/index.js';

describe('plan.general-items (通知·一 通用检查事项融入每个随机抽查任务)', () => {
  it('passes the sample plan, every random task listing A99–A105', () => {
    expect(runRule(generalItemsRule, samplePlan())).toEqual([]);
  });

  it('reports a random task missing a named general item as an error', () => {
    const plan = withTask('T01', (task) => (task.itemCodes = task.itemCodes.filter((code) => code !== 'A100' && code !== 'A104')));
    expect(runRule(generalItemsRule, plan)).toEqual([
      {
        ruleId: 'plan.general-items',
        severity: 'error',
        clause: '通知·一',
        message: '任务 T01 未融入通用检查事项：A100、A104',
        tasks: ['T01'],
        data: { missing: ['A100', 'A104'], placeholders: ['A104'] },
      },
    ]);
  });

  it('reports a task missing only placeholders as a warning', () => {
    const plan = withTask('T09', (task) => (task.itemCodes = ['A99', 'A100', 'A101', 'B11']));
    expect(runRule(generalItemsRule, plan)).toEqual([
      {
        ruleId: 'plan.general-items',
        severity: 'warning',
        clause: '通知·一',
        message: '任务 T09 未列入尚待补充的通用检查事项（占位）：A102、A103、A104、A105',
        tasks: ['T09'],
        data: { missing: ['A102', 'A103', 'A104', 'A105'], placeholders: ['A102', 'A103', 'A104', 'A105'] },
      },
    ]);
  });

  it('ignores non-random tasks', () => {
    const plan = withTask('T01', (task) => {
      task.random = false;
      task.itemCodes = ['B01'];
    });
    expect(runRule(generalItemsRule, plan)).toEqual([]);
  });

  it('is off when the policy does not require general items in every task', () => {
    const plan = withTask('T01', (task) => (task.itemCodes = ['B01']));
    expect(runRule(generalItemsRule, plan, { policy: definePolicy({ generalItemsInEveryTask: false }, zhejiang2023) })).toEqual([]);
  });
});
