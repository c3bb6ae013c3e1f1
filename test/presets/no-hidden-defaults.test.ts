/**
 * No hidden defaults (issue #14): no exported function falls back to a preset when its policy is
 * missing. Every exported function is listed below — either with a call that leaves the policy out
 * and the error that must name it, or with the reason it applies no policy — so a new export fails
 * this test until someone decides which it is.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import * as lib from '../../src/index.js';
import {
  chinaCalendar,
  longwan2023SamplePlan as plan,
  national,
  zhejiang2023,
  zhejiang2023Catalogue as catalogue,
  type ShuangsuijiError,
} from '../../src/index.js';

const record = {
  subjectId: 'E0001',
  subjectKind: 'enterprise' as const,
  taskId: 'T01',
  department: '食品生产流通科',
  checkDate: '2023-03-10',
  doubleRandom: true,
  joint: false,
  riskApplied: true,
  mobile: true,
  resultCategory: 'no-problem',
};
const subject = { id: 'E0001', name: '甲', kind: 'enterprise' as const, riskClass: 'A' as const };
const visit = { id: 'E0001:T01', subjectId: 'E0001', tasks: ['T01'], window: { from: '2023-03-01', to: '2023-05-31' } };
const draw = { taskId: 'T01', selected: [{ id: 'E0001', stratum: 'A', item: { kind: 'enterprise' } }] };
const none = undefined as never;

/**
 * Each function that applies a policy, called without it, and the path of the missing argument the
 * error must name.
 */
const WITHOUT_POLICY: Record<string, [call: () => unknown, path: readonly PropertyKey[]]> = {
  // policy
  definePolicy: [() => lib.definePolicy({ jointShare: 0.35 }, none), ['base']],
  describePolicyChanges: [() => lib.describePolicyChanges(zhejiang2023, none), ['after']],
  completionDeadlineFor: [() => lib.completionDeadlineFor(none, 2023), ['policy']],
  requirePolicy: [() => lib.requirePolicy(none, ['options', 'policy']), ['options', 'policy']],
  requirePolicyField: [() => lib.requirePolicyField(none, 'jointShare', ['policy']), ['policy']],
  fieldSource: [() => lib.fieldSource(none, 'jointShare'), ['policy']],
  policyRef: [() => lib.policyRef(none, 'jointShare'), ['policy']],
  citeField: [() => lib.citeField(none, 'jointShare'), ['policy']],
  formatPolicyValue: [() => lib.formatPolicyValue(none, 'jointShare'), ['policy']],
  indicatorTarget: [() => lib.indicatorTarget(none, 'jointShare'), ['policy']],
  indicatorClause: [() => lib.indicatorClause(none, 'jointShare'), ['policy']],
  targetText: [() => lib.targetText(none, 'jointShare'), ['policy']],
  publicationLimitText: [() => lib.publicationLimitText(none), ['policy']],
  describeIndicator: [() => lib.describeIndicator(none, 'jointShare'), ['policy']],
  // plan
  issueDeadline: [() => lib.issueDeadline(2023, 10, {} as never), ['options', 'policy']],
  createPlanRuleContext: [() => lib.createPlanRuleContext(plan, { catalogue } as never), ['options', 'policy']],
  validatePlan: [() => lib.validatePlan(plan, { catalogue } as never), ['options', 'policy']],
  countPlanPools: [() => lib.countPlanPools(plan, [], { catalogue } as never), ['options', 'policy']],
  describeRules: [() => lib.describeRules(lib.builtinPlanRules, none), ['policy']],
  renderRuleText: [() => lib.renderRuleText(lib.jointShareRule.description, none), ['policy']],
  // risk
  allocateSample: [() => lib.allocateSample({ poolCounts: { A: 10 }, sampling: { ratio: 0.1 } }, none), ['policy']],
  classRate: [() => lib.classRate({ ratio: 0.1, riskAllocation: true }, none, 'A'), ['policy']],
  classMultiplier: [() => lib.classMultiplier(none, 'A'), ['policy']],
  effectiveRiskClass: [() => lib.effectiveRiskClass(subject, none), ['policy']],
  countByClass: [() => lib.countByClass([subject], none), ['policy']],
  createEligibilityFilter: [() => lib.createEligibilityFilter({}, none), ['policy']],
  eligibleSubjects: [() => lib.eligibleSubjects([subject], {}, none), ['policy']],
  requiredRate: [() => lib.requiredRate({ enterprises: 100, alreadyCovered: 0, poolSize: 50 }, none), ['policy']],
  // merge
  mergeTasks: [() => lib.mergeTasks([], { plan, catalogue } as never), ['policy']],
  // publication
  resultCategoriesOf: [() => lib.resultCategoriesOf(none), ['policy']],
  parseInspectionRecord: [() => lib.parseInspectionRecord(record, none), ['registry']],
  publicationDeadline: [() => lib.publicationDeadline('2023-09-28', {}), ['options', 'policy']],
  overduePublications: [() => lib.overduePublications([record], { asOf: '2023-11-02' } as never), ['options', 'policy']],
  resultPublicationRecord: [() => lib.resultPublicationRecord(record, {} as never), ['options', 'policy']],
  publicationRecord: [() => lib.publicationRecord({ kind: 'result', record } as never), ['options', 'policy']],
  // kpi
  computeKpis: [() => lib.computeKpis([], { enterprises: 10, catalogue, plan, asOf: '2023-10-31' } as never), ['policy']],
  createKpiAccumulator: [() => lib.createKpiAccumulator({ enterprises: 10, catalogue, plan, asOf: '2023-10-31' } as never), ['policy']],
  // simulate
  simulateInspectionRecords: [() => lib.simulateInspectionRecords([visit], [draw], { seed: 's', plan } as never), ['options', 'policy']],
  simulatePlan: [() => lib.simulatePlan(plan, [subject], { runs: 1, seed: 's', catalogue } as never), ['policy']],
};

