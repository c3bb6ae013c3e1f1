/**
 * Benchmark of the KPI accumulator (指标累加器基准测试).
 *
 * Targets of the issue: 10 M records through the accumulator in ≤ 0.5 s in memory, and streamed in
 * batches with bounded memory (≤ 200 MB RSS over the input). Each case is set beside a one-loop
 * baseline measured in the same run: a plain for-loop that counts the same numerators (checks,
 * double-random, mobile, random, joint, problems, published, distinct enterprises) with no
 * validation, no deadlines, no departments, no low-risk visits.
 *
 * Synthetic data: 1.5 M subject ids (80 % enterprises, a national-scale directory's inspected share),
 * 240 plan tasks (10 % not random), 30 departments, check dates 1 Jan – 31 Oct 2023, asOf 2023-12-31.
 * Records are generated from their index by integer hashing, only from precomputed strings: every
 * record of a subject carries the same subject-id string object, as records loaded from a directory
 * would, so V8 hashes each id once (a fresh string per record would measure string hashing instead).
 *
 * Run alone: npx tsx -e "import('./bench/kpi.bench.ts').then(m => m.run())"
 * Size: KPI_BENCH_SIZE (default 10 000 000); in-memory array: KPI_BENCH_ARRAY (default 1 000 000);
 * subject ids: KPI_BENCH_SUBJECTS (default 1 500 000).
 */
import { defineCatalogue } from '../src/catalogue/index.js';
import { zhejiang2023 } from '../src/presets/index.js';
import type { AnnualPlanInput } from '../src/plan/index.js';
import type { InspectionRecordInput } from '../src/publication/index.js';

import { createHash } from 'node:crypto';

const RESULT_CATEGORIES = zhejiang2023.resultCategories;
import { createKpiAccumulator, computeKpisAsync, type KpiContext, type KpiReport } from '../src/kpi/index.js';

const SUBJECTS = Number(process.env.KPI_BENCH_SUBJECTS ?? 1_500_000);
const TASKS = 240;
const DEPARTMENTS = 30;
const BATCH = 10_000;
/** Interleaved rounds of the in-memory cases (median reported). */
const ROUNDS = Number(process.env.KPI_BENCH_ROUNDS ?? 3);

/** A record with every field present, so all records share one shape. */
interface BenchRecord {
  subjectId: string;
  subjectKind: 'enterprise' | 'individual';
  riskClass: 'A' | 'B' | 'C' | 'D' | undefined;
  taskId: string;
  visitId: string | undefined;
  department: string;
  checkDate: string;
  doubleRandom: boolean;
  joint: boolean;
  riskApplied: boolean;
  mobile: boolean;
  resultCategory: string;
  resultDate: string | undefined;
  publishedOn: string | undefined;
  problemFound: boolean | undefined;
  followUp: 'none' | 'pending' | 'rectified';
  followUpDate: string | undefined;
}

interface Fixture {
  readonly context: KpiContext;
  readonly subjectIds: readonly string[];
  readonly taskIds: readonly string[];
  readonly taskDepartment: readonly string[];
  readonly randomTask: readonly boolean[];
  readonly dates: readonly string[];
  readonly publishDates: readonly string[];
}

function isoDay(dayOfYear: number): string {
  const date = new Date(Date.UTC(2023, 0, 1 + dayOfYear));
  return date.toISOString().slice(0, 10);
}

