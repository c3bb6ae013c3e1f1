/**
 * `npm run demo` — one annual cycle of 双随机、一公开 on a synthetic district, end to end.
 *
 *   npx tsx examples/annual-cycle.ts [--out DIR]      (default DIR: out/demo-2023)
 *
 * 1. the two directories (两库): ≈100 000 synthetic subjects and the inspectors;
 * 2. the list, the policy and the plan (一单、一细则): the rules rendered from the preset, the pool
 *    sizes counted in the directory, validatePlan → findings (indicators counted in checks estimated);
 * 3. before the year: a Monte Carlo simulation of the plan (推演) → chance of missing each target;
 * 4. the draw ceremony (抽查仪式): publish the seed commitment, then reveal the public seed;
 * 5. every task drawn in month order: eligibility (with the year's checks so far), allocation per
 *    risk class, drawSubjects — and each record verified against its pool;
 * 6. merging (进一次门、查多项事) and staffing with drawInspectors;
 * 7. simulated results, publication records (一公开) and the KPI report at 2023-10-31.
 *
 * Everything is written to DIR: draw records (one JSON per task), visits, staffing, publication
 * records, the KPI report and a self-contained HTML report. In an application, import from
 * 'shuangsuiji' instead of '../src/…'.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  allocateSample,
  assignmentsFromDraws,
  commitSeed,
  computeKpis,
  countPlanPools,
  createPlanRuleContext,
  describeRules,
  builtinPlanRules,
  isJointTask,
  drawInspectors,
  drawSubjects,
  eligibleSubjects,
  filterPool,
  generateDirectory,
  isShuangsuijiError,
  issueDeadline,
  longwan2023SamplePlan,
  mergeTasks,
  RISK_CLASSES,
  resultPublicationRecord,
  sha256Hex,
  simulateInspectionRecords,
  simulatePlan,
  taskPublicationRecord,
  validatePlan,
  verifyDraw,
  zhejiang2023,
  zhejiang2023Catalogue,
  type DrawSubjectsResult,
  type InspectorInput,
  type StaffingBalance,
  type RiskClass,
  type Subject,
} from '../src/index.js';
import { htmlReport, loadHistogram, type DrawRow } from './support/html-report.js';
import { bar, heading, percent, table } from './support/text-table.js';

const started = performance.now();
const outIndex = process.argv.indexOf('--out');
const OUT = resolve(outIndex >= 0 && process.argv[outIndex + 1] !== undefined ? process.argv[outIndex + 1]! : 'out/demo-2023');
/** The public seed of the ceremony. A real bureau rolls dice in public (20+ digits); the demo uses π. */
const SEED = '2023-03-01 摇号 31415926535897932384';
const CEREMONY_DAY = '2023-03-01';
const AS_OF = '2023-10-31';

const plan = longwan2023SamplePlan;
const catalogue = zhejiang2023Catalogue;
const policy = zhejiang2023;
const write = (path: string, value: unknown): void => {
  const file = join(OUT, path);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, typeof value === 'string' ? value : `${JSON.stringify(value, null, 2)}\n`);
};
const count = (n: number): string => n.toLocaleString('en-US');