/** Async functions that apply a policy: the promise must reject the same way. */
const ASYNC_WITHOUT_POLICY: Record<string, [call: () => Promise<unknown>, path: readonly PropertyKey[]]> = {
  computeKpisAsync: [() => lib.computeKpisAsync([], { enterprises: 10, catalogue, plan, asOf: '2023-10-31' } as never), ['policy']],
};

/** Exported functions that apply no policy of a bureau, and why. */
const NO_POLICY: Record<string, string> = {
  chineseErrorMap: 'zod error messages in Chinese',
  isCatalogue: 'brand check',
  isResultCategoryRegistry: 'brand check',
  parseAllocationRequest: 'parses a value given as an argument',
  parseAnnualPlan: 'parses a value given as an argument',
  parseAssignment: 'parses a value given as an argument',
  parseCalendarDefinition: 'parses a value given as an argument',
  parseCatalogueDefinition: 'parses a value given as an argument',
  parseCheckItem: 'parses a value given as an argument',
  parseDrawRecord: 'parses a value given as an argument',
  parseDrawVisit: 'parses a value given as an argument',
  parseFinding: 'parses a value given as an argument',
  parseInspector: 'parses a value given as an argument',
  parseInspectorDrawRecord: 'parses a value given as an argument',
  parseInspectorRules: 'parses a value given as an argument',
  parseKpiAccumulatorState: 'parses a value given as an argument',
  parsePlannedTask: 'parses a value given as an argument',
  parsePlanPools: 'parses a value given as an argument',
  parsePolicy: 'parses a policy given as an argument; merges no preset into it',
  parsePoolFilter: 'parses a value given as an argument',
  parseRequiredRateRequest: 'parses a value given as an argument',
  parseSamplerState: 'parses a value given as an argument',
  parseSubject: 'parses a value given as an argument',
  civilYear: 'civil-date helper',
  deepFreeze: 'object helper',
  isShuangsuijiError: 'error helper',
  isValidCivilDate: 'civil-date helper',
  isValidRegistrationNumber: 'GB 32100-2015 check',
  isValidUscc: 'GB 32100-2015 check',
  parseCivilDate: 'civil-date helper',
  parseInput: 'validation helper',
  registrationNumberCheckDigit: 'GB 32100-2015 check',
  sortFindings: 'orders findings',
  usccCheckCharacter: 'GB 32100-2015 check',
  addWorkingDays: 'the State Council calendar, the same for every bureau',
  createCalendar: 'builds a calendar',
  isCalendar: 'calendar helper',
  isWorkingDay: 'the State Council calendar',
  nextWorkingDay: 'the State Council calendar',
  previousWorkingDay: 'the State Council calendar',
  workingDaysBetween: 'the State Council calendar',
  defineCatalogue: 'builds a catalogue from its definition',
  extendCatalogue: 'catalogue given as an argument',
  findItem: 'catalogue given as an argument',
  generalItems: 'catalogue given as an argument',
  isSupervisionTag: 'tag list',
  itemsForTag: 'catalogue given as an argument',
  itemsForTask: 'catalogue given as an argument',
  placeholderItems: 'catalogue given as an argument',
  replaceItem: 'catalogue given as an argument',
  filterPool: 'a pool filter of the plan',
  matchesPool: 'a pool filter of the plan',
  citeSource: 'renders a source given as an argument',
  defineRule: 'defines a rule; its texts may be functions of the policy',
  evaluateRules: 'runs rules on a context built with a policy (createPlanRuleContext)',
  isJointTask: 'a property of the task',
  countChecks: 'counts records',
  filterEligible: 'streams through a filter built with a policy (createEligibilityFilter)',
  higherRisk: 'orders risk classes',
  isRiskClass: 'class check',
  ratioSampleSize: '⌈ratio × size⌉ on given numbers',
  riskRank: 'orders risk classes',
  addPoolDigests: 'draw arithmetic',
  commitSeed: 'draw arithmetic',
  createSampler: 'draw on given sizes',
  deriveTaskSeed: 'draw arithmetic',
  drawInspectors: 'inspector draw on explicit rules (perSubject defaults to the 2 officers of 行政处罚法第四十二条; balance defaults to none — the presets set inspectorBalance)',
  drawSubjects: 'draw on a given allocation',
  drawSubjectsAsync: 'draw on a given allocation',
  poolDigest: 'draw arithmetic',
  poolManifest: 'draw arithmetic (the pool manifest)',
  poolCommitment: 'draw arithmetic (the pool commitment)',
  createDrawAnnouncement: 'a draw announcement of given parameters',
  announcementDigest: 'draw arithmetic',
  checkHistoryDigest: 'draw arithmetic (the check history as given)',
  parseDrawAnnouncement: 'a shape check',
  parsePoolCommitment: 'a shape check',
  canonicalSubjectId: 'id normalisation (Unicode and GB 32100, no policy)',
  isCanonicalSubjectId: 'id normalisation (Unicode and GB 32100, no policy)',
  matchesIdFormat: 'id format check (GB 32100, GS15)',
  sampleIds: 'draw arithmetic',
  sha256Hex: 'hash',
  ticketNumber: 'draw arithmetic',
  verifyDraw: 'replays a record',
  verifyDrawAsync: 'replays a record',
  verifyInspectorDraw: 'replays a record',
  createInspectorDrawAnnouncement: 'announces an inspector draw on explicit rules',
  inspectorAnnouncementDigest: 'hashes an announcement',
  inspectorRosterManifest: 'renders a roster manifest',
  assignmentsFromDraws: 'reshapes draw results',
  visitId: 'id helper',
  defineResultCategories: 'builds a table from a complete list given as an argument',
  describePool: 'describes a pool filter',
  inspectionRecordSchemaFor: 'schema for a category table given as an argument',
  taskPublicationRecord: 'publishes a task as given',
  generateDirectory: 'synthetic data',
  generateSubjects: 'synthetic data',
  summarizeDirectory: 'synthetic data',
  jsonSchemaOf: 'schemas',
  jsonSchemas: 'schemas',
  drawSql: 'renders the draw parameters given as arguments as SQL',
  drawSqlFromRecord: 'renders the replay of a record as SQL',
  partitionStateSql: 'renders the draw parameters given as arguments as SQL',
  mergeStateSql: 'renders the draw parameters given as arguments as SQL',
  samplerStateFromRows: 'reshapes query rows into a sampler state',
  poolCommitmentSql: 'renders a hash of the pool table as SQL',
};