function fixture(): Fixture {
  const codes = Array.from({ length: 40 }, (_, i) => (i < 7 ? `A${99 + i}` : `B${String(i).padStart(2, '0')}`));
  const catalogue = defineCatalogue({
    year: 2023,
    region: '基准',
    items: codes.map((code, i) => ({ code, name: `事项${code}`, category: i < 7 ? 'general' : 'specialised', leadDepartment: '信用监管科', targetKinds: ['enterprise'] })),
  });
  const departments = Array.from({ length: DEPARTMENTS }, (_, i) => `部门${String(i).padStart(2, '0')}`);
  const taskIds: string[] = [];
  const taskDepartment: string[] = [];
  const randomTask: boolean[] = [];
  const tasks: AnnualPlanInput['tasks'] = [];
  for (let i = 0; i < TASKS; i += 1) {
    const id = `T${String(i).padStart(3, '0')}`;
    const department = departments[i % DEPARTMENTS] as string;
    const random = i % 10 !== 9;
    taskIds.push(id);
    taskDepartment.push(department);
    randomTask.push(random);
    tasks.push({
      id,
      name: `任务${id}`,
      month: 1 + (i % 10),
      leadDepartment: department,
      itemCodes: [codes[i % 7] as string, codes[7 + (i % 33)] as string],
      random,
      sampling: { ratio: 0.03 },
      issuedOn: isoDay((i % 10) * 30),
    });
  }
  const dates = Array.from({ length: 304 }, (_, d) => isoDay(d));
  const publishDates = Array.from({ length: 304 }, (_, d) => isoDay(d + 5));
  const subjectIds = Array.from({ length: SUBJECTS }, (_, i) => `S${String(i).padStart(8, '0')}`);
  return {
    context: { enterprises: 2_000_000, catalogue, plan: { year: 2023, unit: '基准', tasks }, policy: zhejiang2023, asOf: '2023-12-31' },
    subjectIds,
    taskIds,
    taskDepartment,
    randomTask,
    dates,
    publishDates,
  };
}

const CATEGORY_IDS = RESULT_CATEGORIES.map((c) => c.id);
const RISK = ['A', 'B', 'C', 'D', undefined] as const;

