import { describe, it, expect } from 'vitest';
import { createCalendar, chinaCalendar } from '../../src/calendar/index.js';
import { defineResultCategories } from '../../src/publication/index.js';
import { createKpiAccumulator } from '../../src/kpi/index.js';
import { context, plainCheck, policy } from './district-fixture.js';
import { thrown } from '../support/error-of.js';


const MISMATCH = '累加器的统计口径（名录库企业数、清单、计划、政策、统计日期、工作日历、结果类别或任务公示）不一致，不能合并';

describe('KPI accumulator (指标累加器): rejected records and merges, with the messages', () => {
  it('a check outside the plan year and an unknown task, at the index of the record, leaving no trace', () => {
    const accumulator = createKpiAccumulator(context);
    accumulator.add(plainCheck('E1', 'T01', 'v1'));
    expect(thrown(() => accumulator.add({ ...plainCheck('E2', 'T01', 'v2'), checkDate: '2024-01-02' }))).toEqual({
      code: 'INVALID_RECORD',
      path: ['records', 1, 'checkDate'],
      message: '抽查检查记录无效（字段 records.1.checkDate）：检查日期不在计划年度 2023 内',
    });
    expect(thrown(() => accumulator.add(plainCheck('E2', 'T99', 'v2')))).toEqual({
      code: 'UNKNOWN_TASK',
      path: ['records', 1, 'taskId'],
      message: '抽查检查记录引用了计划中不存在的任务 T99（字段 records.1.taskId）',
    });
    expect(accumulator.result().records).toBe(1);
    expect(accumulator.result().indicators.find((i) => i.id === 'enterpriseInspectionRate')?.numerator).toBe(1);
  });

  it('merging something else, itself, or an accumulator of another context', () => {
    const a = createKpiAccumulator(context);
    for (const other of [null, undefined, 3, {}]) {
      expect(thrown(() => a.merge(other as never))).toEqual({ code: 'ACCUMULATOR_MISMATCH', path: ['other'], message: '只能合并由 createKpiAccumulator 创建的累加器' });
    }
    expect(thrown(() => a.merge(a))).toEqual({ code: 'ACCUMULATOR_MISMATCH', path: ['other'], message: '累加器不能与自身合并' });
    const mismatch = { code: 'ACCUMULATOR_MISMATCH', path: ['other'], message: MISMATCH };
    expect(thrown(() => a.merge(createKpiAccumulator({ ...context, asOf: '2023-10-30' })))).toEqual(mismatch);
    const calendar = createCalendar({ base: chinaCalendar, holidays: ['2023-03-06'] });
    expect(thrown(() => a.merge(createKpiAccumulator({ ...context, calendar })))).toEqual(mismatch);
    const resultCategories = defineResultCategories(policy.resultCategories as never);
    expect(thrown(() => a.merge(createKpiAccumulator({ ...context, resultCategories })))).toEqual(mismatch);
    // The same context given twice (equal, not the same object) merges.
    const b = createKpiAccumulator({ ...context });
    b.add(plainCheck('E5', 'T01', 'v5'));
    expect(a.merge(b).result().records).toBe(1);
  });

  it('addMany of something not iterable names the records; a generator and an array count the same', () => {
    const error = thrown(() => createKpiAccumulator(context).addMany(5 as never));
    expect([error.code, error.path]).toEqual(['INVALID_INPUT', ['records']]);
    expect(error.message).toContain('抽查检查记录');
    function* two() {
      yield plainCheck('E1', 'T01', 'v1');
      yield plainCheck('E2', 'T01', 'v2');
    }
    expect(createKpiAccumulator(context).addMany(two()).result().records).toBe(2);
    expect(createKpiAccumulator(context).addMany([plainCheck('E1', 'T01', 'v1'), plainCheck('E2', 'T01', 'v2')]).result().records).toBe(2);
  });
});
