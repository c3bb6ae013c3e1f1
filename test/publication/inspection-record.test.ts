import { describe, it, expect } from 'vitest';
import { InspectionRecordSchema, defineResultCategories, inspectionRecordSchemaFor, parseInspectionRecord, resultCategoriesOf, type InspectionRecordInput } from '../../src/publication/index.js';
import { definePolicy } from '../../src/policy/index.js';
import { zhejiang2023 } from '../../src/presets/index.js';

const categories = resultCategoriesOf(zhejiang2023);
import { createRecordChecker } from '../../src/publication/check-record.js';

const record: InspectionRecordInput = {
  subjectId: 'E0001',
  subjectKind: 'enterprise',
  riskClass: 'B',
  taskId: 'T01',
  department: '餐饮科',
  checkDate: '2023-03-10',
  doubleRandom: true,
  joint: false,
  riskApplied: true,
  mobile: true,
  resultCategory: 'ordered-to-correct',
};

describe('InspectionRecordSchema / parseInspectionRecord', () => {
  it('fills resultDate, problemFound and followUp from the policy\'s categories', () => {
    const parsed = parseInspectionRecord(record, categories);
    expect(parsed.resultDate).toBe('2023-03-10');
    expect(parsed.problemFound).toBe(true);
    expect(parsed.followUp).toBe('none');
    expect(parseInspectionRecord({ ...record, resultCategory: 'no-problem' }, categories).problemFound).toBe(false);
    // An explicit value wins over the category.
    expect(parseInspectionRecord({ ...record, problemFound: false }, categories).problemFound).toBe(false);
  });

  it('the shape schema checks fields, not the policy\'s categories', () => {
    expect(InspectionRecordSchema.parse({ ...record, resultCategory: 'any-id' }).resultCategory).toBe('any-id');
    expect(InspectionRecordSchema.safeParse({ ...record, checkDate: '2023-3-10' }).success).toBe(false);
  });

  it('needs the categories: no default list', () => {
    expect(() => parseInspectionRecord(record, undefined as never)).toThrow(expect.objectContaining({ code: 'MISSING_ARGUMENT', path: ['registry'] }));
  });

  it('throws INVALID_RECORD / INVALID_DATE with the field path', () => {
    expect(() => parseInspectionRecord({ ...record, resultCategory: 'ok' }, categories)).toThrow(expect.objectContaining({ code: 'INVALID_RECORD', path: ['resultCategory'] }));
    expect(() => parseInspectionRecord({ ...record, checkDate: '2023-02-30' }, categories)).toThrow(expect.objectContaining({ code: 'INVALID_DATE', path: ['checkDate'] }));
    expect(() => parseInspectionRecord({ ...record, subjectKind: 'firm' }, categories)).toThrow(expect.objectContaining({ code: 'INVALID_RECORD', path: ['subjectKind'] }));
    expect(() => parseInspectionRecord({ ...record, resultDate: '2023-03-09' }, categories)).toThrow(expect.objectContaining({ code: 'INVALID_RECORD', path: ['resultDate'] }));
    expect(() => parseInspectionRecord({ ...record, publishedOn: '2023-03-09' }, categories)).toThrow(expect.objectContaining({ code: 'INVALID_RECORD', path: ['publishedOn'] }));
  });

  it('accepts a bureau category added to its policy', () => {
    const policy = definePolicy({ resultCategories: [{ id: 'warned', text: '发现问题已予警告', problemFound: true, followUpNeeded: false }] }, zhejiang2023);
    const registry = resultCategoriesOf(policy);
    expect(registry.categories).toHaveLength(19);
    expect(defineResultCategories(registry.categories).byId.get('warned')?.source).toMatchObject({ status: 'unsourced', setBy: 'zhejiang2023' });
    expect(inspectionRecordSchemaFor(registry).parse({ ...record, resultCategory: 'warned' }).problemFound).toBe(true);
    expect(parseInspectionRecord({ ...record, resultCategory: 'warned' }, registry).resultCategory).toBe('warned');
  });
});

describe('createRecordChecker (hot path)', () => {
  const check = createRecordChecker(categories);
  const code = (input: unknown): { code: string; path: PropertyKey[] } => {
    try {
      check(input, 7);
    } catch (error) {
      return { code: (error as { code: string }).code, path: (error as { path: PropertyKey[] }).path };
    }
    return { code: 'none', path: [] };
  };

  it('returns the category of a good record', () => {
    expect(check(record, 0).text).toBe('发现问题经责令已改正');
  });

  it('agrees with the schema on bad records (code and field)', () => {
    const bad: [Record<string, unknown>, string, string][] = [
      [{ subjectId: '' }, 'INVALID_RECORD', 'subjectId'],
      [{ taskId: 3 }, 'INVALID_RECORD', 'taskId'],
      [{ visitId: '' }, 'INVALID_RECORD', 'visitId'],
      [{ mobile: 1 }, 'INVALID_RECORD', 'mobile'],
      [{ riskApplied: undefined }, 'INVALID_RECORD', 'riskApplied'],
      [{ resultCategory: '未发现问题' }, 'INVALID_RECORD', 'resultCategory'],
      [{ checkDate: '2023-02-29' }, 'INVALID_DATE', 'checkDate'],
      [{ resultDate: '2023-03-09' }, 'INVALID_RECORD', 'resultDate'],
      [{ publishedOn: '2023/03/20' }, 'INVALID_DATE', 'publishedOn'],
      [{ problemFound: 'no' }, 'INVALID_RECORD', 'problemFound'],
      [{ problems: 'x' }, 'INVALID_RECORD', 'problems'],
      [{ followUp: 'done' }, 'INVALID_RECORD', 'followUp'],
    ];
    for (const [change, expectedCode, field] of bad) {
      const input = { ...record, ...change };
      expect(code(input)).toEqual({ code: expectedCode, path: ['records', 7, field] });
      expect(inspectionRecordSchemaFor(categories).safeParse(input).success).toBe(false);
    }
  });

  it('remembers valid dates but still rejects invalid ones after many', () => {
    for (let day = 1; day <= 28; day += 1) check({ ...record, checkDate: `2023-02-${String(day).padStart(2, '0')}` }, day);
    expect(code({ ...record, checkDate: '2023-02-29' })).toEqual({ code: 'INVALID_DATE', path: ['records', 7, 'checkDate'] });
  });
});