// ── 1. 两库 ────────────────────────────────────────────────────────────────────────────────────
console.log(heading('1. 两库 The two directories (synthetic district, seed longwan-2023-demo)'));
const directory = generateDirectory({ seed: 'longwan-2023-demo', size: 100_000 });
const subjects: Subject[] = directory.subjects;
// The plan's joint tasks bring in other government departments (区卫生健康局 …). The synthetic
// inspector directory holds the bureau's own staff only, so each partner department lends a team of
// sixteen (a demo assumption: with four each, every joint visit needs one of four officers, and the
// smallest possible maximum load is 483 visits — the draw proves it and says so).
const LENT_PER_PARTNER = 16;
const partners = [...new Set(plan.tasks.flatMap((task) => task.partnerDepartments))].sort();
const inspectors: InspectorInput[] = [
  ...directory.inspectors,
  ...partners.flatMap((department, d) =>
    Array.from({ length: LENT_PER_PARTNER }, (_, k) => ({ id: `P${String(d + 1).padStart(2, '0')}${String(k + 1).padStart(2, '0')}`, name: `${department}执法人员${k + 1}`, department })),
  ),
];
const enterprises = subjects.filter((s) => s.kind === 'enterprise' && !policy.excludedStatuses.includes(s.status)).length;
const { byKind, byRiskClass, byStatus } = directory.summary;
console.log(
  table(
    ['名录', '数量', '说明'],
    [
      ['检查对象 subjects', subjects.length, `企业 ${count(byKind.enterprise)}，个体工商户 ${count(byKind.individual)}，农民专业合作社 ${count(byKind.cooperative)}`],
      ['  可抽取企业 enterprises', enterprises, '抽查企业比例的分母（不含注销、吊销）'],
      ['  通用风险分类 A/B/C/D', `${byRiskClass.A}/${byRiskClass.B}/${byRiskClass.C}/${byRiskClass.D}`, `未分类 ${count(byRiskClass.unclassified)}`],
      ['  注销/吊销', `${byStatus.deregistered}/${byStatus.revoked}`, '不纳入随机抽取'],
      ['执法检查人员 inspectors', inspectors.length, `本局 ${directory.inspectors.length}（${directory.summary.activeInspectors} 在岗），联合部门 ${partners.length} × ${LENT_PER_PARTNER}`],
    ],
  ),
);

// ── 2. 一单、一细则、年度计划 ──────────────────────────────────────────────────────────────────────
console.log(heading('2. 一单一细则 Catalogue, policy and the annual plan'));
// The pools of the plan's tasks in this directory: with them validatePlan estimates the indicators
// that are counted in checks (部门联合随机抽查率) and the share of enterprises checked.
const pools = countPlanPools(plan, subjects, { catalogue, policy });
const findings = validatePlan(plan, { catalogue, policy, pools });
console.log(`抽查事项清单 ${catalogue.region}${catalogue.year}：${catalogue.items.length} 项（通用 ${catalogue.generalCodes.length} 项）`);
console.log(`政策参数 ${policy.id}（${policy.lineage.join(' → ')}）：抽查企业比例 ≥ ${percent(policy.enterpriseInspectionRate ?? null)}，联合抽查率 ≥ ${percent(policy.jointShare ?? null)}，低风险企业每年至多 ${policy.lowRiskMaxChecksPerYear} 次`);
console.log(`年度计划 ${plan.unit}：${plan.tasks.length} 个随机抽查任务，${plan.tasks[0]?.month}–${plan.tasks.at(-1)?.month} 月`);
console.log('本预设下的计划规则（条款与数字取自政策参数）：');
for (const rule of describeRules(builtinPlanRules, policy)) console.log(`  ${rule.id}（${rule.clause}）：${rule.description}`);
const context = createPlanRuleContext(plan, { catalogue, policy, pools });
const expectedChecks = (joint: boolean): number =>
  plan.tasks.filter((task) => task.random && isJointTask(task) === joint).reduce((sum, task) => sum + (context.expected.get(task.id)?.checks ?? 0), 0);
const plannedJoint = expectedChecks(true);
const plannedAll = plannedJoint + expectedChecks(false);
console.log(`预计随机抽查 ${count(plannedAll)} 次，其中部门联合 ${count(plannedJoint)} 次：部门联合随机抽查率估算 ${percent(plannedJoint / plannedAll)}（按检查次数，不按任务个数）`);
console.log(`validatePlan → ${JSON.stringify(findings)}${findings.length === 0 ? '  ✓ 计划符合本预设的全部规则' : ''}`);
for (const finding of findings) console.log(`  ${finding.severity} ${finding.ruleId} ${finding.clause}：${finding.message}`);

