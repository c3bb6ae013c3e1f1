/**
 * A valid, minimal call of every public function and of every method of every object the library
 * returns or exports (合法的最小调用). The fuzz suite mutates these one field at a time, so garbage
 * reaches the code behind the first check; `surface.test.ts` fails when an export or a method has
 * no entry here.
 *
 * Each entry builds fresh arguments on every call: a call that mutated its input would otherwise
 * poison the next.
 */
import * as lib from '../../../src/index.js';

type Args = () => unknown[];

// ---------------------------------------------------------------- fixtures (small on purpose)

const item = (code: string, category: 'general' | 'specialised') => ({
  code,
  name: `事项${code}`,
  category,
  leadDepartment: '餐饮科',
  targetKinds: ['enterprise' as const, 'individual' as const],
});

export const catalogue = lib.defineCatalogue({ year: 2023, region: '示例区', items: [item('A99', 'general'), item('B01', 'specialised')] });

const planInput = () => ({
  year: 2023,
  unit: '示例局',
  tasks: [
    { id: 'T1', name: '餐饮检查', month: 3, leadDepartment: '餐饮科', partnerDepartments: ['卫健局'], itemCodes: ['A99', 'B01'], sampling: { count: 2 }, mergeGroup: 'g' },
    { id: 'T2', name: '合同检查', month: 3, leadDepartment: '合同科', itemCodes: ['A99'], sampling: { ratio: 0.5 }, mergeGroup: 'g', pool: { tags: ['catering'] } },
  ],
});

const policy = () => lib.zhejiang2023;

const subjects = () => [
  { id: 's1', name: '甲', kind: 'enterprise', riskClass: 'A', tags: ['catering'] },
  { id: 's2', name: '乙', kind: 'enterprise', riskClass: 'C', domainRiskClasses: { food: 'D' } },
  { id: 's3', name: '丙', kind: 'individual', status: 'operating' },
];

const inspectors = () => [
  { id: 'I1', name: '张', department: '餐饮科' },
  { id: 'I2', name: '李', department: '餐饮科' },
  { id: 'I3', name: '王', department: '合同科' },
  { id: 'I4', name: '赵', department: '合同科' },
  { id: 'I5', name: '钱', department: '卫健局' },
];

const record = (): lib.InspectionRecordInput => ({
  subjectId: 's1',
  subjectKind: 'enterprise',
  riskClass: 'A',
  taskId: 'T1',
  visitId: 'v1',
  department: '餐饮科',
  checkDate: '2023-03-15',
  doubleRandom: true,
  joint: false,
  riskApplied: true,
  mobile: true,
  resultCategory: 'ordered-to-correct',
  followUp: 'rectified',
  publishedOn: '2023-03-20',
});

const kpiContext = () => ({ enterprises: 100, catalogue, plan: planInput(), policy: policy(), asOf: '2023-10-31' });

const drawInput = () => ({ seed: '31', taskId: 'T1', pool: ['a', 'b', 'c', 'd'], size: 2, reserve: 1 });
const stratifiedDraw = () => ({
  seed: '31',
  taskId: 'T1',
  pool: [
    { id: 's1', riskClass: 'A' },
    { id: 's2', riskClass: 'A' },
    { id: 's3', riskClass: 'D' },
  ],
  allocation: { A: 1, D: 1 },
});
const drawRecord = () => lib.drawSubjects(drawInput()).record;

const visits = () => [
  { id: 'V1', subjectId: 's1', departments: ['餐饮科'] },
  { id: 'V2', subjectId: 's2', departments: ['餐饮科', '合同科'] },
];
const inspectorDrawInput = () => ({ seed: '31', visits: visits(), inspectors: inspectors() });
const inspectorAnnouncementInput = () => ({
  inspectors: inspectors().map((x) => ({ ...x, conflicts: [] })),
  rules: { perSubject: 2 },
  recusals: [],
  announcedOn: '2024-03-01',
  seedSource: { kind: 'public-dice' as const, witnesses: ['公证员 王某', '商户代表 李某'] },
});

const samplerOptions = () => ({ seed: 's', sizes: { A: 1, B: 1 } });
function sampler(): lib.Sampler {
  const s = lib.createSampler(samplerOptions());
  s.addMany([{ id: 'a', stratum: 'A' }, { id: 'b', stratum: 'B' }, { id: 'c', stratum: 'A' }]);
  return s;
}

function accumulator(): lib.KpiAccumulator {
  return lib.createKpiAccumulator(kpiContext()).add(record());
}

const ruleContext = () => lib.createPlanRuleContext(planInput(), { catalogue, policy: policy() });

