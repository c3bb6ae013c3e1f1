import { describe, it, expect } from 'vitest';
import { createPlanRuleContext, StrictAnnualPlanSchema, AnnualPlanSchema } from '../../src/plan/index.js';
import { chinaCalendar, createCalendar } from '../../src/calendar/index.js';
import { noticeOptions, samplePlan } from './fixtures.js';

describe('createPlanRuleContext', () => {
  it('parses the plan and defaults the calendar to chinaCalendar', () => {
    const context = createPlanRuleContext(samplePlan(), noticeOptions);
    expect(context.plan).toEqual(samplePlan());
    expect(context.calendar).toBe(chinaCalendar);
    expect(context.catalogue).toBe(noticeOptions.catalogue);
  });

  it('fills defaults of a minimal task', () => {
    const context = createPlanRuleContext(
      { year: 2023, unit: '某局', tasks: [{ id: 'T1', name: '任务', month: 3, leadDepartment: '餐饮科', itemCodes: ['A99'], sampling: { count: 3 } }] },
      noticeOptions,
    );
    expect(context.plan.tasks[0]).toEqual({
      id: 'T1',
      name: '任务',
      month: 3,
      leadDepartment: '餐饮科',
      partnerDepartments: [],
      itemCodes: ['A99'],
      kind: 'directed',
      random: true,
      pool: { statuses: ['operating'] },
      sampling: { count: 3, riskAllocation: true },
    });
  });

  it('freezes the plan and the policy it hands to rules', () => {
    const context = createPlanRuleContext(samplePlan(), { ...noticeOptions, policy: { ...noticeOptions.policy } });
    expect(Object.isFrozen(context)).toBe(true);
    expect(Object.isFrozen(context.plan.tasks[0]?.partnerDepartments)).toBe(true);
    expect(Object.isFrozen(context.policy.riskMultipliers)).toBe(true);
  });

  it('keeps the calendar given', () => {
    const calendar = createCalendar({ years: { from: 2023, to: 2023 } });
    expect(createPlanRuleContext(samplePlan(), { ...noticeOptions, calendar }).calendar).toBe(calendar);
  });
});

describe('StrictAnnualPlanSchema', () => {
  it('accepts what AnnualPlanSchema accepts, with the same output', () => {
    expect(StrictAnnualPlanSchema.parse(samplePlan())).toEqual(AnnualPlanSchema.parse(samplePlan()));
  });

  it('is AnnualPlanSchema: both reject unknown fields (one contract per shape)', () => {
    const plan = { ...samplePlan(), remark: '草稿' };
    expect(StrictAnnualPlanSchema).toBe(AnnualPlanSchema);
    expect(AnnualPlanSchema.safeParse(plan).success).toBe(false);
  });
});
