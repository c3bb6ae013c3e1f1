import { describe, it, expect } from 'vitest';
import { definePolicy } from '../../src/policy/index.js';
import { zhejiang2023 } from '../../src/presets/index.js';
import { resolveKpiContext } from '../../src/kpi/kpi-context.js';
import { context, plan, policy } from './district-fixture.js';
import { thrown } from '../support/error-of.js';


describe('resolveKpiContext (指标统计口径)', () => {
  it('a missing or null policy, with the message', () => {
    const missing = { code: 'MISSING_ARGUMENT', path: ['policy'], message: '缺少参数 policy：指标统计口径应给出政策参数（目标值、期限和结果类别）' };
    const { policy: _policy, ...withoutPolicy } = context;
    expect(thrown(() => resolveKpiContext(withoutPolicy as never))).toEqual(missing);
    expect(thrown(() => resolveKpiContext({ ...context, policy: null } as never))).toEqual(missing);
    // Not an object at all: the schema's error, not the missing policy.
    for (const bad of [null, undefined, 'x']) expect(thrown(() => resolveKpiContext(bad as never)).code).toBe('INVALID_INPUT');
  });

  it('a completion deadline of 02-29 is the 28th in 2023 (completionDeadlineFor), the 29th in 2024', () => {
    const leap = definePolicy({ completionDeadline: '02-29', sources: { completionDeadline: '测试：2 月 29 日' } }, policy);
    expect(resolveKpiContext({ ...context, policy: leap }).completionDeadline).toBe('2023-02-28');
    expect(resolveKpiContext({ ...context, plan: { ...plan, year: 2024 }, policy: leap }).completionDeadline).toBe('2024-02-29');
    expect(resolveKpiContext(context).completionDeadline).toBe('2023-10-31');
  });

  it('a repeated task id and a publication of an unknown task, with the ids', () => {
    const tasks = [...plan.tasks, { ...plan.tasks[0]! }];
    expect(thrown(() => resolveKpiContext({ ...context, plan: { ...plan, tasks } }))).toEqual({
      code: 'DUPLICATE_ID',
      path: ['plan', 'tasks', 4, 'id'],
      message: '计划任务标识 T01 重复',
    });
    expect(thrown(() => resolveKpiContext({ ...context, taskPublications: [{ taskId: 'T01', publishedOn: '2023-03-03' }, { taskId: 'T09', publishedOn: '2023-03-03' }] }))).toEqual({
      code: 'UNKNOWN_TASK',
      path: ['taskPublications', 1, 'taskId'],
      message: '计划任务公示引用了不存在的任务 T09',
    });
  });

  it('keeps the earliest publication of a task, whatever the order; the fingerprint does not depend on the order', () => {
    const a = { taskId: 'T01', publishedOn: '2023-03-05' };
    const b = { taskId: 'T01', publishedOn: '2023-03-04' };
    const c = { taskId: 'T04', publishedOn: '2023-10-09' };
    const d = { taskId: 'T02', publishedOn: '2023-04-06' };
    const one = resolveKpiContext({ ...context, taskPublications: [a, b, c, d] });
    const two = resolveKpiContext({ ...context, taskPublications: [d, c, b, a] });
    expect(one.taskPublishedOn.get('T01')).toBe('2023-03-04');
    expect(two.taskPublishedOn.get('T01')).toBe('2023-03-04');
    expect(one.fingerprint).toBe(two.fingerprint);
    expect(JSON.parse(one.fingerprint).taskPublishedOn).toEqual([
      ['T01', '2023-03-04'],
      ['T02', '2023-04-06'],
      ['T04', '2023-10-09'],
    ]);
    // Same day published twice: one entry.
    expect(resolveKpiContext({ ...context, taskPublications: [b, b] }).taskPublishedOn).toEqual(new Map([['T01', '2023-03-04']]));
  });

  it('tracks low-risk classes only under a cap; the publication start and the calendar default', () => {
    expect([...resolveKpiContext(context).lowRiskClasses]).toEqual(zhejiang2023.lowRiskMaxChecksPerYear === undefined ? [] : [...(zhejiang2023.lowRiskClasses ?? [])]);
    const noCap = definePolicy({ lowRiskMaxChecksPerYear: undefined, sources: { lowRiskMaxChecksPerYear: { status: 'unset', ref: '测试：无上限' } } } as never, policy);
    expect(noCap.lowRiskMaxChecksPerYear).toBeUndefined();
    expect(resolveKpiContext({ ...context, policy: noCap }).lowRiskClasses.size).toBe(0);
    const fromCheck = definePolicy({ publicationStart: 'check-ended', sources: { publicationStart: '测试' } }, policy);
    expect(resolveKpiContext({ ...context, policy: fromCheck }).publicationFromCheckDate).toBe(true);
    expect(resolveKpiContext(context).publicationFromCheckDate).toBe(false);
  });
});

describe('resolveKpiContext: a completion deadline that is no day in any year', () => {
  it('02-30 is INVALID_INPUT at policy.completionDeadline, with the day and the year', () => {
    const error = thrown(() => resolveKpiContext({ ...context, policy: { ...policy, completionDeadline: '02-30' } as never }));
    expect(error).toEqual({ code: 'INVALID_INPUT', path: ['policy', 'completionDeadline'], message: '政策参数 completionDeadline 02-30 在 2023 年不是真实日期' });
  });
});
