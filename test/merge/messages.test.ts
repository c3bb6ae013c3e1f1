import { describe, expect, it } from 'vitest';
import { zhejiang2023 } from '../../src/presets/index.js';
import { assignmentsFromDraws, mergeTasks } from '../../src/merge/index.js';
import { catalogue, plan, task } from './fixtures.js';
import { thrown } from '../support/error-of.js';


const all = (results: unknown) => () => [...assignmentsFromDraws(results as never)];

describe('assignmentsFromDraws (抽取结果转任务分配): each bad result, with its index and message', () => {
  it('a non-iterable argument throws at the call', () => {
    const expected = { code: 'INVALID_INPUT', path: ['results'], message: '抽取结果应为可迭代序列' };
    for (const bad of [null, undefined, 5, {}]) expect(thrown(() => assignmentsFromDraws(bad as never))).toEqual(expected);
  });

  it('a result that is no object, lacks a task id, or has no selected array', () => {
    const good = { taskId: 'T1', selected: [{ id: 's1' }] };
    expect(thrown(all([good, null]))).toEqual({ code: 'INVALID_INPUT', path: ['results', 1], message: '第 1 个抽取结果应为对象' });
    expect(thrown(all([good, 'x']))).toEqual({ code: 'INVALID_INPUT', path: ['results', 1], message: '第 1 个抽取结果应为对象' });
    const noTask = { code: 'INVALID_INPUT', path: ['results', 1, 'taskId'], message: '第 1 个抽取结果缺少任务编号 taskId（或 record.taskId）' };
    expect(thrown(all([good, { selected: [] }]))).toEqual(noTask);
    expect(thrown(all([good, { taskId: '', selected: [] }]))).toEqual(noTask);
    expect(thrown(all([good, { record: { taskId: 7 }, selected: [] }]))).toEqual(noTask);
    expect(thrown(all([good, { taskId: 'T2', selected: 's1' }]))).toEqual({
      code: 'INVALID_INPUT',
      path: ['results', 1, 'selected'],
      message: '第 1 个抽取结果的 selected 应为数组',
    });
    const noId = { code: 'INVALID_INPUT', path: ['results', 1, 'selected', 1, 'id'], message: '第 1 个抽取结果的第 1 个对象缺少标识 id' };
    for (const subject of [null, 's2', { id: '' }, { id: 3 }, {}]) expect(thrown(all([good, { taskId: 'T2', selected: [{ id: 's1' }, subject] }]))).toEqual(noId);
  });

  it('takes the task id from record.taskId when taskId is absent', () => {
    expect([...assignmentsFromDraws([{ record: { taskId: 'T9' }, selected: [{ id: 'a' }, { id: 'b' }] }] as never)]).toEqual([
      { taskId: 'T9', subjectId: 'a' },
      { taskId: 'T9', subjectId: 'b' },
    ]);
  });
});

describe('mergeTasks: plan errors with their messages', () => {
  it('a repeated task id, an item code not in the catalogue, a due date before the start', () => {
    const t1 = task({ id: 'T1', month: 3, leadDepartment: '餐饮科', itemCodes: ['A99'] });
    expect(thrown(() => mergeTasks([], { plan: plan([t1, { ...t1 }]), catalogue, policy: zhejiang2023 }))).toMatchObject({
      code: 'DUPLICATE_ID',
      path: ['plan', 'tasks', 1, 'id'],
      message: '计划任务编号 T1 重复',
    });
    const unknown = task({ id: 'T2', month: 3, leadDepartment: '餐饮科', itemCodes: ['A99', 'Z9'] });
    expect(thrown(() => mergeTasks([], { plan: plan([t1, unknown]), catalogue, policy: zhejiang2023 }))).toMatchObject({
      code: 'UNKNOWN_ITEM',
      path: ['plan', 'tasks', 1, 'itemCodes', 1],
      message: '任务 T2 的抽查事项编码 Z9 不在抽查事项清单中',
    });
  });
});
