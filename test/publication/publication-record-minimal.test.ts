import { describe, it, expect } from 'vitest';
import { zhejiang2023 } from '../../src/presets/index.js';
import { resultPublicationRecord, taskPublicationRecord, type InspectionRecordInput } from '../../src/publication/index.js';

const task = {
  id: 'T02',
  name: '个体工商户检查',
  month: 5,
  leadDepartment: '信用监管科',
  partnerDepartments: ['信用监管科'],
  itemCodes: ['A99'],
  pool: {},
  sampling: { count: 30, riskAllocation: false },
};

const record: InspectionRecordInput = {
  subjectId: 'P0001',
  subjectKind: 'individual',
  taskId: 'T02',
  department: '信用监管科',
  checkDate: '2023-05-10',
  doubleRandom: true,
  joint: false,
  riskApplied: false,
  mobile: false,
  resultCategory: 'no-problem',
};

describe('publication records with nothing optional given: no key set to undefined', () => {
  it('a task record: count sampling, the lead named once as partner is not joint, no year or sizes', () => {
    expect(taskPublicationRecord({ task })).toStrictEqual({
      kind: 'task',
      taskId: 'T02',
      name: '个体工商户检查',
      month: 5,
      departments: ['信用监管科'],
      joint: false,
      taskKind: '定向抽查',
      items: [{ code: 'A99' }],
      pool: '全部市场主体；登记状态：存续（在业）',
      sampling: { count: 30, riskAllocation: false },
    });
  });

  it('an undirected task is named 不定向抽查', () => {
    expect(taskPublicationRecord({ task: { ...task, kind: 'undirected' } as never }).taskKind).toBe('不定向抽查');
  });

  it('a result record: no names, no result date given (the check date), no problems, no follow-up date', () => {
    expect(resultPublicationRecord(record, { policy: zhejiang2023 })).toStrictEqual({
      kind: 'result',
      subjectId: 'P0001',
      taskId: 'T02',
      checkDate: '2023-05-10',
      resultDate: '2023-05-10',
      resultCategory: 'no-problem',
      result: '未发现问题',
      resultCode: '1',
      problemFound: false,
      problems: [],
      followUp: { status: 'none', text: '无' },
    });
  });
});