function hash(i: number): number {
  let h = Math.imul(i ^ 0x9e3779b9, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function blankRecord(): BenchRecord {
  return {
    subjectId: '',
    subjectKind: 'enterprise',
    riskClass: undefined,
    taskId: '',
    visitId: undefined,
    department: '',
    checkDate: '',
    doubleRandom: false,
    joint: false,
    riskApplied: false,
    mobile: false,
    resultCategory: 'no-problem',
    resultDate: undefined,
    publishedOn: undefined,
    problemFound: undefined,
    followUp: 'none',
    followUpDate: undefined,
  };
}

/** Overwrites `r` with record number `i` (no allocation). */
function fill(f: Fixture, r: BenchRecord, i: number): void {
  const h = hash(i);
  const g = hash(h);
  const subject = h % SUBJECTS;
  const task = g % TASKS;
  const day = (h >>> 8) % 304;
  r.subjectId = f.subjectIds[subject] as string;
  r.subjectKind = subject % 5 === 0 ? 'individual' : 'enterprise';
  r.riskClass = RISK[(subject >>> 3) % 5]; // a property of the subject, as in real data
  r.taskId = f.taskIds[task] as string;
  r.department = f.taskDepartment[task] as string;
  r.checkDate = f.dates[day] as string;
  r.doubleRandom = (g & 0x100) !== 0 || (g & 0x200) !== 0;
  r.joint = (g & 0xc00) === 0;
  r.riskApplied = (g & 0x1000) !== 0 || (g & 0x2000) !== 0;
  r.mobile = (g & 0xf000) !== 0;
  const c = (g >>> 16) % 20;
  r.resultCategory = (c < 10 ? 'no-problem' : CATEGORY_IDS[c % 11]) as string;
  r.publishedOn = (g & 0x10000) !== 0 ? f.publishDates[day] : undefined;
  r.followUp = c >= 10 && (g & 1) === 1 ? 'rectified' : 'none';
}

const asInput = (r: BenchRecord): InspectionRecordInput => r as unknown as InspectionRecordInput;

interface BaselineCounts {
  checks: number;
  doubleRandom: number;
  mobile: number;
  random: number;
  joint: number;
  problems: number;
  published: number;
  enterprises: Set<string>;
}

function newBaseline(): BaselineCounts {
  return { checks: 0, doubleRandom: 0, mobile: 0, random: 0, joint: 0, problems: 0, published: 0, enterprises: new Set() };
}

/** The one-loop baseline over a batch. */
function baselineLoop(records: readonly BenchRecord[], counts: BaselineCounts, random: ReadonlyMap<string, boolean>, problem: ReadonlyMap<string, boolean>): void {
  for (let i = 0; i < records.length; i += 1) {
    const r = records[i] as BenchRecord;
    counts.checks += 1;
    if (r.doubleRandom) counts.doubleRandom += 1;
    if (r.mobile) counts.mobile += 1;
    if (!random.get(r.taskId)) continue;
    counts.random += 1;
    if (r.joint) counts.joint += 1;
    if (r.subjectKind === 'enterprise') counts.enterprises.add(r.subjectId);
    if (problem.get(r.resultCategory)) counts.problems += 1;
    if (r.publishedOn !== undefined && r.publishedOn <= '2023-12-31') counts.published += 1;
  }
}

async function* batches(f: Fixture, size: number, onBatch: () => void): AsyncGenerator<readonly InspectionRecordInput[]> {
  const batch: BenchRecord[] = Array.from({ length: BATCH }, blankRecord);
  for (let start = 0; start < size; start += BATCH) {
    const n = Math.min(BATCH, size - start);
    for (let j = 0; j < n; j += 1) fill(f, batch[j] as BenchRecord, start + j);
    onBatch();
    yield (n === BATCH ? batch : batch.slice(0, n)) as unknown as readonly InspectionRecordInput[];
  }
}

/**
 * SHA-256 of the reports' JSON at the default sizes, recorded before the issue-18 speed-ups: a faster
 * accumulator must give byte-identical reports (the in-memory and two-accumulator cases give the same one).
 */
const EXPECTED_DIGESTS = {
  streamed: 'd86b0af6381d9efae44e366c477667a627368f816a57301b5f4cf97397781bb4',
  inMemory: 'fafa7dec70cb35a1d3daa5e5e463ff64d3997e0b7f583ca78897dfc4aa20bf01',
};
const DEFAULT_SIZES = process.env.KPI_BENCH_SIZE === undefined && process.env.KPI_BENCH_ARRAY === undefined && process.env.KPI_BENCH_SUBJECTS === undefined;

function reportDigest(report: KpiReport): string {
  return createHash('sha256').update(JSON.stringify(report)).digest('hex');
}

/** Throws when a report differs from the recorded one (checked at the default sizes only). */
function assertDigest(which: keyof typeof EXPECTED_DIGESTS, report: KpiReport): string {
  const digest = reportDigest(report);
  if (DEFAULT_SIZES && digest !== EXPECTED_DIGESTS[which]) {
    throw new Error(`KPI ${which} report changed: digest ${digest}, expected ${EXPECTED_DIGESTS[which]}`);
  }
  return digest;
}

const mib = (bytes: number): number => Math.round(bytes / 2 ** 20);

export async function run(): Promise<void> {
  const size = Number(process.env.KPI_BENCH_SIZE ?? 10_000_000);
  const arraySize = Math.min(size, Number(process.env.KPI_BENCH_ARRAY ?? 1_000_000));
  const f = fixture();
  const randomByTask = new Map(f.taskIds.map((id, i) => [id, f.randomTask[i] as boolean]));
  const problemByCategory = new Map(RESULT_CATEGORIES.map((c) => [c.id as string, c.problemFound]));
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const inputRss = process.memoryUsage().rss;
  console.log(`kpi bench: ${size.toLocaleString('en')} records, ${SUBJECTS.toLocaleString('en')} subject ids, ${TASKS} tasks; input fixture rss ${mib(inputRss)} MiB`);

  const rows: { case: string; ms: number; ratio: string; rss: string; check: string }[] = [];

  // Streamed: batches of 10 000 reusing one array of objects; peak RSS sampled per batch.
  {
    let peak = 0;
    const sample = (): void => {
      const rss = process.memoryUsage().rss;
      if (rss > peak) peak = rss;
    };
    let start = performance.now();
    const counts = newBaseline();
    for await (const batch of batches(f, size, sample)) baselineLoop(batch as unknown as readonly BenchRecord[], counts, randomByTask, problemByCategory);
    const baseMs = performance.now() - start;
    const basePeak = peak;
    rows.push({ case: 'streamed baseline: one loop', ms: baseMs, ratio: '1.00', rss: `+${mib(basePeak - inputRss)} MiB`, check: `${counts.enterprises.size} ent.` });
    counts.enterprises.clear();
    gc?.();
    peak = 0;
    const streamRss = process.memoryUsage().rss;
    start = performance.now();
    const report: KpiReport = await computeKpisAsync(batches(f, size, sample), f.context);
    const ms = performance.now() - start;
    console.log(`streamed report digest ${assertDigest('streamed', report).slice(0, 16)}…${DEFAULT_SIZES ? ' identical to the recorded one' : ' (not checked: non-default size)'}`);
    rows.push({
      case: 'streamed: computeKpisAsync (batches of 10 000)',
      ms,
      ratio: (ms / baseMs).toFixed(2),
      rss: `+${mib(peak - streamRss)} MiB (peak ${mib(peak)})`,
      check: `${report.indicators[0]?.numerator} ent.`,
    });
  }

  // In memory: an array of records built once, passed through addMany until `size` records.
  gc?.();
  const records: BenchRecord[] = Array.from({ length: arraySize }, (_, i) => {
    const r = blankRecord();
    fill(f, r, i);
    return r;
  });
  const passes = Math.ceil(size / arraySize);
  const input = records as unknown as InspectionRecordInput[];
  const half = Math.floor(arraySize / 2);
  const leftInput = input.slice(0, half);
  const rightInput = input.slice(half);
  // The three cases run in interleaved rounds (baseline, accumulator, merge, baseline, …) so load from
  // other processes hits them alike; each reports its median.
  const cases: { name: string; fn: () => number | KpiReport; times: number[]; check: string; rss: number }[] = [
    {
      name: `in memory baseline: one loop (${arraySize.toLocaleString('en')} × ${passes})`,
      fn: () => {
        const counts = newBaseline();
        for (let p = 0; p < passes; p += 1) baselineLoop(records, counts, randomByTask, problemByCategory);
        return counts.enterprises.size;
      },
      times: [],
      check: '',
      rss: 0,
    },
    {
      name: 'in memory: accumulator.addMany + result()',
      fn: () => {
        const accumulator = createKpiAccumulator(f.context);
        for (let p = 0; p < passes; p += 1) accumulator.addMany(input);
        return accumulator.result();
      },
      times: [],
      check: '',
      rss: 0,
    },
    {
      name: 'in memory: two accumulators + merge',
      fn: () => {
        const left = createKpiAccumulator(f.context);
        const right = createKpiAccumulator(f.context);
        for (let p = 0; p < passes; p += 1) {
          left.addMany(leftInput);
          right.addMany(rightInput);
        }
        return left.merge(right).result();
      },
      times: [],
      check: '',
      rss: 0,
    },
  ];
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const c of cases) {
      const start = performance.now();
      const out = c.fn();
      c.times.push(performance.now() - start);
      // the digest is checked outside the timed part
      if (typeof out === 'number') c.check = `${out} ent.`;
      else {
        assertDigest('inMemory', out);
        c.check = `${out.indicators[0]?.numerator} ent.`;
      }
      c.rss = Math.max(c.rss, process.memoryUsage().rss);
    }
  }
  const medianOf = (times: readonly number[]): number => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)] as number;
  const baseMs = medianOf((cases[0] as (typeof cases)[number]).times);
  for (const c of cases) {
    const ms = medianOf(c.times);
    rows.push({ case: c.name, ms, ratio: (ms / baseMs).toFixed(2), rss: `${mib(c.rss)} MiB`, check: c.check });
  }

  console.table(rows.map((row) => ({ case: row.case, ms: Number(row.ms.toFixed(0)), 'ratio vs baseline': row.ratio, rss: row.rss, 'distinct enterprises': row.check })));
  console.log(`in-memory reports (accumulator; two accumulators + merge): ${DEFAULT_SIZES ? 'identical to the recorded digest in every round' : 'digest not checked (non-default size)'}`);
  console.log(`in-memory rows: median of ${ROUNDS} interleaved rounds; streamed rows: one run each`);
  console.log('targets: in memory ≤ 500 ms for 10 M records; streamed ≤ 200 MiB RSS over the input');
  const ratioOf = (name: string): number => Number(rows.find((row) => row.case.startsWith(name))?.ratio);
  const inMemory = ratioOf('in memory: accumulator');
  const streamed = ratioOf('streamed: computeKpisAsync');
  console.log(`issue 18 targets (ratio to the one-loop baseline, same run): in memory ≤ 1.20× (${inMemory.toFixed(2)}× ${inMemory <= 1.2 ? 'met' : 'NOT met'}), streamed ≤ 1.30× (${streamed.toFixed(2)}× ${streamed <= 1.3 ? 'met' : 'NOT met'})`);
}
