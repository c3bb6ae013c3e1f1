/**
 * The TSDoc examples of the parse… functions of the public shapes, and of isCatalogue and
 * isResultCategoryRegistry, as written.
 */
import { describe, expect, it } from 'vitest';
import {
  KPI_ACCUMULATOR_STATE_FORMAT,
  createKpiAccumulator,
  createSampler,
  resultCategoriesOf,
  drawInspectors,
  drawSubjects,
  isCatalogue,
  isResultCategoryRegistry,
  longwan2023SamplePlan,
  parseAllocationRequest,
  parseAnnualPlan,
  parseAssignment,
  parseCalendarDefinition,
  parseCatalogueDefinition,
  parseCheckItem,
  parseDrawRecord,
  parseDrawVisit,
  parseFinding,
  parseInspector,
  parseInspectorDrawRecord,
  parseInspectorRules,
  parseKpiAccumulatorState,
  parsePlannedTask,
  parsePolicy,
  parsePoolFilter,
  parseRequiredRateRequest,
  parseSamplerState,
  parseSubject,
  zhejiang2023,
  zhejiang2023Catalogue,
} from '../../src/index.js';
import { context } from '../kpi/district-fixture.js';
import { errorOf } from '../support/error-of.js';

const visits = [{ id: 'V1', subjectId: 'S1', departments: ['一所'] }];
const inspectors = [
  { id: 'I1', name: '甲', department: '一所' },
  { id: 'I2', name: '乙', department: '一所' },
];

