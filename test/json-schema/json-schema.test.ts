import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import {
  PUBLIC_SCHEMAS,
  createDrawAnnouncement,
  poolCommitment,
  drawInspectors,
  drawSubjects,
  generateDirectory,
  jsonSchemaOf,
  jsonSchemas,
  createKpiAccumulator,
  createSampler,
  longwan2023SamplePlan,
  zhejiang2023,
  zhejiang2023Catalogue,
  PRESETS,
  type PublicSchemaName,
} from '../../src/index.js';
import { samplePools } from '../support/sample-pools.js';
import { context as districtContext, districtRecords } from '../kpi/district-fixture.js';

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);

function jsonAccepts(name: PublicSchemaName, value: unknown): boolean {
  const validate = ajv.getSchema(`shuangsuiji/schemas/${name}.json`) ?? ajv.compile(jsonSchemaOf(name));
  return validate(JSON.parse(JSON.stringify(value))) as boolean;
}

function zodAccepts(name: PublicSchemaName, value: unknown): boolean {
  return PUBLIC_SCHEMAS[name].safeParse(value).success;
}

const directory = generateDirectory({ seed: 'json-schema', size: 200 });
const draw = drawSubjects({ seed: '31', taskId: 'T01', pool: directory.subjects.map((s) => s.id), size: 5, reserve: 2 });
const staffing = drawInspectors({
  seed: '31',
  visits: [{ id: 'V1', subjectId: 'S1', departments: ['一所'] }],
  inspectors: [
    { id: 'I1', name: '甲', department: '一所' },
    { id: 'I2', name: '乙', department: '一所' },
  ],
});

function samplerState(): unknown {
  const sampler = createSampler({ seed: '31', sizes: { A: 2, B: 1 } });
  for (const id of ['a', 'b', 'c', 'd']) sampler.add(id, id < 'c' ? 'A' : 'B');
  return sampler.state();
}

/** Valid examples of each shape, taken from the library's own presets and outputs. */
const valid: Record<PublicSchemaName, unknown[]> = {
  Subject: directory.subjects.slice(0, 50),
  Inspector: directory.inspectors.slice(0, 20),
  PoolFilter: longwan2023SamplePlan.tasks.map((task) => task.pool),
  CheckItem: [...zhejiang2023Catalogue.items],
  CatalogueDefinition: [{ year: 2023, region: '浙江省', items: [...zhejiang2023Catalogue.items] }],
  CalendarDefinition: [{ years: { from: 2027, to: 2027 }, holidays: ['2027-01-01'], workdays: [] }],
  Policy: PRESETS.map((preset) => preset.policy),
  AnnualPlan: [longwan2023SamplePlan],
  PlannedTask: [...longwan2023SamplePlan.tasks, { id: 'T', name: 'n', month: 1, leadDepartment: '餐饮科', itemCodes: ['A99'], sampling: { count: 3 } }],
  PlanPools: [samplePools(), { tasks: { T01: { byClass: { A: 80, B: 20 } } } }],
  AllocationRequest: [{ poolCounts: { A: 1000, B: 500, C: 100, D: 10 }, sampling: { ratio: 0.03 } }],
  RequiredRateRequest: [{ enterprises: 1000, alreadyCovered: 10, poolSize: 500 }],
  DrawRecord: [draw.record],
  DrawAnnouncement: [
    createDrawAnnouncement({
      seedSource: { kind: 'public-dice', witnesses: ['公证员 王某', '商户代表 李某'] },
      tasks: [{ taskId: 'T1', allocation: { A: 1, B: 1 }, reserve: 1, pool: poolCommitment([{ id: 'a', stratum: 'A' }, { id: 'b', stratum: 'B' }], { stratified: true }), exclusions: [{ id: 'a', reason: '已注销' }] }],
    }),
  ],
  PoolCommitment: [poolCommitment(['a', 'b']), poolCommitment([])],
  InspectorDrawRecord: [staffing.record],
  InspectorRules: [{ perSubject: 2, maxLoad: 10 }],
  DrawVisit: [{ id: 'V1', subjectId: 'S1', departments: ['一所'] }],
  SamplerState: [samplerState()],
  KpiAccumulatorState: [createKpiAccumulator(districtContext).addMany(districtRecords()).state()],
  Assignment: [{ taskId: 'T01', subjectId: 'S1' }],
  InspectionRecord: districtRecords().slice(0, 50),
  Finding: [{ ruleId: 'plan.joint-share', severity: 'error', message: '联合抽查占比不足', clause: '通知·三' }],
};

