import { describe, expect, it } from 'vitest';
import { ShuangsuijiError } from '../../src/core/index.js';
import { zhejiang2023 } from '../../src/presets/index.js';
import { assignmentsFromDraws, mergeTasks, type MergeOptions } from '../../src/merge/index.js';
import { catalogue, plan, task } from './fixtures.js';

const goodPlan = plan([
  task({ id: 'T1', month: 3, leadDepartment: '餐饮科', itemCodes: ['A99', 'B01'] }),
  task({ id: 'T2', month: 3, leadDepartment: '价竞分局', itemCodes: ['A100'] }),
]);
const options: MergeOptions = { plan: goodPlan, catalogue, policy: zhejiang2023 };

function caught(run: () => unknown): ShuangsuijiError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ShuangsuijiError);
    return error as ShuangsuijiError;
  }
  throw new Error('expected a ShuangsuijiError');
}

function expectError(run: () => unknown, code: string, path: PropertyKey[]): void {
  const error = caught(run);
  expect({ code: error.code, path: error.path }).toEqual({ code, path });
}

describe('mergeTasks — bad draws', () => {
  it('UNKNOWN_TASK for a drawn task not in the plan', () => {
    const draws = [
      { taskId: 'T1', subjectId: 's1' },
      { taskId: 'T9', subjectId: 's1' },
    ];
    expectError(() => mergeTasks(draws, options), 'UNKNOWN_TASK', ['draws', 1, 'taskId']);
  });

  it('DUPLICATE_ID for the same (task, subject) pair twice', () => {
    const draws = [
      { taskId: 'T1', subjectId: 's1' },
      { taskId: 'T2', subjectId: 's1' },
      { taskId: 'T1', subjectId: 's1' },
    ];
    expectError(() => mergeTasks(draws, options), 'DUPLICATE_ID', ['draws', 2]);
  });

  it('INVALID_INPUT for malformed pairs and a non-iterable', () => {
    expectError(() => mergeTasks(5 as never, options), 'INVALID_INPUT', ['draws']);
    expectError(() => mergeTasks(null as never, options), 'INVALID_INPUT', ['draws']);
    expectError(() => mergeTasks([null] as never, options), 'INVALID_INPUT', ['draws', 0]);
    expectError(() => mergeTasks([{ taskId: 7, subjectId: 's' }] as never, options), 'INVALID_INPUT', ['draws', 0, 'taskId']);
    expectError(() => mergeTasks([{ taskId: 'T1', subjectId: '' }], options), 'INVALID_INPUT', ['draws', 0, 'subjectId']);
    expectError(() => mergeTasks([{ taskId: 'T1' }] as never, options), 'INVALID_INPUT', ['draws', 0, 'subjectId']);
  });
});

describe('mergeTasks — bad options', () => {
  it('INVALID_INPUT when options is not an object', () => {
    expectError(() => mergeTasks([], null as never), 'INVALID_INPUT', []);
  });

  it('INVALID_PLAN with the path inside the plan', () => {
    const bad = plan([task({ id: 'T1', month: 13, leadDepartment: '餐饮科', itemCodes: ['A99'] })]);
    expectError(() => mergeTasks([], { ...options, plan: bad }), 'INVALID_PLAN', ['plan', 'tasks', 0, 'month']);
  });

  it('INVALID_PLAN when a task is due before it starts', () => {
    const bad = plan([task({ id: 'T1', month: 5, leadDepartment: '餐饮科', itemCodes: ['A99'], dueOn: '2023-04-30' })]);
    expectError(() => mergeTasks([], { ...options, plan: bad }), 'INVALID_PLAN', ['plan', 'tasks', 0, 'dueOn']);
  });

  it('INVALID_DATE (the date schema’s own code) for an impossible dueOn', () => {
    const bad = plan([task({ id: 'T1', month: 5, leadDepartment: '餐饮科', itemCodes: ['A99'], dueOn: '2023-02-30' })]);
    expectError(() => mergeTasks([], { ...options, plan: bad }), 'INVALID_DATE', ['plan', 'tasks', 0, 'dueOn']);
  });

  it('DUPLICATE_ID for a repeated task id in the plan', () => {
    const bad = plan([
      task({ id: 'T1', month: 3, leadDepartment: '餐饮科', itemCodes: ['A99'] }),
      task({ id: 'T1', month: 4, leadDepartment: '标准科', itemCodes: ['A99'] }),
    ]);
    expectError(() => mergeTasks([], { ...options, plan: bad }), 'DUPLICATE_ID', ['plan', 'tasks', 1, 'id']);
  });

  it('UNKNOWN_ITEM for an item code not in the catalogue', () => {
    const bad = plan([task({ id: 'T1', month: 3, leadDepartment: '餐饮科', itemCodes: ['A99', 'Z42'] })]);
    expectError(() => mergeTasks([], { ...options, plan: bad }), 'UNKNOWN_ITEM', ['plan', 'tasks', 0, 'itemCodes', 1]);
  });

  it('INVALID_POLICY for a bad mergeDefault and for a deadline that is no date in any year', () => {
    expectError(() => mergeTasks([], { ...options, policy: { ...zhejiang2023, mergeDefault: 'never' as never } }), 'INVALID_POLICY', [
      'policy',
      'mergeDefault',
    ]);
    // 02-29 is read as the 28th in a common year (completionDeadlineFor); 02-30 is no day in any year
    expectError(() => mergeTasks([], { ...options, policy: { ...zhejiang2023, completionDeadline: '02-30' } }), 'INVALID_POLICY', [
      'policy',
      'completionDeadline',
    ]);
  });

  it('INVALID_CATALOGUE when the catalogue was not built by defineCatalogue', () => {
    expectError(() => mergeTasks([], { ...options, catalogue: { items: [] } as never }), 'INVALID_CATALOGUE', ['catalogue']);
  });

  it('has a Chinese message', () => {
    expect(caught(() => mergeTasks([{ taskId: 'T9', subjectId: 's' }], options)).message).toBe('抽取结果第 0 项的任务 T9 不在年度计划中');
  });
});

describe('assignmentsFromDraws — bad results', () => {
  it('INVALID_INPUT with the path of the bad field', () => {
    expectError(() => [...assignmentsFromDraws(3 as never)], 'INVALID_INPUT', ['results']);
    expectError(() => [...assignmentsFromDraws([null] as never)], 'INVALID_INPUT', ['results', 0]);
    expectError(() => [...assignmentsFromDraws([{ selected: [] }])], 'INVALID_INPUT', ['results', 0, 'taskId']);
    expectError(() => [...assignmentsFromDraws([{ taskId: 'T1', selected: 'x' }] as never)], 'INVALID_INPUT', ['results', 0, 'selected']);
    expectError(
      () => [...assignmentsFromDraws([{ taskId: 'T1', selected: [{ id: 's1' }] }, { taskId: 'T2', selected: [{ id: 's1' }, {}] }] as never)],
      'INVALID_INPUT',
      ['results', 1, 'selected', 1, 'id'],
    );
  });
});