const exported = Object.entries(lib)
  .filter(([name, value]) => typeof value === 'function' && !/^[A-Z]/.test(name))
  .map(([name]) => name)
  .sort();

describe('no exported function falls back to a preset', () => {
  it('every exported function is classified: it needs a policy, or applies none (new exports must be added here)', () => {
    const classified = new Set([...Object.keys(WITHOUT_POLICY), ...Object.keys(ASYNC_WITHOUT_POLICY), ...Object.keys(NO_POLICY)]);
    expect(exported.filter((name) => !classified.has(name))).toEqual([]);
    expect([...classified].filter((name) => !exported.includes(name))).toEqual([]);
    expect(Object.keys(WITHOUT_POLICY).filter((name) => name in NO_POLICY)).toEqual([]);
  });

  it.each(Object.entries(WITHOUT_POLICY))('%s without its policy throws MISSING_ARGUMENT naming it', (_name, [call, path]) => {
    let error: ShuangsuijiError | undefined;
    try {
      call();
    } catch (thrown) {
      error = thrown as ShuangsuijiError;
    }
    expect(error).toBeInstanceOf(lib.ShuangsuijiError);
    expect({ code: error?.code, path: error?.path }).toEqual({ code: 'MISSING_ARGUMENT', path });
    expect(error?.message).toMatch(/^缺少参数/);
  });

  it.each(Object.entries(ASYNC_WITHOUT_POLICY))('%s without its policy rejects with MISSING_ARGUMENT', async (_name, [call, path]) => {
    await expect(call()).rejects.toMatchObject({ code: 'MISSING_ARGUMENT', path });
  });

  it('a field the given policy leaves unset is an error naming the field, not another preset\'s value', () => {
    expect(() => lib.issueDeadline(2023, 10, { policy: national })).toThrow(
      expect.objectContaining({ code: 'POLICY_FIELD_UNSET', path: ['options', 'policy', 'issueDay'] }),
    );
    expect(() => lib.requiredRate({ enterprises: 100, alreadyCovered: 0, poolSize: 50 }, national)).toThrow(
      expect.objectContaining({ code: 'POLICY_FIELD_UNSET', path: ['policy', 'enterpriseInspectionRate'] }),
    );
    // and where the national base is given, its (unset) targets are used, not zhejiang2023's: nothing to miss
    expect(lib.validatePlan(plan, { catalogue, policy: national, calendar: chinaCalendar })).toEqual([]);
    expect(lib.describeRules([lib.jointShareRule], national)[0]?.description).toMatch(/政策未规定目标，不检查$/);
  });
});

describe('nothing outside src/presets imports a preset', () => {
  const srcDir = fileURLToPath(new URL('../../src/', import.meta.url));
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : []));

  it('so no function can reach one as a default', () => {
    const offenders = files(srcDir)
      .filter((file) => !file.startsWith(join(srcDir, 'presets')) && file !== join(srcDir, 'index.ts'))
      .filter((file) => /from '(\.\.\/)+presets\//.test(readFileSync(file, 'utf8')) || /from '\.\/presets\//.test(readFileSync(file, 'utf8')))
      .map((file) => file.slice(srcDir.length));
    expect(offenders).toEqual([]);
  });

  it('and the test would see one', () => {
    expect(/from '(\.\.\/)+presets\//.test("import { zhejiang2023 } from '../presets/zhejiang2023/policy.js';")).toBe(true);
  });
});
