import { describe, it, expect } from 'vitest';
import { riskAllocationRule } from '../../../src/plan/index.js';
import { definePolicy } from '../../../src/policy/index.js';
import { runRule, samplePlan, withTask } from '../fixtures.js';
import { zhejiang2023 } from '../../../src/presets/index.js';

describe('plan.risk-allocation (通知·二 信用风险分类结果应用率达到100%)', () => {
  it('passes the sample plan, every task applying the risk classes', () => {
    expect(runRule(riskAllocationRule, samplePlan())).toEqual([]);
  });

  it('reports each random task that does not apply them', () => {
    // 18 of 20 apply: 90 % < 100 %
    const plan = withTask('T12', (task) => (task.sampling.riskAllocation = false), withTask('T05', (task) => (task.sampling.riskAllocation = false)));
    expect(runRule(riskAllocationRule, plan)).toEqual([
      {
        ruleId: 'plan.risk-allocation',
        severity: 'error',
        clause: '通知·二',
        message: '任务 T05 未运用信用风险分类结果（信用风险分类结果应用率 90%，低于 100%）',
        tasks: ['T05'],
        data: { value: 0.9, target: 1 },
      },
      {
        ruleId: 'plan.risk-allocation',
        severity: 'error',
        clause: '通知·二',
        message: '任务 T12 未运用信用风险分类结果（信用风险分类结果应用率 90%，低于 100%）',
        tasks: ['T12'],
        data: { value: 0.9, target: 1 },
      },
    ]);
  });

  it('accepts a rate at a lower target: 18/20 = 90 %', () => {
    const plan = withTask('T12', (task) => (task.sampling.riskAllocation = false), withTask('T05', (task) => (task.sampling.riskAllocation = false)));
    expect(runRule(riskAllocationRule, plan, { policy: definePolicy({ riskApplicationRate: 0.9 }, zhejiang2023) })).toEqual([]);
  });

  it('ignores non-random tasks', () => {
    const plan = withTask('T05', (task) => {
      task.random = false;
      task.sampling.riskAllocation = false;
    });
    expect(runRule(riskAllocationRule, plan)).toEqual([]);
  });
});
