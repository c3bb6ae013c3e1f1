/**
 * plan.issue-deadline turns only CALENDAR_OUT_OF_RANGE into its warning; any other error of the
 * deadline computation propagates (issue 19). Public inputs cannot make issueDeadline fail
 * otherwise (the rule context is validated), so the deadline function is replaced for this file.
 */
import { describe, it, expect, vi } from 'vitest';
import { ShuangsuijiError } from '../../../src/core/index.js';

const failure = vi.hoisted(() => ({ code: undefined as string | undefined }));

vi.mock('../../../src/plan/issue-deadline.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/plan/issue-deadline.js')>();
  return {
    ...original,
    issueDeadline: (...args: Parameters<typeof original.issueDeadline>) => {
      if (failure.code === 'TypeError') throw new TypeError('boom');
      if (failure.code !== undefined) throw new ShuangsuijiError(failure.code as 'INVALID_INPUT', '测试用错误', { path: ['x'] });
      return original.issueDeadline(...args);
    },
  };
});

const { issueDeadlineRule } = await import('../../../src/plan/index.js');
const { runRule, withTask } = await import('../fixtures.js');

describe('plan.issue-deadline rethrows what is not CALENDAR_OUT_OF_RANGE', () => {
  const plan = withTask('T20', (task) => (task.issuedOn = '2023-10-09'));

  it('unmocked: the late task is found', () => {
    failure.code = undefined;
    expect(runRule(issueDeadlineRule, plan).map((f) => f.tasks)).toEqual([['T20']]);
  });

  it('CALENDAR_OUT_OF_RANGE becomes the warning naming every dated month', () => {
    failure.code = 'CALENDAR_OUT_OF_RANGE';
    const findings = runRule(issueDeadlineRule, plan);
    expect(findings.map((f) => [f.severity, f.tasks])).toEqual([['warning', undefined]]);
    expect(findings[0]?.message).toMatch(/^工作日历未覆盖 2023 年 .* 月的下发期限，无法核对这些月份任务的下发日期$/);
  });

  it('another ShuangsuijiError propagates: evaluateRules reports the rule as failed, with the message', () => {
    failure.code = 'INVALID_INPUT';
    const findings = runRule(issueDeadlineRule, plan);
    failure.code = undefined;
    expect(findings).toEqual([
      {
        ruleId: 'engine.rule-failed',
        severity: 'error',
        clause: '通知·一',
        message: '规则 plan.issue-deadline 执行失败：测试用错误',
        data: { rule: 'plan.issue-deadline', error: '测试用错误' },
      },
    ]);
  });

  it('a TypeError propagates the same way', () => {
    failure.code = 'TypeError';
    const findings = runRule(issueDeadlineRule, plan);
    failure.code = undefined;
    expect(findings.map((f) => [f.ruleId, f.message])).toEqual([['engine.rule-failed', '规则 plan.issue-deadline 执行失败：boom']]);
  });
});