const finding = () => ({ ruleId: 'plan.x', severity: 'error', message: '问题', clause: '通知·一' });

const simulateVisits = () => [{ id: 's1:T1', subjectId: 's1', tasks: ['T1'], window: { from: '2023-03-01', to: '2023-03-31' } }];
const simulateDraws = () => [{ taskId: 'T1', selected: [{ id: 's1', stratum: 'C', item: { kind: 'enterprise' } }] }];

// ---------------------------------------------------------------- exported functions

/** A valid call of every exported function, by export name. */
function announcementInput() {
  return {
    seedSource: { kind: 'public-dice' as const, witnesses: ['公证员 王某', '商户代表 李某'] },
    tasks: [{ taskId: 'T1', size: 2, pool: lib.poolCommitment(['a', 'b', 'c', 'd']), exclusions: [{ id: 'd', reason: '已注销' }] }],
  };
}

export const VALID_CALLS: Readonly<Record<string, Args>> = {
  // core
  ShuangsuijiError: () => ['EMPTY_SEED', '种子为空', { path: ['seed'] }],
  isShuangsuijiError: () => [new lib.ShuangsuijiError('EMPTY_SEED'), 'EMPTY_SEED'],
  parseInput: () => [lib.CivilDateSchema, '2023-10-07', 'INVALID_DATE', '日期'],
  sortFindings: () => [[finding(), { ...finding(), ruleId: 'plan.a' }]],
  isValidCivilDate: () => ['2024-02-29'],
  parseCivilDate: () => ['2023-10-07'],
  civilYear: () => ['2023-10-07'],
  isValidUscc: () => ['91350100M000100Y43'],
  canonicalSubjectId: () => ['91350100m000100y43 '],
  isCanonicalSubjectId: () => ['91350100M000100Y43'],
  matchesIdFormat: () => ['91350100M000100Y43', 'uscc'],
  usccCheckCharacter: () => ['91350100M000100Y4'],
  isValidRegistrationNumber: () => ['330303000012345'],
  registrationNumberCheckDigit: () => ['33030300001234'],
  deepFreeze: () => [{ a: { b: 1 } }],
  chineseErrorMap: () => [{ code: 'invalid_type', expected: 'string', input: 1, path: [] }],
  // calendar
  isCalendar: () => [lib.chinaCalendar],
  createCalendar: () => [{ base: lib.chinaCalendar, years: { from: 2027, to: 2027 }, holidays: ['2027-01-01'] }],
  isWorkingDay: () => ['2023-10-07', { calendar: lib.chinaCalendar }],
  nextWorkingDay: () => ['2023-10-05'],
  previousWorkingDay: () => ['2023-10-05'],
  addWorkingDays: () => ['2023-09-28', 1],
  workingDaysBetween: () => ['2023-09-28', '2023-10-07'],
  // catalogue
  defineCatalogue: () => [{ year: 2023, region: '示例区', items: [item('A99', 'general'), item('B01', 'specialised')] }],
  isSupervisionTag: () => ['catering'],
  findItem: () => [catalogue, 'A99'],
  itemsForTask: () => [catalogue, ['A99', 'B01']],
  itemsForTag: () => [catalogue, 'catering'],
  generalItems: () => [catalogue, { includePlaceholders: false }],
  placeholderItems: () => [catalogue],
  replaceItem: () => [catalogue, 'B01', item('B01', 'specialised')],
  extendCatalogue: () => [catalogue, [item('B02', 'specialised')]],
  // directory
  matchesPool: () => [subjects()[0], { tags: ['catering'] }],
  filterPool: () => [subjects(), { kinds: ['enterprise'] }],
  // policy
  definePolicy: () => [{ riskMultipliers: { C: 3 } }, policy()],
  completionDeadlineFor: () => [policy(), 2023],
  citeSource: () => [lib.zhejiang2023.sources['jointShare']],
  requirePolicy: () => [policy(), ['policy']],
  requirePolicyField: () => [policy(), 'issueDay', ['policy']],
  fieldSource: () => [policy(), 'riskMultipliers', 'D'],
  policyRef: () => [policy(), 'jointShare'],
  citeField: () => [policy(), 'issueDay', 'A'],
  formatPolicyValue: () => [policy(), 'jointShare'],
  describePolicyChanges: () => [policy(), lib.definePolicy({ jointShare: 0.35 }, policy())],
  indicatorTarget: () => [policy(), 'jointShare'],
  indicatorClause: () => [policy(), 'jointShare'],
  targetText: () => [policy(), 'lowRiskOverCap'],
  publicationLimitText: () => [policy()],
  describeIndicator: () => [policy(), 'jointShare'],
  // plan
  issueDeadline: () => [2023, 10, { policy: policy() }],
  defineRule: () => [{ id: 'my.rule', clause: '自定', severity: 'warning', description: '示例规则', check: () => [] }],
  evaluateRules: () => [[lib.jointShareRule, lib.taskYearRule], ruleContext(), { only: ['plan.joint-share'] }],
  createPlanRuleContext: () => [planInput(), { catalogue, policy: policy() }],
  validatePlan: () => [planInput(), { catalogue, policy: policy() }],
  isJointTask: () => [planInput().tasks[0]],
  renderRuleText: () => [lib.jointShareRule.description, policy()],
  describeRules: () => [[lib.jointShareRule, lib.taskYearRule], policy()],
  countPlanPools: () => [planInput(), subjects(), { catalogue, policy: policy() }],
  // risk
  riskRank: () => ['C'],
  higherRisk: () => ['A', 'C'],
  effectiveRiskClass: () => [{ riskClass: 'A', domainRiskClasses: { food: 'C' } }, policy(), 'food'],
  isRiskClass: () => ['B'],
  countByClass: () => [subjects(), policy(), 'food'],
  classRate: () => [{ ratio: 0.03, riskAllocation: true }, policy(), 'D'],
  classMultiplier: () => [policy(), 'D'],
  ratioSampleSize: () => [0.03, 1000],
  allocateSample: () => [{ poolCounts: { A: 100, B: 50, C: 10, D: 2 }, sampling: { ratio: 0.03 } }, policy()],
  countChecks: () => [[{ subjectId: 's1', random: true }, { subjectId: 's1', random: false }]],
  createEligibilityFilter: () => [{ s1: 2 }, policy(), { domain: 'food' }],
  eligibleSubjects: () => [subjects(), { s1: 2 }, policy(), { domain: 'food' }],
  filterEligible: () => [subjects(), lib.createEligibilityFilter({ s1: 1 }, policy())],
  requiredRate: () => [{ enterprises: 10000, alreadyCovered: 200, poolSize: 2000 }, policy()],
  // draw
  ticketNumber: () => ['31', 'a'],
  sampleIds: () => [['a', 'b', 'c', 'd'], '77', { drop: 1, take: 2 }],
  sha256Hex: () => ['abc'],
  commitSeed: () => ['31'],
  deriveTaskSeed: () => ['31', 'T1'],
  poolDigest: () => [['a', 'b']],
  addPoolDigests: () => [lib.poolDigest(['a']), lib.poolDigest(['b'])],
  createSampler: () => [samplerOptions()],
  drawSubjects: () => [stratifiedDraw()],
  drawSubjectsAsync: () => [drawInput()],
  verifyDraw: () => [drawRecord(), ['a', 'b', 'c', 'd']],
  verifyDrawAsync: () => [drawRecord(), ['a', 'b', 'c', 'd']],
  poolManifest: () => [['b', 'a'], { stratified: false }],
  poolCommitment: () => [['a', 'b', 'c', 'd']],
  createDrawAnnouncement: () => [announcementInput()],
  announcementDigest: () => [lib.createDrawAnnouncement(announcementInput())],
  parseDrawAnnouncement: () => [lib.createDrawAnnouncement(announcementInput())],
  parsePoolCommitment: () => [lib.poolCommitment(['a', 'b'])],
  checkHistoryDigest: () => [{ S1: 2, S2: 1 }],
  drawInspectors: () => [inspectorDrawInput()],
  verifyInspectorDraw: () => [lib.drawInspectors(inspectorDrawInput()).record, inspectors()],
  createInspectorDrawAnnouncement: () => [inspectorAnnouncementInput()],
  inspectorAnnouncementDigest: () => [lib.createInspectorDrawAnnouncement(inspectorAnnouncementInput())],
  inspectorRosterManifest: () => [inspectors()],
  // merge
  assignmentsFromDraws: () => [[{ taskId: 'T1', selected: [{ id: 's1' }, { id: 's2' }] }, { selected: [{ id: 's1' }], record: { taskId: 'T2' } }]],
  mergeTasks: () => [[{ taskId: 'T1', subjectId: 's1' }, { taskId: 'T2', subjectId: 's1' }], { plan: planInput(), catalogue, policy: policy() }],
  visitId: () => ['s1', ['T2', 'T1']],
  // publication
  defineResultCategories: () => [[{ id: 'warned', text: '发现问题已予警告', problemFound: true, followUpNeeded: false }]],
  inspectionRecordSchemaFor: () => [lib.resultCategoriesOf(lib.zhejiang2023)],
  resultCategoriesOf: () => [policy()],
  parseInspectionRecord: () => [record(), lib.resultCategoriesOf(policy())],
  publicationDeadline: () => ['2023-09-28', { workingDays: 2 }],
  overduePublications: () => [[record(), { ...record(), subjectId: 's2', publishedOn: undefined }], { asOf: '2023-11-01', policy: policy() }],
  describePool: () => [{ tags: ['catering'], riskClasses: ['C', 'D'] }],
  taskPublicationRecord: () => [{ task: planInput().tasks[0], catalogue, year: 2023, poolSize: 10, sampleSize: 2 }],
  resultPublicationRecord: () => [record(), { policy: policy() }],
  publicationRecord: () => [{ kind: 'result', record: record(), policy: policy() }],
  // kpi
  computeKpis: () => [[record()], kpiContext()],
  computeKpisAsync: () => [[record()], kpiContext()],
  createKpiAccumulator: () => [kpiContext()],
  // simulate
  generateDirectory: () => [{ seed: 'fuzz', size: 20, inspectors: 4 }],
  generateSubjects: () => [{ seed: 'fuzz', size: 3 }],
  summarizeDirectory: () => [subjects().map((subject) => lib.parseSubject(subject)), inspectors().map((inspector) => lib.parseInspector(inspector))],
  simulatePlan: () => [planInput(), subjects(), { runs: 1, seed: 'w', catalogue, policy: policy() }],
  simulateInspectionRecords: () => [simulateVisits(), simulateDraws(), { seed: 'demo', plan: planInput(), policy: policy() }],
  // parse… functions of the public shapes
  parseFinding: () => [finding()],
  parseCalendarDefinition: () => [{ years: { from: 2027, to: 2027 }, holidays: ['2027-01-01'] }],
  parseCheckItem: () => [item('A99', 'general')],
  parseCatalogueDefinition: () => [{ year: 2023, region: '示例区', items: [item('A99', 'general')] }],
  parseSubject: () => [subjects()[1]],
  parseInspector: () => [inspectors()[0]],
  parsePoolFilter: () => [{ tags: ['catering'], riskClasses: ['C'] }],
  parsePolicy: () => [policy()],
  parseAnnualPlan: () => [planInput()],
  parsePlannedTask: () => [planInput().tasks[0]],
  parsePlanPools: () => [{ enterprises: 12000, tasks: { T01: { byClass: { A: 80, B: 20 } } } }],
  parseAllocationRequest: () => [{ poolCounts: { A: 100, B: 50, C: 10, D: 2 }, sampling: { ratio: 0.03 } }],
  parseRequiredRateRequest: () => [{ enterprises: 10000, alreadyCovered: 200, poolSize: 2000 }],
  parseDrawRecord: () => [drawRecord()],
  parseInspectorDrawRecord: () => [lib.drawInspectors(inspectorDrawInput()).record],
  parseInspectorRules: () => [{ perSubject: 2, maxLoad: 3 }],
  parseDrawVisit: () => [visits()[1]],
  parseSamplerState: () => [sampler().state()],
  parseKpiAccumulatorState: () => [accumulator().state()],
  parseAssignment: () => [{ taskId: 'T1', subjectId: 's1' }],
  isCatalogue: () => [catalogue],
  isResultCategoryRegistry: () => [lib.resultCategoriesOf(lib.zhejiang2023)],
  // json-schema
  jsonSchemaOf: () => ['Subject'],
  jsonSchemas: () => [],
  // warehouse
  drawSql: () => [{ dialect: 'postgres', taskSeed: '31/T1', sizes: { A: 1, B: 1 }, reserve: 1, exclude: ['x'] }],
  drawSqlFromRecord: () => [drawRecord(), { dialect: 'duckdb', table: 'pool' }],
  poolCommitmentSql: () => [{ dialect: 'postgres', table: ['directory', 'subjects'], idColumn: 'uscc', stratumColumn: 'risk_class' }],
  partitionStateSql: () => [{ dialect: 'duckdb', taskSeed: '31/T1', sizes: { A: 1, B: 1 }, reserve: 1, table: ['warehouse', 'pool_part_1'] }],
  mergeStateSql: () => [{ dialect: 'postgres', taskSeed: '31/T1', sizes: { A: 1, B: 1 }, reserve: 1, poolDigest: true }],
  samplerStateFromRows: () => [
    [
      { stratum: 'A', pool_size: 2, excluded: 0, rank: 1, id: 'a', digest: lib.sha256Hex(lib.sha256Hex('31/T1') + 'a') },
      { stratum: 'A', pool_size: 0, excluded: 0, rank: 2, id: 'b', digest: lib.sha256Hex(lib.sha256Hex('31/T1') + 'b') },
      { stratum: 'B', pool_size: 0n, excluded: '0', rank: 0, id: null, digest: null },
    ],
    { dialect: 'duckdb', taskSeed: '31/T1', sizes: { A: 1, B: 1 } },
  ],
};