// ── 3. 推演 ─────────────────────────────────────────────────────────────────────────────────────
const RUNS = 5;
console.log(heading(`3. 推演 Before the year: ${RUNS} simulated years of this plan (simulatePlan)`));
const simulation = simulatePlan(plan, subjects, { runs: RUNS, seed: 'longwan-2023-demo/what-if', catalogue, policy });
console.log(
  table(
    ['指标 indicator', '目标', '均值', '5%–95%', '未达标概率'],
    simulation.indicators.map((i) => [
      i.name,
      i.target === null ? '未规定' : `${i.comparison === 'at-most' ? '≤' : '≥'} ${percent(i.target)}`,
      percent(i.value?.mean ?? null, 2),
      `${percent(i.value?.p5 ?? null, 2)} – ${percent(i.value?.p95 ?? null, 2)}`,
      percent(i.missProbability, 0),
    ]),
  ),
);
console.log(
  `上门次数 visits ${count(Math.round(simulation.visits.mean))}（${count(simulation.visits.min)}–${count(simulation.visits.max)}），合并减少 ${simulation.saved.mean.toFixed(1)} 次。`,
);
const simulatedJoint = simulation.indicators.find((i) => i.id === 'jointShare')?.value?.mean ?? null;
console.log(`注：validatePlan 与推演用同一个指标定义（部门联合随机抽查次数 ÷ 随机抽查次数）：计划估算 ${percent(plannedJoint / plannedAll)}，推演均值 ${percent(simulatedJoint)}；`);
console.log('    合并实施会让同户其他任务的检查一并成为联合检查，所以推演值不低于估算值。100% 的执行类目标只要有一次疏漏就会落空——推演让科室在下发任务之前看到这些风险。');

// ── 4. 抽查仪式 ──────────────────────────────────────────────────────────────────────────────────
console.log(heading('4. 抽查仪式 The draw ceremony'));
const commitment = commitSeed(SEED);
console.log(`2023-02-24 事先公布种子承诺值 seed commitment: ${commitment}`);
console.log(`${CEREMONY_DAY} 现场公开种子 public seed: ${JSON.stringify(SEED)}`);
console.log(`任何人可核对 sha256(seed) = ${sha256Hex(SEED) === commitment ? '承诺值 ✓' : '不一致 ✗'}`);

// ── 5. 抽取每个任务 ──────────────────────────────────────────────────────────────────────────────
console.log(heading('5. 随机抽取检查对象 Drawing every task (month order, low-risk cap applied)'));
type PoolItem = Subject & { readonly stratum: RiskClass };
const history = new Map<string, number>(); // random checks so far this year, per subject (通知·二)
const draws: DrawSubjectsResult<PoolItem>[] = [];
const drawRows: DrawRow[] = [];
const schedule = plan.tasks.map((task, index) => ({ task, index })).sort((a, b) => a.task.month - b.task.month || a.index - b.index);
for (const { task } of schedule) {
  const pool = [...filterPool(subjects, task.pool)];
  const domain = task.itemCodes.map((code) => catalogue.byCode.get(code)?.domain).find((d) => d !== undefined);
  const eligibility = eligibleSubjects(pool, history, policy, { ...(domain === undefined ? {} : { domain }), listExcluded: false });
  const allocation = allocateSample({ poolCounts: eligibility.counts.byClass, sampling: task.sampling }, policy);
  const items: PoolItem[] = eligibility.eligible.map((subject, i) => ({ ...subject, stratum: eligibility.riskClasses[i]! }));
  const result = drawSubjects({
    seed: SEED,
    taskId: task.id,
    pool: items,
    ...(allocation.sizes === undefined ? { size: allocation.total } : { allocation: allocation.sizes }),
    reserve: 2,
  });
  for (const drawn of result.selected) history.set(drawn.id, (history.get(drawn.id) ?? 0) + 1);
  const verified = verifyDraw(result.record, items).ok;
  draws.push(result);
  drawRows.push({
    taskId: task.id,
    name: task.name,
    month: task.month,
    pool: pool.length,
    eligible: eligibility.counts.eligible,
    sizes: allocation.sizes === undefined ? '—' : RISK_CLASSES.map((c) => allocation.sizes![c]).join('/'),
    drawn: result.selected.length,
    reserves: result.reserves.length,
    verified,
  });
  write(`draws/${task.id}.json`, { task: { id: task.id, name: task.name, month: task.month }, allocation: allocation.steps.lines, record: result.record });
}
console.log(
  table(
    ['任务', '名称', '月', '抽查范围', '可抽取', '低风险超次', 'A/B/C/D 抽取数', '抽取', '备选', '复核'],
    drawRows.map((row) => [
      row.taskId,
      row.name.length > 14 ? `${row.name.slice(0, 13)}…` : row.name,
      row.month,
      row.pool,
      row.eligible,
      row.pool - row.eligible,
      row.sizes,
      row.drawn,
      row.reserves,
      row.verified ? '✓' : '✗',
    ]),
  ),
);
console.log(`抽取记录 ${draws.length} 份，全部可复核：verifyDraw(record, pool).ok = ${drawRows.every((row) => row.verified)}（详见 examples/verify-draw.ts）`);

