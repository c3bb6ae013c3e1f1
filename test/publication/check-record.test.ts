import { describe, it, expect } from 'vitest';
import { resultCategoriesOf, type InspectionRecordInput } from '../../src/publication/index.js';
import { createRecordChecker } from '../../src/publication/check-record.js';
import { zhejiang2023 } from '../../src/presets/index.js';
import { ShuangsuijiError } from '../../src/core/index.js';

const categories = resultCategoriesOf(zhejiang2023);

const record: InspectionRecordInput = {
  subjectId: 'E0001',
  subjectKind: 'enterprise',
  taskId: 'T01',
  department: '餐饮科',
  checkDate: '2023-03-10',
  doubleRandom: true,
  joint: false,
  riskApplied: true,
  mobile: true,
  resultCategory: 'ordered-to-correct',
};

/** The error of one record checked at index 4 by a fresh checker: code, path and Chinese message. */
function failure(input: unknown): { code: string; path: readonly unknown[]; message: string } | 'accepted' {
  try {
    createRecordChecker(categories)(input, 4);
    return 'accepted';
  } catch (error) {
    if (!(error instanceof ShuangsuijiError)) throw error;
    return { code: error.code, path: error.path, message: error.message };
  }
}

const recordError = (field: string, what: string) => ({
  code: 'INVALID_RECORD',
  path: ['records', 4, field],
  message: `抽查检查记录无效（字段 records.4.${field}）：${what}`,
});
const dateError = (field: string) => ({
  code: 'INVALID_DATE',
  path: ['records', 4, field],
  message: `抽查检查记录无效（字段 records.4.${field}）：应为 YYYY-MM-DD 格式的真实日期`,
});

describe('createRecordChecker (记录快速校验): every value of every field', () => {
  it('accepts each subject kind, risk class and follow-up state, and returns the category', () => {
    for (const subjectKind of ['enterprise', 'individual', 'cooperative', 'other']) expect(failure({ ...record, subjectKind })).toBe('accepted');
    for (const riskClass of ['A', 'B', 'C', 'D']) expect(failure({ ...record, riskClass })).toBe('accepted');
    for (const followUp of ['none', 'pending', 'rectified', 'transferred', 'case-filed', 'listed-abnormal', 'closed']) {
      expect(failure({ ...record, followUp })).toBe('accepted');
    }
    expect(createRecordChecker(categories)({ ...record, resultCategory: 'no-problem' }, 0).id).toBe('no-problem');
  });

  it('rejects each other value with the field and the message', () => {
    expect(failure(null)).toEqual({ code: 'INVALID_RECORD', path: ['records', 4], message: '抽查检查记录无效（字段 records.4）：记录应为对象' });
    expect(failure('E0001')).toEqual({ code: 'INVALID_RECORD', path: ['records', 4], message: '抽查检查记录无效（字段 records.4）：记录应为对象' });
    expect(failure({ ...record, subjectId: '' })).toEqual(recordError('subjectId', '应为非空字符串'));
    expect(failure({ ...record, subjectId: 7 })).toEqual(recordError('subjectId', '应为非空字符串'));
    for (const subjectKind of ['', 'Enterprise', 'company', undefined]) expect(failure({ ...record, subjectKind })).toEqual(recordError('subjectKind', '主体类型无效'));
    for (const riskClass of ['', 'E', 'a', null]) {
      expect(failure({ ...record, riskClass })).toEqual(recordError('riskClass', '信用风险分类应为 A、B、C、D 之一'));
    }
    expect(failure({ ...record, taskId: '' })).toEqual(recordError('taskId', '应为非空字符串'));
    expect(failure({ ...record, taskId: 3 })).toEqual(recordError('taskId', '应为非空字符串'));
    expect(failure({ ...record, visitId: '' })).toEqual(recordError('visitId', '应为非空字符串'));
    expect(failure({ ...record, visitId: 9 })).toEqual(recordError('visitId', '应为非空字符串'));
    expect(failure({ ...record, visitId: 'V1' })).toBe('accepted');
    expect(failure({ ...record, department: '' })).toEqual(recordError('department', '应为非空字符串'));
    expect(failure({ ...record, department: false })).toEqual(recordError('department', '应为非空字符串'));
    for (const field of ['doubleRandom', 'joint', 'riskApplied', 'mobile']) {
      expect(failure({ ...record, [field]: 1 })).toEqual(recordError(field, '应为布尔值'));
      expect(failure({ ...record, [field]: false })).toBe('accepted');
    }
    expect(failure({ ...record, resultCategory: '未发现问题' })).toEqual(recordError('resultCategory', '未知的检查结果类别 字符串 "未发现问题"'));
    expect(failure({ ...record, resultCategory: 3 })).toEqual(recordError('resultCategory', '未知的检查结果类别 数字 3'));
    expect(failure({ ...record, problemFound: 'no' })).toEqual(recordError('problemFound', '应为布尔值'));
    expect(failure({ ...record, problemFound: false })).toBe('accepted');
    expect(failure({ ...record, problems: 'x' })).toEqual(recordError('problems', '应为字符串数组'));
    expect(failure({ ...record, problems: ['x'] })).toBe('accepted');
    for (const followUp of ['', 'done', 'Closed']) expect(failure({ ...record, followUp })).toEqual(recordError('followUp', '后续处置状态无效'));
  });

  it('checks the four dates: shape, real day, and the order check ≤ result ≤ publication (on the day passes)', () => {
    for (const field of ['checkDate', 'resultDate', 'publishedOn', 'followUpDate']) {
      for (const value of ['2023-3-20', '2023/03/20', '2023-02-29', ' 2023-03-20', '2023-03-20 ', 20_230_320]) {
        expect(failure({ ...record, resultDate: '2023-03-15', publishedOn: '2023-03-20', followUpDate: '2023-03-20', [field]: value })).toEqual(dateError(field));
      }
    }
    expect(failure({ ...record, resultDate: '2023-03-10' })).toBe('accepted');
    expect(failure({ ...record, resultDate: '2023-03-09' })).toEqual(recordError('resultDate', '结果形成日期早于检查日期'));
    // Without a result date the result is formed on the check date.
    expect(failure({ ...record, publishedOn: '2023-03-10' })).toBe('accepted');
    expect(failure({ ...record, publishedOn: '2023-03-09' })).toEqual(recordError('publishedOn', '公示日期早于结果形成日期'));
    expect(failure({ ...record, resultDate: '2023-03-15', publishedOn: '2023-03-15' })).toBe('accepted');
    expect(failure({ ...record, resultDate: '2023-03-15', publishedOn: '2023-03-14' })).toEqual(recordError('publishedOn', '公示日期早于结果形成日期'));
    expect(failure({ ...record, followUpDate: '2023-01-01' })).toBe('accepted');
  });

  it('a date remembered as valid in one field is still checked in order in another', () => {
    const check = createRecordChecker(categories);
    expect(check({ ...record, checkDate: '2023-03-12' }, 0).id).toBe('ordered-to-correct');
    // 2023-03-10 and 2023-03-12 are now known valid dates; the order check still applies.
    expect(() => check({ ...record, checkDate: '2023-03-12', resultDate: '2023-03-10' }, 1)).toThrow('结果形成日期早于检查日期');
    expect(() => check({ ...record, checkDate: '2023-02-30' }, 2)).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }) as Error);
  });
});