// ---------------------------------------------------------------- methods of returned and exported objects

/** How to get a fresh object and valid calls of each of its methods. */
export interface MethodTable {
  /** A fresh instance (from the factory's valid call, or the exported object itself). */
  readonly make: () => object;
  /** A valid call of every method of the public type, by method name. */
  readonly methods: Readonly<Record<string, Args>>;
  /**
   * Methods JavaScript can see that are not in the public type (TypeScript `private`, or used only
   * by the library itself); not fuzzed, but listed so that a new public method cannot go unnoticed.
   */
  readonly internal?: readonly string[];
}

const ruleMethods = { check: () => [ruleContext()] };

/**
 * A rule's `clause` and `description` may be texts that depend on the policy (`(policy) => string`);
 * they are rendered through `renderRuleText`, which checks the policy first and is fuzzed itself.
 */
function ruleTable(make: () => lib.Rule<lib.PlanRuleContext>): MethodTable {
  const rule = make();
  const internal = (['clause', 'description'] as const).filter((key) => typeof rule[key] === 'function');
  return { make, methods: ruleMethods, internal };
}

/**
 * Every function that returns an object with methods (a factory), and every exported object with
 * methods, by export name. The surface test fails when a factory or object is missing here.
 */
export const METHOD_TABLES: Readonly<Record<string, MethodTable>> = {
  createSampler: {
    make: sampler,
    methods: {
      add: () => ['d', 'B'],
      addMany: () => [[{ id: 'e', stratum: 'B' }, { id: 'f', stratum: 'A' }]],
      merge: () => [lib.createSampler(samplerOptions()).stateBytes()],
      state: () => [],
      stateBytes: () => [],
      result: () => [],
    },
    internal: ['addItem', 'checkCompatible', 'itemPathOf', 'mergeBytes', 'offer', 'rankedStrata', 'resultWithPayloads', 'unknownStratum'],
  },
  createKpiAccumulator: {
    make: accumulator,
    methods: {
      add: () => [{ ...record(), subjectId: 's2' }],
      addMany: () => [[{ ...record(), subjectId: 's3' }]],
      merge: () => [lib.createKpiAccumulator(kpiContext())],
      mergeState: () => [lib.createKpiAccumulator(kpiContext()).add({ ...record(), subjectId: 's9' }).state()],
      state: () => [],
      result: () => [],
    },
  },
  createEligibilityFilter: {
    make: () => lib.createEligibilityFilter({ s1: 2 }, policy(), { domain: 'food' }),
    methods: {
      check: () => [{ id: 's2', kind: 'enterprise', riskClass: 'C' }],
      counts: () => [],
      exclusions: () => [],
    },
    internal: ['atCap'],
  },
  defineRule: { make: () => lib.defineRule({ id: 'my.rule', clause: '', severity: 'info', description: 'd', check: () => [] }), methods: { check: () => [ruleContext()] } },
  duplicateTaskIdsRule: ruleTable(() => lib.duplicateTaskIdsRule),
  taskYearRule: ruleTable(() => lib.taskYearRule),
  referenceYearRule: ruleTable(() => lib.referenceYearRule),
  unknownItemsRule: ruleTable(() => lib.unknownItemsRule),
  itemCoverageRule: ruleTable(() => lib.itemCoverageRule),
  generalItemsRule: ruleTable(() => lib.generalItemsRule),
  generalItemCountRule: ruleTable(() => lib.generalItemCountRule),
  issueDeadlineRule: ruleTable(() => lib.issueDeadlineRule),
  mergeGroupsRule: ruleTable(() => lib.mergeGroupsRule),
  riskAllocationRule: ruleTable(() => lib.riskAllocationRule),
  jointShareRule: ruleTable(() => lib.jointShareRule),
  completionDeadlineRule: ruleTable(() => lib.completionDeadlineRule),
  doubleRandomShareRule: ruleTable(() => lib.doubleRandomShareRule),
  enterpriseInspectionRateRule: ruleTable(() => lib.enterpriseInspectionRateRule),
  fullCoverageTagsRule: ruleTable(() => lib.fullCoverageTagsRule),
  riskRatiosRule: ruleTable(() => lib.riskRatiosRule),
};
