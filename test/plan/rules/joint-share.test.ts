import { describe, it, expect } from 'vitest';
import { isJointTask, jointShareRule } from '../../../src/plan/index.js';
import { definePolicy } from '../../../src/policy/index.js';
import { runRule, samplePlan } from '../fixtures.js';

function withJoint(count: number) {
  const plan = samplePlan();
  plan.tasks.forEach((task, index) => (task.partnerDepartments = index < count ? ['区卫生健康局'] : []));
  return plan;
}

describe('plan.joint-share (通知·三 部门联合随机抽查率达到30%以上)', () => {
  it('passes the sample plan: 8 of 20 random tasks joint = 40 %', () => {
    expect(samplePlan().tasks.filter(isJointTask)).toHaveLength(8);
    expect(runRule(jointShareRule, samplePlan())).toEqual([]);
  });

  it('passes exactly at the target: 6 of 20 = 30 %', () => {
    expect(runRule(jointShareRule, withJoint(6))).toEqual([]);
  });

  it('reports 5 of 20 = 25 % < 30 %', () => {
    expect(runRule(jointShareRule, withJoint(5))).toEqual([
      {
        ruleId: 'plan.joint-share',
        severity: 'error',
        clause: '通知·三',
        message: '部门联合抽查任务占比 25%（5/20），低于 30%',
        data: { value: 0.25, target: 0.3, joint: 5, total: 20 },
      },
    ]);
  });

  it('does not count a partner that is the lead department itself', () => {
    const plan = withJoint(0);
    for (const task of plan.tasks.slice(0, 10)) task.partnerDepartments = [task.leadDepartment];
    expect(runRule(jointShareRule, plan).map((f) => f.data?.['joint'])).toEqual([0]);
  });

  it('counts random tasks only: 6 joint of 20, 5 non-random non-joint → 6/15 = 40 %', () => {
    const plan = withJoint(6);
    for (const task of plan.tasks.slice(15)) task.random = false;
    expect(runRule(jointShareRule, plan)).toEqual([]);
  });

  it('follows the policy’s target', () => {
    expect(runRule(jointShareRule, samplePlan(), { policy: definePolicy({ jointShare: 0.5 }) }).map((f) => f.message)).toEqual([
      '部门联合抽查任务占比 40%（8/20），低于 50%',
    ]);
  });

  it('says nothing about a plan without random tasks', () => {
    const plan = withJoint(0);
    for (const task of plan.tasks) task.random = false;
    expect(runRule(jointShareRule, plan)).toEqual([]);
  });
});
