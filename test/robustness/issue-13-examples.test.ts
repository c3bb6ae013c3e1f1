/**
 * Every example of issue #13 ("Zero crashes on bad input"), each a named test with the error code
 * it must now give. Before the fix each of these threw a TypeError/RangeError, hung, leaked English
 * zod wording or silently accepted nonsense.
 */
import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import {
  AnnualPlanSchema,
  PlannedTaskSchema,
  ShuangsuijiError,
  addWorkingDays,
  chineseErrorMap,
  computeKpis,
  computeKpisAsync,
  createKpiAccumulator,
  createSampler,
  defineCatalogue,
  definePolicy,
  defineResultCategories,
  describePool,
  drawInspectors,
  drawSubjects,
  evaluateRules,
  filterPool,
  generalItems,
  isJointTask,
  isWorkingDay,
  issueDeadline,
  itemsForTag,
  itemsForTask,
  jsonSchemaOf,
  jointShareRule,
  longwan2023SamplePlan,
  matchesPool,
  overduePublications,
  parseAnnualPlan,
  parseInspectionRecord,
  parsePlannedTask,
  ratioSampleSize,
  replaceItem,
  riskRank,
  sampleIds,
  simulateInspectionRecords,
  sortFindings,
  summarizeDirectory,
  taskPublicationRecord,
  validatePlan,
  verifyDrawAsync,
  verifyInspectorDraw,
  visitId,
  zhejiang2023,
  zhejiang2023Catalogue,
  type PlannedTask,
  type SubjectInput,
} from '../../src/index.js';
import { context, districtRecords } from '../kpi/district-fixture.js';

/** The error a call throws; fails the test for any other outcome. */
function errorOf(fn: () => unknown): ShuangsuijiError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ShuangsuijiError) return error;
    throw error;
  }
  throw new Error('did not throw');
}

async function rejectionOf(promise: () => Promise<unknown>): Promise<ShuangsuijiError> {
  try {
    await promise();
  } catch (error) {
    if (error instanceof ShuangsuijiError) return error;
    throw error;
  }
  throw new Error('did not reject');
}

function deep(depth: number): unknown {
  let value: unknown = [];
  for (let i = 0; i < depth; i += 1) value = [value];
  return value;
}

/** An array of length 2^32 − 1 that is all holes but the given entries. */
function sparse(entries: Record<number, unknown> = {}): unknown[] {
  return Object.assign(new Array<unknown>(2 ** 32 - 1), entries);
}

const record = districtRecords()[0]!;
const subject: SubjectInput = { id: 's1', name: '甲', kind: 'enterprise', tags: ['catering'] };
const task = longwan2023SamplePlan.tasks[0]!;
const drawRecord = drawSubjects({ seed: '31', taskId: 'T1', pool: ['a', 'b', 'c'], size: 1 }).record;
const staffing = drawInspectors({
  seed: '31',
  visits: [{ id: 'V1', subjectId: 'S1', departments: ['一所'] }],
  inspectors: [
    { id: 'I1', name: '甲', department: '一所' },
    { id: 'I2', name: '乙', department: '一所' },
  ],
});

describe('prototype keys', () => {
  it("jsonSchemaOf('toString') is INVALID_INPUT, path ['name']", () => {
    expect(errorOf(() => jsonSchemaOf('toString' as never))).toMatchObject({ code: 'INVALID_INPUT', path: ['name'] });
  });
  it("jsonSchemaOf('__proto__') is INVALID_INPUT, path ['name']", () => {
    expect(errorOf(() => jsonSchemaOf('__proto__' as never))).toMatchObject({ code: 'INVALID_INPUT', path: ['name'] });
  });
});

