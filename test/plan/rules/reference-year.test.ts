import { describe, it, expect } from 'vitest';
import { referenceYearRule } from '../../../src/plan/index.js';
import { definePolicy } from '../../../src/policy/index.js';
import { runRule, samplePlan } from '../fixtures.js';
import { zhejiang2023 } from '../../../src/presets/index.js';

describe('plan.reference-year (通知·一)', () => {
  it('passes the 2023 plan with the 2023 catalogue and policy', () => {
    expect(runRule(referenceYearRule, samplePlan())).toEqual([]);
  });

  it('warns when the catalogue and the policy are of another year than the plan', () => {
    const plan = { ...samplePlan(), year: 2024 };
    expect(runRule(referenceYearRule, plan)).toEqual([
      {
        ruleId: 'plan.reference-year',
        severity: 'warning',
        clause: '年度计划',
        message: '抽查事项清单是 2023 年度的，计划是 2024 年度的',
        data: { catalogueYear: 2023, planYear: 2024 },
      },
      {
        ruleId: 'plan.reference-year',
        severity: 'warning',
        clause: '年度计划',
        message: '政策参数 zhejiang2023 是 2023 年度的，计划是 2024 年度的',
        data: { policyYear: 2023, planYear: 2024 },
      },
    ]);
  });

  it('does not compare a policy that names no year', () => {
    const plan = { ...samplePlan(), year: 2024 };
    const policy = definePolicy({ year: undefined }, zhejiang2023);
    expect(runRule(referenceYearRule, plan, { policy }).map((f) => f.data)).toEqual([{ catalogueYear: 2023, planYear: 2024 }]);
  });
});
