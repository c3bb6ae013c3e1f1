import { describe, it, expect } from 'vitest';
import { defineCatalogue } from '../../src/catalogue/index.js';
import { PoolFilterSchema } from '../../src/directory/index.js';
import {
  describePool,
  publicationRecord,
  resultPublicationRecord,
  taskPublicationRecord,
  defineResultCategories,
  type InspectionRecordInput,
} from '../../src/publication/index.js';
import { zhejiang2023 } from '../../src/presets/index.js';

const catalogue = defineCatalogue({
  year: 2023,
  region: '浙江省',
  items: [
    { code: 'A99', name: '公示信息检查', category: 'general', leadDepartment: '信用监管科', targetKinds: ['enterprise'] },
    { code: 'B01', name: '餐饮服务食品安全检查', category: 'specialised', leadDepartment: '餐饮科', targetKinds: ['enterprise'] },
  ],
});

const task = {
  id: 'T01',
  name: '餐饮服务单位检查',
  month: 3,
  leadDepartment: '餐饮科',
  partnerDepartments: ['标准科'],
  itemCodes: ['A99', 'B01', 'X9'],
  pool: { kinds: ['enterprise' as const], tags: ['catering'], riskClasses: ['C' as const, 'D' as const] },
  sampling: { ratio: 0.05 },
};

const record: InspectionRecordInput = {
  subjectId: 'E0001',
  subjectKind: 'enterprise',
  taskId: 'T01',
  department: '餐饮科',
  checkDate: '2023-03-10',
  resultDate: '2023-03-12',
  doubleRandom: true,
  joint: false,
  riskApplied: true,
  mobile: true,
  resultCategory: 'ordered-to-correct',
  problems: ['未明码标价'],
  followUp: 'rectified',
  followUpDate: '2023-03-25',
};

describe('taskPublicationRecord', () => {
  it('publishes id, name, departments, items, pool, sample sizes and the seed commitment', () => {
    const published = taskPublicationRecord({ task, catalogue, year: 2023, poolSize: 240, sampleSize: 12, sampleSizesByRiskClass: { C: 8, D: 4 }, seedCommitment: 'ab12' });
    expect(published).toEqual({
      kind: 'task',
      taskId: 'T01',
      name: '餐饮服务单位检查',
      year: 2023,
      month: 3,
      departments: ['餐饮科', '标准科'],
      joint: true,
      taskKind: '定向抽查',
      items: [{ code: 'A99', name: '公示信息检查' }, { code: 'B01', name: '餐饮服务食品安全检查' }, { code: 'X9' }],
      pool: '主体类型：企业；分类监管标签（任一）：catering；信用风险分类：C、D；登记状态：存续（在业）',
      sampling: { ratio: 0.05, riskAllocation: true },
      poolSize: 240,
      sampleSize: 12,
      sampleSizesByRiskClass: { C: 8, D: 4 },
      seedCommitment: 'ab12',
    });
    expect(JSON.parse(JSON.stringify(published))).toEqual(published);
  });

  it('leaves out what is not given, and rejects a bad task', () => {
    const published = taskPublicationRecord({ task: { ...task, partnerDepartments: [] } });
    expect(published.joint).toBe(false);
    expect(published.items[0]).toEqual({ code: 'A99' });
    expect('seedCommitment' in published).toBe(false);
    expect(() => taskPublicationRecord({ task: { ...task, month: 13 } })).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path: ['task', 'month'] }));
    expect(() => taskPublicationRecord({ task, sampleSize: -1 })).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path: ['sampleSize'] }));
  });
});

describe('resultPublicationRecord', () => {
  it('publishes subject, task, dates, category text, problems and follow-up', () => {
    const published = resultPublicationRecord(record, { policy: zhejiang2023, subjectName: '某餐饮有限公司', taskName: '餐饮服务单位检查' });
    expect(published).toEqual({
      kind: 'result',
      subjectId: 'E0001',
      subjectName: '某餐饮有限公司',
      taskId: 'T01',
      taskName: '餐饮服务单位检查',
      checkDate: '2023-03-10',
      resultDate: '2023-03-12',
      resultCategory: 'ordered-to-correct',
      result: '发现问题经责令已改正',
      resultCode: 'E',
      problemFound: true,
      problems: ['未明码标价'],
      followUp: { status: 'rectified', text: '已整改', date: '2023-03-25' },
    });
  });

  it('uses a bureau category text and rejects bad records with codes', () => {
    const resultCategories = defineResultCategories([{ id: 'warned', text: '发现问题已予警告', problemFound: true, followUpNeeded: false }]);
    expect(resultPublicationRecord({ ...record, resultCategory: 'warned' }, { resultCategories }).result).toBe('发现问题已予警告');
    expect(() => resultPublicationRecord({ ...record, resultCategory: 'warned' }, { policy: zhejiang2023 })).toThrow(expect.objectContaining({ code: 'INVALID_RECORD', path: ['resultCategory'] }));
    expect(() => resultPublicationRecord({ ...record, checkDate: '2023-02-30' }, { policy: zhejiang2023 })).toThrow(expect.objectContaining({ code: 'INVALID_DATE', path: ['checkDate'] }));
    expect(() => resultPublicationRecord(record, {} as never)).toThrow(expect.objectContaining({ code: 'MISSING_ARGUMENT', path: ['options', 'policy'] }));
  });
});

describe('publicationRecord', () => {
  it('dispatches on kind', () => {
    expect(publicationRecord({ kind: 'task', task }).kind).toBe('task');
    const result = publicationRecord({ kind: 'result', record: { ...record, resultCategory: 'no-problem' }, policy: zhejiang2023 });
    expect(result.kind === 'result' && result.result).toBe('未发现问题');
    expect(() => publicationRecord({ kind: 'other' } as never)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path: ['kind'] }));
  });
});

describe('describePool', () => {
  it('describes every criterion in a fixed order', () => {
    expect(describePool(PoolFilterSchema.parse({}))).toBe('全部市场主体；登记状态：存续（在业）');
    expect(describePool(PoolFilterSchema.parse({ kinds: ['individual'], excludeTags: ['x'], regions: ['永中街道'], statuses: ['operating', 'suspended'] }))).toBe(
      '主体类型：个体工商户；排除标签：x；区域：永中街道；登记状态：存续（在业）、歇业',
    );
  });
});
