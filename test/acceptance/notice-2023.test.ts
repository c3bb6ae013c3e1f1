/**
 * Acceptance: the 2023 notice (龙湾区市场监督管理局《关于做好2023年度“双随机、一公开”监管工作的通知》,
 * 2023-02-24) as executable rules. Each case quotes the clause it checks.
 */
import { describe, it, expect } from 'vitest';
import {
  builtinPlanRules,
  completionDeadlineFor,
  describeRules,
  issueDeadline,
  longwan2023SamplePlan,
  validatePlan,
  zhejiang2023,
  zhejiang2023Catalogue,
  type AnnualPlan,
  type PlannedTask,
} from '../../src/index.js';
import { samplePools } from '../support/sample-pools.js';

/** The notice's catalogue and policy, and the sample plan's pools in the synthetic district. */
const options = { catalogue: zhejiang2023Catalogue, policy: zhejiang2023, pools: samplePools() };

function planWith(change: (tasks: PlannedTask[]) => void): AnnualPlan {
  const plan = structuredClone(longwan2023SamplePlan);
  change(plan.tasks);
  return plan;
}

function task(tasks: PlannedTask[], id: string): PlannedTask {
  const found = tasks.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(id);
  return found;
}

describe('the 2023 notice', () => {
  it('a full plan built from the notice passes with no findings', () => {
    expect(validatePlan(longwan2023SamplePlan, options)).toEqual([]);
  });

  it('every built-in rule that applies a field the notice sets cites one of its four clauses', () => {
    const structural = new Map([
      ['plan.duplicate-task-ids', '年度计划'],
      ['plan.task-year', '年度计划'],
      ['plan.reference-year', '年度计划'],
      ['plan.unknown-items', '抽查事项清单'],
      // fields the notice does not set: the rule checks nothing and says so
      ['plan.risk-ratios', '通知未规定'],
      ['plan.full-coverage-tags', '通知未规定'],
    ]);
    for (const rule of describeRules(builtinPlanRules, zhejiang2023)) {
      if (structural.has(rule.id)) expect(rule.clause, rule.id).toBe(structural.get(rule.id));
      else expect(rule.clause, rule.id).toMatch(/^通知·[一二三四]$/);
    }
  });

  describe('通知·一 提质拓面', () => {
    it('“在每个月5日前下发任务（遇节假日适当延期）”: October’s deadline is Saturday 7 October, a make-up working day', () => {
      expect(issueDeadline(2023, 10, { policy: zhejiang2023 })).toBe('2023-10-07');
      const late = planWith((tasks) => (task(tasks, 'T20').issuedOn = '2023-10-08'));
      // 2023-10-08 (Sunday) is a working day too, but after the deadline
      expect(validatePlan(late, options).map((f) => [f.ruleId, f.clause, f.message])).toEqual([
        ['plan.issue-deadline', '通知·一', '任务 T20 于 2023-10-08 下发，晚于 10 月的下发期限 2023-10-07'],
      ]);
    });

    it('“将A99……A100……A101……等7个抽查事项融入到每个随机抽查任务之中”', () => {
      expect(zhejiang2023Catalogue.generalCodes).toHaveLength(zhejiang2023.generalItemCount!);
      const plan = planWith((tasks) => (task(tasks, 'T11').itemCodes = ['A99', 'A101', 'A102', 'A103', 'A104', 'A105', 'B13']));
      expect(validatePlan(plan, options).map((f) => [f.ruleId, f.clause, f.message])).toEqual([
        ['plan.general-items', '通知·一', '任务 T11 未融入通用检查事项：A100'],
      ]);
    });

    it('“抽查事项覆盖率达到100%”', () => {
      const plan = planWith((tasks) => (task(tasks, 'T18').itemCodes = task(tasks, 'T18').itemCodes.filter((code) => code !== 'B15')));
      expect(validatePlan(plan, options).map((f) => [f.ruleId, f.clause, f.data])).toEqual([
        ['plan.item-coverage', '通知·一', { value: 0.95, target: 1, uncovered: ['B15'] }],
      ]);
    });

    it('“严格按照……配对要求……尽可能合并实施”: a food task moved to another month breaks its group', () => {
      const plan = planWith((tasks) => {
        const moved = task(tasks, 'T03');
        moved.month = 5;
        moved.issuedOn = '2023-05-04';
      });
      expect(validatePlan(plan, options).map((f) => [f.ruleId, f.clause, f.tasks])).toEqual([
        ['plan.merge-groups', '通知·一', ['T01', 'T02', 'T03', 'T04', 'T05']],
      ]);
    });
  });

  describe('通知·二 融合信用', () => {
    it('“信用风险分类结果应用率达到100%”', () => {
      const plan = planWith((tasks) => (task(tasks, 'T12').sampling.riskAllocation = false));
      expect(validatePlan(plan, options).map((f) => [f.ruleId, f.clause, f.message])).toEqual([
        ['plan.risk-allocation', '通知·二', '任务 T12 未运用信用风险分类结果（信用风险分类结果应用率 95%，低于 100%）'],
      ]);
    });
  });

  describe('通知·三 多跨协同', () => {
    it('“确保部门联合随机抽查率达到30%以上” counts checks: 8 joint tasks of 20 (40 % of tasks) give 23.6 % of the checks', () => {
      const plan = planWith((tasks) => {
        for (const id of ['T02', 'T11']) task(tasks, id).partnerDepartments = [];
      });
      expect(validatePlan(plan, options).map((f) => [f.ruleId, f.clause, f.message])).toEqual([
        [
          'plan.joint-share',
          '通知·三',
          '部门联合随机抽查率（估算）23.6%（约 194/823 次），低于 30%：联合任务 8 个预计 194 次检查，随机抽查预计共 823 次；' +
            '按检查次数而非任务个数计算，估算未计入合并实施使同户其他任务一并成为联合检查的情形，为下限',
        ],
      ]);
    });
  });

  describe('通知·四 强化闭环', () => {
    it('“确保10月底前完成各项指标”', () => {
      expect(completionDeadlineFor(zhejiang2023, 2023)).toBe('2023-10-31');
      const plan = planWith((tasks) => {
        const late = task(tasks, 'T20');
        late.month = 11;
        late.issuedOn = '2023-11-06';
        late.dueOn = '2023-11-30';
      });
      expect(validatePlan(plan, options).map((f) => [f.ruleId, f.clause, f.message])).toEqual([
        ['plan.completion-deadline', '通知·四', '任务 T20 安排在 11 月，晚于完成期限 2023-10-31'],
        ['plan.completion-deadline', '通知·四', '任务 T20 的完成日期 2023-11-30 晚于完成期限 2023-10-31'],
      ]);
    });
  });
});
