/**
 * Benchmark of mergeTasks (合并实施): 1 M drawn (task, subject) pairs over 300 k subjects and a
 * 40-task plan, beside a plain `Map` group-by of the same pairs measured in the same run.
 * Target: mergeTasks ≤ 0.4 s on the project machine.
 *
 * The fixture is a hard case on purpose: every subject is drawn by 2–4 tasks (none by one), the pairs
 * are shuffled (as when concatenating per-task draws), few pairs merge (867 k visits) and every subject
 * is a repeat visit, so the result holds ~870 k visits and 300 k repeat-visit entries. A subject's pairs
 * share one subject-id string object, as draws from one directory do. The baseline only groups the
 * same pairs into a `Map<string, string[]>` (no checks, no sort, no output); rounds are interleaved and
 * the medians compared.
 */
import { defineCatalogue } from '../src/catalogue/index.js';
import { zhejiang2023 } from '../src/presets/index.js';
import type { AnnualPlanInput } from '../src/plan/index.js';
import { mergeTasks, type Assignment, type MergeResult } from '../src/merge/index.js';
import { createHash } from 'node:crypto';

const PAIRS = 1_000_000;
const SUBJECTS = 300_000;
const TASKS = 40;
const RUNS = 5;
const SUBJECT_TASKS = [2, 3, 4, 4, 3, 4];
/**
 * SHA-256 of the whole result on this fixture (see {@link resultDigest}), recorded before the issue-18
 * speed-ups: a faster mergeTasks must give byte-identical output.
 */
const EXPECTED_DIGEST = 'b4bd9572705cfb2a5006c13aaea9b18134f9af74ef4c21d59cf58f4a87701531';

/** SHA-256 of the result's JSON, fed visit by visit (one JSON string of 870 k visits would be huge). */
function resultDigest(result: MergeResult): string {
  const hash = createHash('sha256');
  for (const visit of result.visits) hash.update(JSON.stringify(visit)).update('\n');
  for (const repeat of result.repeatVisits) hash.update(JSON.stringify(repeat)).update('\n');
  hash.update(JSON.stringify(result.summary)).update(JSON.stringify(result.findings));
  return hash.digest('hex');
}

function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0);
}

function fixture(): { draws: Assignment[]; plan: AnnualPlanInput; catalogue: ReturnType<typeof defineCatalogue> } {
  const departments = ['餐饮科', '价竞分局', '标准科', '食品生产流通科', '市场合同科', '特种设备科', '质量监管科', '知识产权科', '网监分局', '药监分局'];
  const items = [
    ...['A99', 'A100', 'A101', 'A102', 'A103', 'A104', 'A105'].map((code) => ({ code, name: code, category: 'general' as const, leadDepartment: '信用监管科', targetKinds: ['enterprise' as const] })),
    ...Array.from({ length: 60 }, (_, i) => ({
      code: `B${String(i).padStart(2, '0')}`,
      name: `专业事项 ${i}`,
      category: 'specialised' as const,
      leadDepartment: departments[i % departments.length]!,
      targetKinds: ['enterprise' as const],
      requiredQualifications: i % 7 === 0 ? ['special-equipment'] : [],
    })),
  ];
  const catalogue = defineCatalogue({ year: 2023, region: '浙江省', items });
  const groups = ['food', 'lift', undefined, undefined];
  const tasks = Array.from({ length: TASKS }, (_, i) => ({
    id: `T${String(i).padStart(2, '0')}`,
    name: `任务 ${i}`,
    month: 1 + (i % 10),
    leadDepartment: departments[i % departments.length]!,
    partnerDepartments: i % 5 === 0 ? ['永中市监所'] : [],
    itemCodes: ['A99', 'A100', 'A101', `B${String(i % 60).padStart(2, '0')}`, `B${String((i * 7) % 60).padStart(2, '0')}`],
    sampling: { ratio: 0.05 },
    ...(groups[i % 4] === undefined ? {} : { mergeGroup: groups[i % 4]! }),
  }));
  const next = lcg(20230224);
  const draws: Assignment[] = [];
  // every subject gets 2–4 distinct tasks, 20 per 6 subjects: 300 k subjects × 20 / 6 = 1 M pairs
  outer: for (let s = 0; s < SUBJECTS; s += 1) {
    const subjectId = `9133030${String(s).padStart(11, '0')}`;
    const k = SUBJECT_TASKS[s % SUBJECT_TASKS.length]!;
    const start = next() % TASKS;
    const step = 1 + (next() % 3) * 2; // 1, 3 or 5: j * step < 40 for j < 6, so the k tasks are distinct
    for (let j = 0; j < k; j += 1) {
      draws.push({ taskId: tasks[(start + j * step) % TASKS]!.id, subjectId });
      if (draws.length === PAIRS) break outer;
    }
  }
  // shuffle so subjects' pairs are spread, as when concatenating per-task draws
  for (let i = draws.length - 1; i > 0; i -= 1) {
    const j = next() % (i + 1);
    [draws[i], draws[j]] = [draws[j]!, draws[i]!];
  }
  return { draws, plan: { year: 2023, unit: '龙湾区市场监督管理局', tasks }, catalogue };
}

function groupByBaseline(draws: readonly Assignment[]): number {
  const groups = new Map<string, string[]>();
  for (const { taskId, subjectId } of draws) {
    const list = groups.get(subjectId);
    if (list === undefined) groups.set(subjectId, [taskId]);
    else list.push(taskId);
  }
  return groups.size;
}

function time(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export async function run(): Promise<void> {
  const { draws, plan, catalogue } = fixture();
  const options = { plan, catalogue, policy: zhejiang2023 };
  const check = mergeTasks(draws, options);
  const digest = resultDigest(check);
  if (digest !== EXPECTED_DIGEST) throw new Error(`mergeTasks output changed: digest ${digest}, expected ${EXPECTED_DIGEST}`);
  const baselineTimes: number[] = [];
  const mergeTimes: number[] = [];
  for (let r = 0; r < RUNS; r += 1) {
    baselineTimes.push(time(() => groupByBaseline(draws)));
    mergeTimes.push(time(() => mergeTasks(draws, options)));
  }
  const baseline = median(baselineTimes);
  const merge = median(mergeTimes);
  console.log(`output digest ${digest.slice(0, 16)}… identical to the recorded one`);
  console.log(`pairs ${check.summary.pairs} · subjects ${check.summary.subjects} · visits ${check.summary.visits} · saved ${check.summary.saved} · joint ${check.summary.jointVisits} · repeat subjects ${check.repeatVisits.length}`);
  console.table([
    { case: 'Map group-by (baseline)', 'median ms': baseline.toFixed(1), 'best ms': Math.min(...baselineTimes).toFixed(1), ratio: '1.00' },
    { case: 'mergeTasks', 'median ms': merge.toFixed(1), 'best ms': Math.min(...mergeTimes).toFixed(1), ratio: (merge / baseline).toFixed(2) },
  ]);
  console.log(`target mergeTasks ≤ 400 ms: ${merge <= 400 ? 'met' : 'NOT met'} · rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`);
  console.log(`issue 18 target: mergeTasks ≤ 1.30× the Map group-by in the same run: ${(merge / baseline).toFixed(2)}× ${merge / baseline <= 1.3 ? 'met' : 'NOT met'}`);
}