/** Values both must reject: wrong types, missing required fields, out-of-range numbers, bad patterns. */
const invalid: Partial<Record<PublicSchemaName, unknown[]>> = {
  Subject: [{ id: 's', name: 'x', kind: 'company' }, { id: 's', name: 'x' }, { id: 's', name: 'x', kind: 'enterprise', riskClass: 'E' }, { id: 's', name: 'x', kind: 'enterprise', uscc: '9135' }],
  Inspector: [{ id: 'I', name: 'x' }, { id: 'I', name: 'x', department: 'd', certificateValidUntil: '2023-2-3' }],
  PlannedTask: [
    { id: 'T', name: 'n', month: 13, leadDepartment: 'd', itemCodes: ['A99'], sampling: { ratio: 0.1 } },
    { id: 'T', name: 'n', month: 1, leadDepartment: 'd', itemCodes: ['A99'], sampling: { ratio: 1.5 } },
    { id: 'T', name: 'n', month: 1, leadDepartment: 'd', itemCodes: ['A99'], sampling: { count: -1 } },
    { id: 'T', name: 'n', month: 1, leadDepartment: 'd', itemCodes: [], sampling: { count: 1 } },
  ],
  AnnualPlan: [{ year: 2023, unit: 'u' }, { year: '2023', unit: 'u', tasks: [] }],
  Policy: [{ ...zhejiang2023, enterpriseInspectionRate: 1.5 }, { ...zhejiang2023, completionDeadline: '13-01' }],
  PlanPools: [{ enterprises: -1, tasks: {} }, { tasks: { T01: { byClass: { A: 1.5 } } } }, { enterprises: 10 }],
  Finding: [{ ruleId: 'x', severity: 'fatal', message: 'm', clause: '' }],
  DrawRecord: [{ ...draw.record, seed: 'A/B' }, { ...draw.record, poolCommitment: null }],
  PoolCommitment: [{ digest: 'ABC', size: 0, strata: {} }, { digest: null, size: 0, strata: {} }],
  DrawAnnouncement: [{ scheme: 'consistent-sampler/2', seedSource: { kind: 'bureau' }, tasks: [] }],
};

describe('JSON Schema of the public data shapes', () => {
  it('covers every public schema and compiles under draft 2020-12', () => {
    const all = jsonSchemas();
    expect(Object.keys(all).sort()).toEqual(Object.keys(PUBLIC_SCHEMAS).sort());
    for (const [name, schema] of Object.entries(all)) {
      expect(schema.$id).toBe(`shuangsuiji/schemas/${name}.json`);
      expect(() => ajv.compile(schema)).not.toThrow();
    }
  });

  it.each(Object.keys(valid) as PublicSchemaName[])('%s: the JSON Schema accepts what the zod schema accepts', (name) => {
    const examples = valid[name];
    expect(examples.length).toBeGreaterThan(0);
    for (const example of examples) {
      expect(zodAccepts(name, example)).toBe(true);
      expect(jsonAccepts(name, example)).toBe(true);
    }
  });

  it.each(Object.keys(invalid) as PublicSchemaName[])('%s: both reject the bad examples', (name) => {
    for (const example of invalid[name] ?? []) {
      expect(zodAccepts(name, example)).toBe(false);
      expect(jsonAccepts(name, example)).toBe(false);
    }
  });

  it('an unknown name is INVALID_INPUT', () => {
    expect(() => jsonSchemaOf('Nope' as PublicSchemaName)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path: ['name'] }));
  });
});
