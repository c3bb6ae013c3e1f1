import { describe, it, expect } from 'vitest';
import { itemCoverageRule } from '../../../src/plan/index.js';
import { definePolicy } from '../../../src/policy/index.js';
import { GENERAL, runRule, samplePlan, withTask } from '../fixtures.js';
import { zhejiang2023 } from '../../../src/presets/index.js';

describe('plan.item-coverage (通知·一 抽查事项覆盖率)', () => {
  it('passes the sample plan, which covers all 20 real items and the 4 placeholders', () => {
    expect(runRule(itemCoverageRule, samplePlan())).toEqual([]);
  });

  it('reports the share and the uncovered items', () => {
    // 20 real items (A99–A101, B01–B17); without B17: 19/20 = 95 % < 100 %
    const plan = withTask('T20', (task) => (task.itemCodes = [...GENERAL]));
    expect(runRule(itemCoverageRule, plan)).toEqual([
      {
        ruleId: 'plan.item-coverage',
        severity: 'error',
        clause: '通知·一',
        message: '抽查事项覆盖率 95%（19/20），低于 100%；未覆盖：B17',
        data: { value: 0.95, target: 1, uncovered: ['B17'] },
      },
    ]);
  });

  it('accepts a share at or above a lower target', () => {
    const plan = withTask('T20', (task) => (task.itemCodes = [...GENERAL]));
    expect(runRule(itemCoverageRule, plan, { policy: definePolicy({ itemCoverage: 0.95 }, zhejiang2023) })).toEqual([]);
  });

  it('does not count items of non-random tasks', () => {
    const plan = withTask('T20', (task) => (task.random = false));
    expect(runRule(itemCoverageRule, plan).map((f) => f.data?.['uncovered'])).toEqual([['B17']]);
  });

  it('warns, once, about placeholders no task lists, without counting them in the share', () => {
    const plan = samplePlan();
    for (const task of plan.tasks) task.itemCodes = task.itemCodes.filter((code) => code !== 'A102' && code !== 'A105');
    expect(runRule(itemCoverageRule, plan)).toEqual([
      {
        ruleId: 'plan.item-coverage',
        severity: 'warning',
        clause: '通知·一',
        message: '占位事项 A102、A105 尚待补充（见清单中各事项的出处），补充后应纳入随机抽查任务',
        data: { placeholders: ['A102', 'A105'] },
      },
    ]);
  });
});