describe('the error message itself no longer crashes on the bad value', () => {
  it("addWorkingDays('2023-09-28', Object.create(null)) is INVALID_INPUT, path ['n']", () => {
    const error = errorOf(() => addWorkingDays('2023-09-28', Object.create(null) as never));
    expect(error).toMatchObject({ code: 'INVALID_INPUT', path: ['n'] });
    expect(error.message).toContain('无原型对象');
  });
  it("createSampler(…).add('a', Symbol('x')) is INVALID_INPUT, path ['stratum']", () => {
    const sampler = createSampler({ seed: 's', sizes: { A: 1 } });
    const error = errorOf(() => sampler.add('a', Symbol('x') as never));
    expect(error).toMatchObject({ code: 'INVALID_INPUT', path: ['stratum'] });
    expect(error.message).toContain('Symbol(x)');
  });
  it("definePolicy({ riskMultipliers: { C: 1n } }) is INVALID_POLICY, path ['riskMultipliers', 'C']", () => {
    const error = errorOf(() => definePolicy({ riskMultipliers: { C: 1n as never } }, zhejiang2023));
    expect(error).toMatchObject({ code: 'INVALID_POLICY', path: ['riskMultipliers', 'C'] });
    expect(error.message).toContain('大整数');
  });
  it("ratioSampleSize(0.03, <array nested 20 000 deep>) is INVALID_INPUT, path ['poolSize']", () => {
    expect(errorOf(() => ratioSampleSize(0.03, deep(20_000) as never))).toMatchObject({ code: 'INVALID_INPUT', path: ['poolSize'] });
  });
});

describe('non-iterables are validated', () => {
  it("computeKpis(5, ctx) is INVALID_INPUT, path ['records']", () => {
    expect(errorOf(() => computeKpis(5 as never, context))).toMatchObject({ code: 'INVALID_INPUT', path: ['records'] });
  });
  it("overduePublications(null, { asOf }) is INVALID_INPUT, path ['records']", () => {
    expect(errorOf(() => overduePublications(null as never, { asOf: '2023-11-01', policy: zhejiang2023 }))).toMatchObject({ code: 'INVALID_INPUT', path: ['records'] });
  });
  it("createKpiAccumulator(ctx).addMany(42) is INVALID_INPUT, path ['records']", () => {
    expect(errorOf(() => createKpiAccumulator(context).addMany(42 as never))).toMatchObject({ code: 'INVALID_INPUT', path: ['records'] });
  });
  it("computeKpisAsync(null, ctx) rejects with INVALID_INPUT, path ['source']", async () => {
    expect(await rejectionOf(() => computeKpisAsync(null as never, context))).toMatchObject({ code: 'INVALID_INPUT', path: ['source'] });
  });
  it("verifyDrawAsync(record, {}) rejects with INVALID_INPUT, path ['pool']", async () => {
    expect(await rejectionOf(() => verifyDrawAsync(drawRecord, {} as never))).toMatchObject({ code: 'INVALID_INPUT', path: ['pool'] });
  });
});

describe('options and secondary arguments are validated', () => {
  it("generalItems(catalogue, null) is INVALID_INPUT, path ['options']", () => {
    expect(errorOf(() => generalItems(zhejiang2023Catalogue, null as never))).toMatchObject({ code: 'INVALID_INPUT', path: ['options'] });
  });
  it("summarizeDirectory([], [undefined]) is INVALID_INPUT, path ['inspectors', 0]", () => {
    expect(errorOf(() => summarizeDirectory([], [undefined] as never))).toMatchObject({ code: 'INVALID_INPUT', path: ['inspectors', 0] });
  });
  it("matchesPool(subject, { tags: 5 }) is INVALID_INPUT, path ['filter', 'tags']", () => {
    expect(errorOf(() => matchesPool(subject, { tags: 5 } as never))).toMatchObject({ code: 'INVALID_INPUT', path: ['filter', 'tags'] });
  });
  it("parseInspectionRecord(record, {}) is INVALID_INPUT, path ['registry']", () => {
    expect(errorOf(() => parseInspectionRecord(record, {} as never))).toMatchObject({ code: 'INVALID_INPUT', path: ['registry'] });
  });
  it("new ShuangsuijiError('EMPTY_SEED', 'x', null) is INVALID_INPUT, path ['options']", () => {
    expect(errorOf(() => new ShuangsuijiError('EMPTY_SEED', 'x', null as never))).toMatchObject({ code: 'INVALID_INPUT', path: ['options'] });
  });
});

