import { describe, it, expect } from 'vitest';
import { zhejiang2023 } from '../../src/presets/index.js';
import {
  defineResultCategories,
  inspectionRecordSchemaFor,
  parseInspectionRecord,
  resultCategoriesOf,
  type InspectionRecordInput,
} from '../../src/publication/index.js';
import { thrown } from '../support/error-of.js';

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


describe('inspectionRecordSchemaFor (抽查检查记录): date order, on the day and the day before', () => {
  const schema = inspectionRecordSchemaFor(categories);
  const issues = (input: unknown) => {
    const result = schema.safeParse(input);
    return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path, message: issue.message }));
  };

  it('a result formed on the check day passes, the day before fails with its message', () => {
    expect(issues({ ...record, resultDate: '2023-03-10' })).toEqual([]);
    expect(issues({ ...record, resultDate: '2023-03-09' })).toEqual([{ path: ['resultDate'], message: '结果形成日期早于检查日期' }]);
  });

  it('published on the result day passes, the day before fails with its message (result day = check day when omitted)', () => {
    expect(issues({ ...record, publishedOn: '2023-03-10' })).toEqual([]);
    expect(issues({ ...record, publishedOn: '2023-03-09' })).toEqual([{ path: ['publishedOn'], message: '公示日期早于结果形成日期' }]);
    expect(issues({ ...record, resultDate: '2023-03-12', publishedOn: '2023-03-12' })).toEqual([]);
    expect(issues({ ...record, resultDate: '2023-03-12', publishedOn: '2023-03-11' })).toEqual([{ path: ['publishedOn'], message: '公示日期早于结果形成日期' }]);
  });

  it('an unknown category has its message; problemFound comes from the category unless given', () => {
    expect(issues({ ...record, resultCategory: 'ok' })).toEqual([{ path: ['resultCategory'], message: '未知的检查结果类别' }]);
    expect(schema.parse(record).problemFound).toBe(true);
    expect(schema.parse({ ...record, resultCategory: 'no-problem' }).problemFound).toBe(false);
    expect(schema.parse({ ...record, problemFound: false }).problemFound).toBe(false);
  });

  it('the codes of the refinements are INVALID_RECORD through parseInspectionRecord', () => {
    expect(thrown(() => parseInspectionRecord({ ...record, resultDate: '2023-03-09' }, categories))).toMatchObject({
      code: 'INVALID_RECORD',
      path: ['resultDate'],
    });
    expect(thrown(() => parseInspectionRecord({ ...record, resultCategory: 'ok' }, categories))).toMatchObject({
      code: 'INVALID_RECORD',
      path: ['resultCategory'],
    });
  });

  it('a missing registry and one not made by defineResultCategories', () => {
    const missing = { code: 'MISSING_ARGUMENT', path: ['registry'], message: '缺少参数 registry：请传入检查结果类别表，如 resultCategoriesOf(policy)' };
    expect(thrown(() => parseInspectionRecord(record, undefined as never))).toEqual(missing);
    expect(thrown(() => parseInspectionRecord(record, null as never))).toEqual(missing);
    const fake = { categories: [], byId: new Map() };
    for (const call of [() => parseInspectionRecord(record, fake), () => inspectionRecordSchemaFor(fake)]) {
      const error = thrown(call);
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.path).toEqual(['registry']);
      expect(error.message).toContain('检查结果类别表');
    }
  });
});

describe('defineResultCategories / resultCategoriesOf', () => {
  it('an empty list and a repeated id, with the messages', () => {
    const empty = thrown(() => defineResultCategories([]));
    expect(empty.code).toBe('INVALID_INPUT');
    expect(empty.message).toContain('至少应有一个检查结果类别');
    const category = { id: 'a', text: '甲', problemFound: false, followUpNeeded: false };
    expect(thrown(() => defineResultCategories([category, { ...category, text: '乙' }]))).toEqual({
      code: 'DUPLICATE_ID',
      path: [1, 'id'],
      message: '检查结果类别标识 a 重复',
    });
  });

  it('gives the same registry for the same policy, and rejects a missing policy', () => {
    expect(resultCategoriesOf(zhejiang2023)).toBe(resultCategoriesOf(zhejiang2023));
    expect(thrown(() => resultCategoriesOf(undefined as never))).toMatchObject({ code: 'MISSING_ARGUMENT', path: ['policy'] });
    expect(thrown(() => resultCategoriesOf(null as never))).toMatchObject({ code: 'MISSING_ARGUMENT', path: ['policy'] });
  });
});