// ── 6. 合并实施 + 派员 ────────────────────────────────────────────────────────────────────────────
console.log(heading('6. 合并实施 Merging (进一次门、查多项事) and 随机选派执法检查人员 staffing'));
const merged = mergeTasks(assignmentsFromDraws(draws), { plan, catalogue, policy });
const { pairs, visits: visitCount, saved, jointVisits } = merged.summary;
console.log(`${count(pairs)} 对（任务，对象） → ${count(visitCount)} 次上门检查，合并减少 ${saved} 次；部门联合上门 ${count(jointVisits)} 次`);
for (const finding of merged.findings) console.log(`  ${finding.severity} ${finding.ruleId}：${finding.message}`);
const regionOf = new Map(subjects.map((subject) => [subject.id, subject.region]));
// the 市监所 of each 街道: the department of the directory's inspectors who cover that one street
const stationByRegion = new Map(directory.inspectors.flatMap((i) => (i.regions?.length === 1 ? [[i.regions[0]!, i.department] as const] : [])));
let staffingLine: string;
let staffingBalance: StaffingBalance | undefined;
try {
  const staffed = drawInspectors({
    seed: SEED,
    visits: merged.visits.map((visit) => {
      // Demo assumption (属地监管): a visit of 信用监管科 alone (企业公示信息抽查) is carried out by the
      // 市监所 of the subject's 街道 — the department has a handful of officers, the district 1,930
      // such visits, and no balancing can spread 3,860 officer-visits over a handful of people.
      const region = regionOf.get(visit.subjectId);
      const station = region === undefined ? undefined : stationByRegion.get(region);
      const local = visit.departments.length === 1 && visit.departments[0] === '信用监管科' && station !== undefined;
      return {
        id: visit.id,
        subjectId: visit.subjectId,
        departments: local ? [station] : [...visit.departments],
        requiredQualifications: [...visit.requiredQualifications],
        ...(local ? { region } : {}),
      };
    }),
    inspectors,
    // the preset's balancing (a practice default: min-max-load) keeps anyone from carrying the district
    rules: { perSubject: policy.inspectorsPerSubject, asOf: CEREMONY_DAY, ...(policy.inspectorBalance === undefined ? {} : { balance: policy.inspectorBalance }) },
  });
  const b = staffed.balance;
  staffingBalance = b;
  const used = Object.keys(staffed.loads).length;
  staffingLine =
    `每次上门至少 ${policy.inspectorsPerSubject} 名执法人员：${count(staffed.assignments.length)} 次上门全部派员；可派人员 ${b.inspectors} 人，用到 ${used} 人，` +
    `人均 ${b.meanLoad.toFixed(1)} 次，最多 ${b.maxLoad} 次（均衡上限 ${b.cap ?? '无'}，下界 ${b.lowerBound}${b.optimal ? '，已证明最小' : ''}），最少 ${b.minLoad} 次。`;
  console.log(`派员工作量分布（可派人员按检查次数）：\n${loadHistogram(b.histogram)}`);
  write('staffing.json', staffed.record);
} catch (error) {
  if (!isShuangsuijiError(error, 'INSUFFICIENT_INSPECTORS')) throw error;
  staffingLine = `派员未完成（INSUFFICIENT_INSPECTORS）：${error.message}`;
}
console.log(staffingLine);
write('visits.json', merged);