describe('nonsense is no longer accepted silently', () => {
  it("riskRank(null) is UNKNOWN_STRATUM, path ['riskClass']", () => {
    expect(errorOf(() => riskRank(null as never))).toMatchObject({ code: 'UNKNOWN_STRATUM', path: ['riskClass'] });
  });
  it("riskRank('E') is UNKNOWN_STRATUM, path ['riskClass']", () => {
    expect(errorOf(() => riskRank('E' as never))).toMatchObject({ code: 'UNKNOWN_STRATUM', path: ['riskClass'] });
  });
  it("new ShuangsuijiError(-1) is INVALID_INPUT, path ['code']", () => {
    expect(errorOf(() => new ShuangsuijiError(-1 as never))).toMatchObject({ code: 'INVALID_INPUT', path: ['code'] });
  });
  it("sampleIds(['a', 'b'], 's', 'garbage') is INVALID_INPUT, path ['options']", () => {
    expect(errorOf(() => sampleIds(['a', 'b'], 's', 'garbage' as never))).toMatchObject({ code: 'INVALID_INPUT', path: ['options'] });
  });
  it("generalItems(catalogue, { includePlaceholders: 'no' }) is INVALID_INPUT, path ['options', 'includePlaceholders']", () => {
    expect(errorOf(() => generalItems(zhejiang2023Catalogue, { includePlaceholders: 'no' as never }))).toMatchObject({
      code: 'INVALID_INPUT',
      path: ['options', 'includePlaceholders'],
    });
  });
  // null is "no policy", as undefined: every function that applies a policy answers MISSING_ARGUMENT (requirePolicy).
  it("issueDeadline(2023, 10, { policy: null }) is MISSING_ARGUMENT, path ['options', 'policy']", () => {
    expect(errorOf(() => issueDeadline(2023, 10, { policy: null as never }))).toMatchObject({ code: 'MISSING_ARGUMENT', path: ['options', 'policy'] });
  });
  it("itemsForTag(catalogue, 42) is INVALID_INPUT, path ['tag']", () => {
    expect(errorOf(() => itemsForTag(zhejiang2023Catalogue, 42 as never))).toMatchObject({ code: 'INVALID_INPUT', path: ['tag'] });
  });
  it("filterPool no longer keeps a subject whose id is an object: INVALID_INPUT, path ['subjects', 0, 'id']", () => {
    const pool = filterPool([{ ...subject, id: { no: 1 } } as never], {});
    expect(errorOf(() => [...pool])).toMatchObject({ code: 'INVALID_INPUT', path: ['subjects', 0, 'id'] });
  });
});

describe('arrays of length 2^32 − 1 with holes no longer stall the library', () => {
  const findings = [{ ruleId: 'a', severity: 'info', message: 'x', clause: '' }];
  const cases: [string, () => unknown, string, PropertyKey[]][] = [
    ['visitId', () => visitId('s1', sparse({ 0: 'T1' }) as never), 'SPARSE_ARRAY', ['taskIds', 1]],
    ['sortFindings', () => sortFindings(sparse({ 0: findings[0] }) as never), 'SPARSE_ARRAY', [1]],
    ['describePool', () => describePool({ tags: sparse() as never }), 'SPARSE_ARRAY', ['tags', 0]],
    ['isJointTask', () => isJointTask({ ...task, partnerDepartments: sparse() as never }), 'SPARSE_ARRAY', ['partnerDepartments', 0]],
    ['itemsForTask', () => itemsForTask(zhejiang2023Catalogue, sparse({ 0: 'A99' }) as never), 'SPARSE_ARRAY', [1]],
    ['replaceItem', () => replaceItem(zhejiang2023Catalogue, 'A99', { ...zhejiang2023Catalogue.byCode.get('A99')!, targetKinds: sparse() as never }), 'SPARSE_ARRAY', ['items', 0, 'targetKinds', 0]],
    ['defineCatalogue', () => defineCatalogue({ year: 2023, region: 'x', items: sparse() as never }), 'SPARSE_ARRAY', ['items', 0]],
    ['taskPublicationRecord', () => taskPublicationRecord({ task: { ...task, itemCodes: sparse() as never } }), 'SPARSE_ARRAY', ['task', 'itemCodes', 0]],
    ['verifyInspectorDraw', () => verifyInspectorDraw(staffing.record, sparse() as never), 'SPARSE_ARRAY', ['inspectors', 0]],
    ['evaluateRules', () => evaluateRules(sparse({ 0: jointShareRule }) as never, {}), 'SPARSE_ARRAY', ['rules', 1]],
    ['simulateInspectionRecords', () => simulateInspectionRecords(sparse() as never, [], { seed: 's', plan: longwan2023SamplePlan, policy: zhejiang2023 }), 'SPARSE_ARRAY', ['visits', 0]],
    ['defineResultCategories', () => defineResultCategories(sparse() as never), 'SPARSE_ARRAY', [0]],
  ];
  it.each(cases)('%s is %s', (_name, call, code, path) => {
    expect(errorOf(call)).toMatchObject({ code, path });
  });
});