describe('TSDoc examples of the parse functions', () => {
  it('core, calendar, catalogue, directory', () => {
    expect(parseFinding({ ruleId: 'plan.joint-share', severity: 'error', message: '联合抽查占比不足', clause: '通知·三' }).severity).toBe('error');
    expect(errorOf(() => parseFinding({ ruleId: 'plan.joint-share', severity: 'fatal', message: 'x', clause: '' }))).toMatchObject({ code: 'INVALID_INPUT', path: ['severity'] });
    expect(parseCalendarDefinition({ years: { from: 2027, to: 2027 } }).holidays).toEqual([]);
    expect(errorOf(() => parseCalendarDefinition({ years: { from: 2027, to: 2027 }, holiday: ['2027-01-01'] }))).toMatchObject({ code: 'INVALID_INPUT', path: ['holiday'] });
    expect(parseCheckItem({ code: 'A99', name: '营业执照检查', category: 'general', leadDepartment: '信用监管科', targetKinds: ['enterprise'] }).method).toBe('onsite');
    expect(errorOf(() => parseCheckItem({ code: 'A99', name: 'x', category: 'general', leadDepartment: 'd', targetKinds: [] }))).toMatchObject({ code: 'INVALID_CATALOGUE', path: ['targetKinds'] });
    expect(parseCatalogueDefinition({ year: 2023, region: '浙江省', items: [] }).items).toEqual([]);
    expect(errorOf(() => parseCatalogueDefinition({ year: 2023, region: '浙江省', items: [], remark: 'x' }))).toMatchObject({ code: 'INVALID_CATALOGUE', path: ['remark'] });
    expect(parseSubject({ id: 's1', name: '甲', kind: 'enterprise' }).status).toBe('operating');
    expect(errorOf(() => parseSubject({ id: { no: 1 }, name: '甲', kind: 'enterprise' }))).toMatchObject({ code: 'INVALID_INPUT', path: ['id'] });
    expect(parseInspector({ id: 'I1', name: '张三', department: '一所' }).active).toBe(true);
    expect(errorOf(() => parseInspector({ id: 'I1', name: '张三', department: '一所', certificateValidUntil: '2023-2-3' }))).toMatchObject({
      code: 'INVALID_DATE',
      path: ['certificateValidUntil'],
    });
    expect(parsePoolFilter({ tags: ['catering'] }).statuses).toEqual(['operating']);
    expect(errorOf(() => parsePoolFilter({ tags: 5 }))).toMatchObject({ code: 'INVALID_INPUT', path: ['tags'] });
  });

  it('policy, plan, risk', () => {
    expect(parsePolicy(zhejiang2023).jointShare).toBe(0.3);
    expect(errorOf(() => parsePolicy({ ...zhejiang2023, jointShare: 1.5 }))).toMatchObject({ code: 'INVALID_POLICY', path: ['jointShare'] });
    expect(parseAnnualPlan({ year: 2023, unit: '龙湾区市场监督管理局', tasks: [] }).tasks).toEqual([]);
    expect(errorOf(() => parseAnnualPlan({ ...longwan2023SamplePlan, tasks: [{ ...longwan2023SamplePlan.tasks[0], partnerDepartment: ['区卫生健康局'] }] }))).toMatchObject({
      code: 'INVALID_PLAN',
      path: ['tasks', 0, 'partnerDepartment'],
    });
    expect(parsePlannedTask({ id: 'T01', name: '餐饮检查', month: 3, leadDepartment: '餐饮科', itemCodes: ['A99'], sampling: { count: 3 } }).kind).toBe('directed');
    expect(errorOf(() => parsePlannedTask({ id: 'T01', name: '餐饮检查', month: 1.5, leadDepartment: '餐饮科', itemCodes: ['A99'], sampling: { count: 3 } }))).toMatchObject({
      code: 'INVALID_PLAN',
      path: ['month'],
      message: '计划任务无效（字段 month）：应为 整数，收到 数字 1.5',
    });
    expect(parseAllocationRequest({ poolCounts: { A: 10, B: 5, C: 1, D: 0 }, sampling: { ratio: 0.03 } }).sampling.ratio).toBe(0.03);
    expect(errorOf(() => parseAllocationRequest({ poolCounts: { A: -1, B: 5, C: 1, D: 0 }, sampling: { ratio: 0.03 } }))).toMatchObject({
      code: 'INVALID_INPUT',
      path: ['poolCounts', 'A'],
    });
    expect(parseRequiredRateRequest({ enterprises: 1000, alreadyCovered: 10, poolSize: 500 }).poolSize).toBe(500);
    expect(errorOf(() => parseRequiredRateRequest({ enterprises: 1000, alreadyCovered: 10 }))).toMatchObject({ code: 'INVALID_INPUT', path: ['poolSize'] });
  });

  it('draw, kpi, merge', () => {
    expect(parseDrawRecord(drawSubjects({ seed: '31', taskId: 'T1', pool: ['a', 'b'], size: 1 }).record).taskId).toBe('T1');
    expect(errorOf(() => parseDrawRecord({ taskId: 'T1' })).code).toBe('INVALID_RECORD');
    expect(parseInspectorDrawRecord(drawInspectors({ seed: '31', visits, inspectors }).record).seed).toBe('31');
    expect(errorOf(() => parseInspectorDrawRecord({ seed: '31' })).code).toBe('INVALID_RECORD');
    expect(parseInspectorRules({ perSubject: 2 }).perSubject).toBe(2);
    expect(errorOf(() => parseInspectorRules({ perSubject: 0 }))).toMatchObject({ code: 'INVALID_INPUT', path: ['perSubject'] });
    expect(parseDrawVisit({ id: 'V1', subjectId: 'S1', departments: ['一所'] }).departments).toEqual(['一所']);
    expect(errorOf(() => parseDrawVisit({ id: 'V1', subjectId: 'S1' }))).toMatchObject({ code: 'INVALID_INPUT', path: ['departments'] });
    expect(parseSamplerState(createSampler({ seed: 's', sizes: { A: 1 } }).state()).seed).toBe('s');
    expect(errorOf(() => parseSamplerState({ seed: 's' })).code).toBe('INVALID_INPUT');
    expect(parseKpiAccumulatorState(createKpiAccumulator(context).state()).format).toBe(KPI_ACCUMULATOR_STATE_FORMAT);
    expect(errorOf(() => parseKpiAccumulatorState({ format: 'x' })).code).toBe('INVALID_INPUT');
    expect(parseAssignment({ taskId: 'T01', subjectId: 's1' })).toEqual({ taskId: 'T01', subjectId: 's1' });
    expect(errorOf(() => parseAssignment({ taskId: 'T01', subjectId: 's1', subjectID: 's1' }))).toMatchObject({ code: 'INVALID_INPUT', path: ['subjectID'] });
  });
});

describe('TSDoc examples of the brand checks', () => {
  it('isCatalogue and isResultCategoryRegistry accept what the library made, not copies', () => {
    expect(isCatalogue(zhejiang2023Catalogue)).toBe(true);
    expect(isCatalogue({ ...zhejiang2023Catalogue })).toBe(false);
    expect(isResultCategoryRegistry(resultCategoriesOf(zhejiang2023))).toBe(true);
    expect(isResultCategoryRegistry({ byId: new Map() })).toBe(false);
  });
});