// ── 7. 检查结果、一公开、指标 ───────────────────────────────────────────────────────────────────
console.log(heading(`7. 检查结果与考核指标 Results (simulated) and the KPI report at ${AS_OF}`));
const records = simulateInspectionRecords(merged.visits, draws, { seed: 'longwan-2023-demo/results', plan, policy });
const taskById = new Map(plan.tasks.map((task) => [task.id, task]));
const subjectById = new Map(subjects.map((subject) => [subject.id, subject]));
const taskPublications = plan.tasks.map((task) => ({ taskId: task.id, publishedOn: task.issuedOn ?? issueDeadline(plan.year, task.month, { policy: zhejiang2023 }) }));
write(
  'publication/tasks.json',
  draws.map((draw) => {
    const task = taskById.get(draw.record.taskId)!;
    const sizes = Object.fromEntries(Object.entries(draw.record.strata).map(([stratum, s]) => [stratum, s.size]));
    return taskPublicationRecord({
      task,
      catalogue,
      year: plan.year,
      poolSize: draw.record.poolSize,
      sampleSize: draw.selected.length,
      ...(RISK_CLASSES.every((c) => c in sizes) ? { sampleSizesByRiskClass: sizes } : {}),
      seedCommitment: draw.record.seedCommitment,
    });
  }),
);
write(
  'publication/results.json',
  records.map((record) => resultPublicationRecord(record, { policy, subjectName: subjectById.get(record.subjectId)?.name ?? record.subjectId, taskName: taskById.get(record.taskId)?.name ?? record.taskId })),
);
write('records.json', records);
const report = computeKpis(records, { enterprises, catalogue, plan, policy, asOf: AS_OF, taskPublications });
write('kpi-report.json', report);

console.log(`${count(records.length)} 条检查记录（每次上门每个任务一条），发现问题 ${count(report.totals.problemsFound)} 户次\n`);
for (const indicator of report.indicators) {
  const fill = indicator.comparison === 'at-most' ? (indicator.met ? 1 : 0) : indicator.value === null ? 0 : indicator.value / (indicator.target || 1);
  const mark = indicator.met === null ? '' : indicator.met ? '  ✓' : '  ✗';
  // the report line is rendered from the policy: value, counts, target, verdict and clause
  console.log(`${bar(fill)} ${indicator.line}${mark}`);
}
console.log(`\n${table(
  ['部门 department', '检查', '随机抽查', '联合', '发现问题', '已处置', '已公示', '逾期公示'],
  report.byDepartment.map((d) => [d.department, d.checks, d.randomChecks, d.jointRandomChecks, d.problemsFound, d.problemsFollowedUp, d.resultsPublished, d.resultsOverdue + d.resultsLate]),
)}`);
console.log(`\n${table(
  ['风险类别', '已形成结果', '发现问题', '问题发现率'],
  report.byRiskClass.map((row) => [row.riskClass, row.checks, row.problemsFound, percent(row.problemRate)]),
)}`);

// ── 输出 ────────────────────────────────────────────────────────────────────────────────────────
const elapsedSeconds = (performance.now() - started) / 1000;
write('simulation.json', simulation);
write(
  'report.html',
  htmlReport({
    title: `${plan.unit} ${plan.year} 年度“双随机、一公开”演示报告`,
    seed: SEED,
    seedCommitment: commitment,
    subjects: subjects.length,
    enterprises,
    inspectors: inspectors.length,
    findings: findings.length,
    simulation,
    draws: drawRows,
    merge: merged.summary,
    staffing: staffingLine,
    ...(staffingBalance === undefined ? {} : { staffingHistogram: staffingBalance.histogram }),
    kpis: report,
    elapsedSeconds,
  }),
);
console.log(heading('输出 Output'));
console.log(`${OUT}/  draws/T01…T20.json, visits.json, staffing.json, records.json, publication/, kpi-report.json, simulation.json, report.html`);
console.log(`用浏览器打开 open ${join(OUT, 'report.html')}   （${elapsedSeconds.toFixed(1)} s）`);
