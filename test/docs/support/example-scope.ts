/**
 * The sample values TSDoc examples use by name, built exactly as the examples they refer to build
 * them (`// input: as in the DrawInspectorsInput example`, `// record: … the InspectionRecordInput
 * example`, …). Each is built on first use and kept.
 */
import * as lib from '../../../src/index.js';

const { zhejiang2023, zhejiang2023Catalogue, longwan2023SamplePlan } = lib;

/** The check of T03 in the InspectionRecordInput example. */
const record: lib.InspectionRecordInput = {
  subjectId: 's1',
  subjectKind: 'enterprise',
  riskClass: 'B',
  taskId: 'T03',
  department: '餐饮科',
  checkDate: '2023-03-10',
  doubleRandom: true,
  joint: true,
  riskApplied: true,
  mobile: true,
  resultCategory: 'ordered-to-correct',
};

/** The KpiContext example. */
const context = { enterprises: 1000, catalogue: zhejiang2023Catalogue, plan: longwan2023SamplePlan, policy: zhejiang2023, asOf: '2023-10-31' };

/** "35 distinct enterprises of 1 000 checked in random tasks" (computeKpis, createKpiAccumulator). */
function kpiRecords(): lib.InspectionRecordInput[] {
  return Array.from({ length: 35 }, (_, i) => ({ ...record, subjectId: `e${String(i + 1).padStart(2, '0')}`, resultCategory: 'no-problem' }));
}

/** The drawInspectors example. */
const inspectors = [
  { id: 'I1', name: '甲', department: '一所' },
  { id: 'I2', name: '乙', department: '一所', conflicts: ['S1'] },
  { id: 'I3', name: '丙', department: '一所' },
];
const visits = [{ id: 'V1', subjectId: 'S1', departments: ['一所'] }];

const builders: Record<string, () => unknown> = {
  catalogue: () => zhejiang2023Catalogue,
  plan: () => longwan2023SamplePlan,
  policy: () => zhejiang2023,
  task: () => longwan2023SamplePlan.tasks[0],
  record: () => record,
  records: () => kpiRecords(),
  northRecords: () => kpiRecords().slice(0, 20),
  southRecords: () => kpiRecords().slice(20),
  context: () => context,
  report: () => lib.computeKpis([record], context),
  inspectors: () => inspectors,
  visits: () => visits,
  // The DrawInspectorsInput example.
  input: () => ({ seed: '31', visits, inspectors: [inspectors[0], inspectors[2]] }),
  // The countPlanPools example.
  subjects: () => lib.generateDirectory({ seed: 'longwan-2023-demo', size: 20_000 }).subjects,
  directory: () => lib.generateDirectory({ seed: 'longwan-2023-demo', size: 20_000 }).subjects,
  pools: () => lib.countPlanPools(longwan2023SamplePlan, lib.generateDirectory({ seed: 'longwan-2023-demo', size: 20_000 }).subjects, { catalogue: zhejiang2023Catalogue, policy: zhejiang2023 }),
  // The SimulationResult example.
  result: () =>
    lib.simulatePlan(longwan2023SamplePlan, lib.generateDirectory({ seed: 'demo', size: 2_000 }).subjects, { runs: 5, seed: 'what-if', catalogue: zhejiang2023Catalogue, policy: zhejiang2023 }),
};

const built = new Map<string, unknown>();

/**
 * The scope examples run in: the public API, then the sample values above. A value is built when an
 * example first reads it.
 */
export function exampleScope(): object {
  const scope: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  Object.assign(scope, lib);
  for (const [name, build] of Object.entries(builders)) {
    Object.defineProperty(scope, name, {
      enumerable: true,
      get: () => {
        if (!built.has(name)) built.set(name, build());
        return built.get(name);
      },
    });
  }
  return scope;
}
