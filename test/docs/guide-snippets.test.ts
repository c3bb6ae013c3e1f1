/**
 * The code of docs/guide.md and docs/guide.zh.md, run as printed there (imports from src instead of
 * 'shuangsuiji'). Keep the three in step: each `it` names the section it comes from.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  allocateSample,
  assignmentsFromDraws,
  countPlanPools,
  builtinPlanRules,
  commitSeed,
  computeKpis,
  createKpiAccumulator,
  createSampler,
  defineRule,
  deriveTaskSeed,
  drawInspectors,
  drawSubjects,
  eligibleSubjects,
  filterPool,
  generateDirectory,
  isJointTask,
  longwan2023SamplePlan,
  mergeTasks,
  simulateInspectionRecords,
  simulatePlan,
  validatePlan,
  verifyDraw,
  zhejiang2023,
  zhejiang2023Catalogue,
  type DrawSubjectsResult,
  type RiskClass,
  type Subject,
} from '../../src/index.js';

// "The annual cycle, step by step" — shared by the tests below.
const { subjects, inspectors } = generateDirectory({ seed: 'longwan-2023-demo', size: 20_000 });
const plan = longwan2023SamplePlan;
const catalogue = zhejiang2023Catalogue;
const policy = zhejiang2023;

type PoolItem = Subject & { stratum: RiskClass };
const SEED = '2023-03-01 摇号 31415926535897932384';
const history = new Map<string, number>(); // random checks of the year so far, per subject
const draws: DrawSubjectsResult<PoolItem>[] = [];
const pools = new Map<string, PoolItem[]>();

for (const task of [...plan.tasks].sort((a, b) => a.month - b.month)) {
  const pool = [...filterPool(subjects, task.pool)];
  const domain = task.itemCodes.map((code) => catalogue.byCode.get(code)?.domain).find((d) => d !== undefined);
  const { eligible, riskClasses, counts } = eligibleSubjects(pool, history, policy, domain === undefined ? {} : { domain });
  const allocation = allocateSample({ poolCounts: counts.byClass, sampling: task.sampling }, policy);
  const items = eligible.map((subject, i) => ({ ...subject, stratum: riskClasses[i]! }));
  const result = drawSubjects({ seed: SEED, taskId: task.id, pool: items, allocation: allocation.sizes!, reserve: 2 });
  for (const { id } of result.selected) history.set(id, (history.get(id) ?? 0) + 1);
  draws.push(result);
  pools.set(task.id, items);
}

describe('docs/guide.md', () => {
  it('2. the plan obeys the notice, the indicators counted in checks estimated from the pools', () => {
    const planPools = countPlanPools(plan, subjects, { catalogue, policy });
    expect(validatePlan(plan, { catalogue, policy, pools: planPools })).toEqual([]);
    expect(validatePlan(plan, { catalogue, policy }).map((finding) => [finding.ruleId, finding.severity])).toEqual([['plan.joint-share', 'warning']]);
  });

  it('3. the ceremony: commitment first, seed later', () => {
    const commitment = commitSeed(SEED); // published before the ceremony
    expect(commitment).toMatch(/^[0-9a-f]{64}$/);
    expect(draws.every((draw) => draw.record.seedCommitment === commitment)).toBe(true);
  });

  it('4. every task is drawn in month order with the low-risk cap and verifies', () => {
    expect(draws.map((draw) => draw.record.taskId)).toEqual(plan.tasks.map((task) => task.id)); // the sample plan is in month order
    const t01 = draws[0]!;
    expect(t01.record.taskSeed).toBe(`${SEED}/T01`);
    expect(verifyDraw(t01.record, pools.get('T01')!).ok).toBe(true);
    expect(Object.keys(t01.record.strata)).toEqual(['A', 'B', 'C', 'D']);
  });

  it('5–7. merge, staff, results and KPIs', () => {
    const { visits, summary } = mergeTasks(assignmentsFromDraws(draws), { plan, catalogue, policy });
    expect(summary.pairs - summary.visits).toBe(summary.saved);

    const partners = [...new Set(plan.tasks.flatMap((task) => task.partnerDepartments))];
    const lent = partners.flatMap((department, d) => [1, 2, 3].map((k) => ({ id: `P${d}-${k}`, name: `${department}${k}`, department })));
    const staffing = drawInspectors({
      seed: SEED,
      visits: visits.map((v) => ({ id: v.id, subjectId: v.subjectId, departments: [...v.departments], requiredQualifications: [...v.requiredQualifications] })),
      inspectors: [...inspectors, ...lent],
      rules: { perSubject: policy.inspectorsPerSubject, asOf: '2023-03-01' },
    });
    expect(staffing.assignments).toHaveLength(visits.length);

    const records = simulateInspectionRecords(visits, draws, { seed: 'demo/results', plan, policy });
    const enterprises = subjects.filter((s) => s.kind === 'enterprise' && !policy.excludedStatuses.includes(s.status)).length;
    const report = computeKpis(records, { enterprises, catalogue, plan, policy, asOf: '2023-10-31' });
    const share = report.indicators.find((i) => i.id === 'enterpriseInspectionRate')!;
    expect(share.target).toBe(0.03);
    expect(share.met).toBe(true);
    expect(records).toHaveLength(summary.pairs); // one record per (visit, task)
  });

  it('8. planning: simulate the year before issuing tasks', () => {
    const result = simulatePlan(plan, subjects, { runs: 3, seed: 'what-if', catalogue, policy });
    const joint = result.indicators.find((i) => i.id === 'jointShare')!;
    expect(joint.missProbability).toBe(0); // the plan is checked in checks, as the KPI counts
    expect(joint.value!.min).toBeGreaterThan(0.4);
    const share = result.indicators.find((i) => i.id === 'enterpriseInspectionRate')!;
    expect(share.missProbability).toBe(0);
  });

  it('10. custom rules', () => {
    const jointInQ4 = defineRule({
      id: 'local.q4-joint',
      clause: '本省补充规定',
      severity: 'error',
      description: '第四季度下发的随机抽查任务应部门联合实施',
      check: ({ plan }) =>
        plan.tasks
          .filter((task) => task.random && task.month >= 10 && !isJointTask(task))
          .map((task) => ({ message: `任务 ${task.id}（${task.month}月）未安排联合部门`, tasks: [task.id] })),
    });
    const planPools = countPlanPools(plan, subjects, { catalogue, policy });
    expect(validatePlan(plan, { catalogue, policy, pools: planPools, rules: [...builtinPlanRules, jointInQ4] })).toEqual([
      { ruleId: 'local.q4-joint', severity: 'error', clause: '本省补充规定', message: '任务 T20（10月）未安排联合部门', tasks: ['T20'] },
    ]);
  });

  it('11. scaling: a partitioned draw merges into the whole draw', () => {
    const task = plan.tasks.find((t) => t.id === 'T12')!;
    const items = pools.get('T12')!;
    const sizes = draws.find((d) => d.record.taskId === 'T12')!.record.strata;
    const allocation = Object.fromEntries(Object.entries(sizes).map(([stratum, s]) => [stratum, s.size]));
    const taskSeed = deriveTaskSeed(SEED, task.id); // `${SEED}/T12`

    // each worker: its partition only; it sends back a small JSON state
    const partitions = [items.filter((_, i) => i % 3 === 0), items.filter((_, i) => i % 3 === 1), items.filter((_, i) => i % 3 === 2)];
    const states = partitions.map((partition) => {
      const sampler = createSampler({ seed: taskSeed, sizes: allocation, reserve: 2 });
      for (const item of partition) sampler.add(item.id, item.stratum);
      return JSON.parse(JSON.stringify(sampler.state())) as ReturnType<typeof sampler.state>;
    });

    // the driver merges the states
    const driver = createSampler({ seed: taskSeed, sizes: allocation, reserve: 2 });
    for (const state of states) driver.merge(state);
    const merged = driver.result();

    const whole = draws.find((d) => d.record.taskId === 'T12')!.record;
    expect(Object.values(merged.strata).flatMap((s) => s.selected.map((e) => e.id))).toEqual(whole.selected.map((e) => e.id));
    expect(merged.poolDigest).toBe(whole.poolDigest);
  });

  it('11. scaling: KPI accumulators per partition merge into one report', () => {
    const { visits } = mergeTasks(assignmentsFromDraws(draws), { plan, catalogue, policy });
    const records = simulateInspectionRecords(visits, draws, { seed: 'demo/results', plan, policy });
    const context = { enterprises: 6000, catalogue, plan, policy, asOf: '2023-10-31' };
    const partitions = [0, 1, 2].map((p) => records.filter((_, i) => i % 3 === p));
    expect(partitions.every((partition) => partition.length > 0)).toBe(true);

    // each worker: its partition only; it sends back the JSON of its state
    const sent = partitions.map((partition) => {
      const state = createKpiAccumulator(context).addMany(partition).state(); // JSON
      return JSON.stringify(state);
    });

    // the driver merges the states
    const states = sent.map((text) => JSON.parse(text) as ReturnType<ReturnType<typeof createKpiAccumulator>['state']>);
    const driver = createKpiAccumulator(context);
    for (const state of states) driver.mergeState(state);
    expect(driver.result()).toEqual(computeKpis(records, context));

    // within one process, accumulators merge directly
    const north = createKpiAccumulator(context).addMany(partitions[0]!);
    const south = createKpiAccumulator(context).addMany([...partitions[1]!, ...partitions[2]!]);
    expect(north.merge(south).result()).toEqual(computeKpis(records, context));
  });

  it('9. the SQL of the guide is examples/verify-draw.sql', () => {
    const sql = readFileSync(new URL('../../examples/verify-draw.sql', import.meta.url), 'utf8').trim();
    for (const page of ['guide.md', 'guide.zh.md']) {
      const text = readFileSync(new URL(`../../docs/${page}`, import.meta.url), 'utf8');
      const block = /```sql\n([\s\S]*?)```/.exec(text)?.[1]?.trim();
      expect(block, page).toBe(sql);
    }
  });
});