describe('one contract per shape, in Chinese', () => {
  const misspelt = { ...longwan2023SamplePlan, tasks: [{ ...task, partnerDepartment: ['区卫生健康局'] }] };
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);

  it("validatePlan, AnnualPlanSchema, parseAnnualPlan and schemas/AnnualPlan.json all reject the misspelt 'partnerDepartment'", () => {
    const options = { catalogue: zhejiang2023Catalogue, policy: zhejiang2023 };
    expect(errorOf(() => validatePlan(misspelt, options))).toMatchObject({ code: 'INVALID_PLAN', path: ['tasks', 0, 'partnerDepartment'] });
    expect(errorOf(() => parseAnnualPlan(misspelt))).toMatchObject({ code: 'INVALID_PLAN', path: ['tasks', 0, 'partnerDepartment'] });
    expect(AnnualPlanSchema.safeParse(misspelt).success).toBe(false);
    expect(ajv.validate(jsonSchemaOf('AnnualPlan'), misspelt)).toBe(false);
  });

  it('the shipped JSON Schema forbids unknown fields at every level of the plan', () => {
    const schema = jsonSchemaOf('AnnualPlan') as { additionalProperties?: unknown; properties: { tasks: { items: { additionalProperties?: unknown; properties: Record<string, { additionalProperties?: unknown }> } } } };
    expect(schema.additionalProperties).toBe(false);
    const taskSchema = schema.properties.tasks.items;
    expect(taskSchema.additionalProperties).toBe(false);
    expect(taskSchema.properties['pool']?.additionalProperties).toBe(false);
    expect(taskSchema.properties['sampling']?.additionalProperties).toBe(false);
  });

  it('zod messages name Chinese types: month 1.5 is "应为 整数", not "期望 int"', () => {
    const error = errorOf(() => parsePlannedTask({ ...task, month: 1.5 }));
    expect(error).toMatchObject({ code: 'INVALID_PLAN', path: ['month'] });
    expect(error.message).toBe('计划任务无效（字段 month）：应为 整数，收到 数字 1.5');
    expect(PlannedTaskSchema.safeParse({ ...task, month: 13 }, { error: chineseErrorMap }).error?.issues[0]?.message).toBe('数值过大：应不大于 12，收到 数字 13');
  });

  it("a Date is described as a Date object, not as 'object'", () => {
    const error = errorOf(() => isWorkingDay(new Date(2023, 9, 7) as never));
    expect(error.code).toBe('INVALID_DATE');
    expect(error.message).toContain('日期对象');
    expect(error.message).not.toContain("'object'");
  });

  it('the out-of-range message has its space: "日期 2030-01-02 超出工作日历"', () => {
    const error = errorOf(() => isWorkingDay('2030-01-02'));
    expect(error.code).toBe('CALENDAR_OUT_OF_RANGE');
    expect(error.message).toContain('日期 2030-01-02 超出工作日历');
  });
});

describe('public input types accept the input form', () => {
  it('filterPool(SubjectInput[], task.pool) type-checks and keeps the caller’s objects', () => {
    // A parsed task's pool is the parsed PoolFilter; the subjects are plain input, not parsed Subjects.
    const cateringTask: PlannedTask = PlannedTaskSchema.parse({ ...task, pool: { tags: ['catering'] } });
    const subjects: SubjectInput[] = [subject, { id: 's2', name: '乙', kind: 'individual' }];
    const pool: SubjectInput[] = [...filterPool(subjects, cateringTask.pool)];
    expect(pool).toEqual([subject]);
    expect(pool[0]).toBe(subjects[0]);
    expect(matchesPool(subjects[1]!, cateringTask.pool)).toBe(false);
  });
});
