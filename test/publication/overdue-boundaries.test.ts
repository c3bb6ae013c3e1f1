import { describe, it, expect } from 'vitest';
import { ShuangsuijiError } from '../../src/core/index.js';
import { zhejiang2023 } from '../../src/presets/index.js';
import { OverduePublicationsOptionsSchema, overduePublications, type InspectionRecordInput } from '../../src/publication/index.js';

const record: InspectionRecordInput = {
  subjectId: 'E0001',
  subjectKind: 'enterprise',
  taskId: 'T01',
  department: '餐饮科',
  checkDate: '2023-09-28',
  doubleRandom: true,
  joint: false,
  riskApplied: true,
  mobile: true,
  resultCategory: 'no-problem',
};
// 20 working days after 2023-09-28 (National Day 09-29..10-06 off, 10-07 and 10-08 worked): 2023-11-01.
const base = { index: 0, subjectId: 'E0001', taskId: 'T01', resultDate: '2023-09-28', from: '2023-09-28', deadline: '2023-11-01' };

describe('overduePublications (逾期公示): the days around asOf', () => {
  it('published the day after the deadline and on asOf: late, not unpublished', () => {
    expect(overduePublications([{ ...record, publishedOn: '2023-11-02' }], { asOf: '2023-11-02', policy: zhejiang2023 })).toEqual([
      { ...base, status: 'late', publishedOn: '2023-11-02' },
    ]);
  });

  it('published the day after asOf: not yet published, so unpublished', () => {
    expect(overduePublications([{ ...record, publishedOn: '2023-11-03' }], { asOf: '2023-11-02', policy: zhejiang2023 })).toEqual([
      { ...base, status: 'unpublished' },
    ]);
  });

  it('published on the deadline is in time whatever asOf', () => {
    expect(overduePublications([{ ...record, publishedOn: '2023-11-01' }], { asOf: '2023-12-01', policy: zhejiang2023 })).toEqual([]);
  });

  it('a result formed after asOf is not looked at, even beyond the calendar', () => {
    const later = { ...record, checkDate: '2027-03-01' };
    expect(overduePublications([later, record], { asOf: '2023-11-02', policy: zhejiang2023 })).toEqual([{ ...base, index: 1, status: 'unpublished' }]);
  });

  it('options that are not an object, with the message; the standalone schema wants a policy object', () => {
    for (const options of [null, 'x', 1]) {
      let error: unknown;
      try {
        overduePublications([], options as never);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(ShuangsuijiError);
      expect(error).toMatchObject({ code: 'INVALID_INPUT', path: ['options'], message: '逾期公示查询参数应为对象' });
    }
    const bad = OverduePublicationsOptionsSchema.safeParse({ asOf: '2023-11-02', policy: null });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toBe('应为政策参数');
    expect(bad.error?.issues[0]?.path).toEqual(['policy']);
    expect(OverduePublicationsOptionsSchema.safeParse({ asOf: '2023-11-02', policy: zhejiang2023 }).success).toBe(true);
    const categories = OverduePublicationsOptionsSchema.safeParse({ asOf: '2023-11-02', policy: zhejiang2023, resultCategories: {} });
    expect(categories.error?.issues[0]?.message).toBe('应为 defineResultCategories 返回的检查结果类别表');
  });
});
