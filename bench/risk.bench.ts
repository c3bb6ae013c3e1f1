/**
 * Benchmark of the risk module over a synthetic directory (信用风险分类基准测试).
 *
 * Target of the issue: "allocation plus eligibility over 10 M subjects adds ≤ 5 % to a draw".
 * Eligibility + per-class counts + allocation, minus a plain pass that only iterates and counts by
 * class (the baseline), is compared with the draw's own per-subject time, measured IN THE SAME RUN
 * by a stratified 3 % `drawSubjects` over the first RISK_BENCH_DRAW_SIZE (default 1 000 000) of the
 * same subjects. Cases run interleaved, REPEATS rounds, medians.
 *
 * Run alone: npx tsx -e "import('./bench/risk.bench.ts').then(m => m.run())"
 * Size: RISK_BENCH_SIZE (default 10 000 000).
 */
import {
  allocateSample,
  countByClass,
  createEligibilityFilter,
  eligibleSubjects,
  filterEligible,
  type EligibilitySubject,
  type RiskClass,
} from '../src/risk/index.js';
import { drawSubjects } from '../src/draw/index.js';
import { zhejiang2023 } from '../src/presets/index.js';

const REPEATS = 5;
const DRAW_PATH = 'filter.check in the loop + allocateSample (the draw path)';
const DRAW_PATH_COUNTS = 'same, listExcluded: false (counts only)';

interface Row {
  readonly name: string;
  readonly ms: number;
}

/** Deterministic 32-bit LCG, so every run sees the same directory. */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

const NO_DOMAIN: Readonly<Record<string, RiskClass>> = Object.freeze({});
const FOOD_C: Readonly<Record<string, RiskClass>> = Object.freeze({ food: 'C' });
const FOOD_A: Readonly<Record<string, RiskClass>> = Object.freeze({ food: 'A' });

interface Synthetic {
  readonly pool: EligibilitySubject[];
  readonly history: Map<string, number>;
}

/** Plain objects of one shape (no zod): A 60 %, B 28 %, C 7 %, D 2 %, unclassified 3 %. */
function synthesize(size: number): Synthetic {
  const random = lcg(20230224);
  const pool: EligibilitySubject[] = new Array(size);
  const history = new Map<string, number>();
  for (let i = 0; i < size; i += 1) {
    const r = random();
    const riskClass: RiskClass | undefined = r < 0.6 ? 'A' : r < 0.88 ? 'B' : r < 0.95 ? 'C' : r < 0.97 ? 'D' : undefined;
    const k = random();
    const kind = k < 0.7 ? 'enterprise' : k < 0.98 ? 'individual' : 'cooperative';
    const s = random();
    const status = s < 0.01 ? 'deregistered' : s < 0.015 ? 'revoked' : s < 0.02 ? 'suspended' : 'operating';
    const d = random();
    const domainRiskClasses = d < 0.05 ? FOOD_C : d < 0.1 ? FOOD_A : NO_DOMAIN;
    const id = `S${i}`;
    pool[i] = { id, kind, status, riskClass, domainRiskClasses };
    if (riskClass === 'A' && random() < 0.03) history.set(id, 1 + Math.floor(random() * 3)); // 1–3 random checks
  }
  return { pool, history };
}

interface Case {
  readonly name: string;
  readonly fn: () => unknown;
}

/** Runs the cases round-robin REPEATS times (so a noisy moment hits all alike) and keeps each median. */
function measure(cases: readonly Case[]): Row[] {
  const times: number[][] = cases.map(() => []);
  for (let round = 0; round < REPEATS; round += 1) {
    cases.forEach((entry, index) => {
      const start = performance.now();
      entry.fn();
      times[index]!.push(performance.now() - start);
    });
  }
  return cases.map((entry, index) => {
    const sorted = [...times[index]!].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return { name: entry.name, ms: sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2 };
  });
}

/** The draw the filter feeds: a stratified 3 % draw by risk class (unclassified → D), defaults otherwise. */
function draw(pool: readonly EligibilitySubject[]): number {
  const counts: Record<RiskClass, number> = { A: 0, B: 0, C: 0, D: 0 };
  for (const subject of pool) counts[subject.riskClass ?? 'D'] += 1;
  const allocation = Object.fromEntries(Object.entries(counts).map(([k, c]) => [k, Math.round(c * 0.03)]));
  const result = drawSubjects({ seed: '20230224', taskId: 'risk-bench', pool, allocation, stratumOf: (s) => s.riskClass ?? 'D' });
  return result.selected.length;
}

/** The baseline: iterate and count by (general) class, nothing else. */
function baseline(pool: readonly EligibilitySubject[]): Record<RiskClass, number> {
  let a = 0;
  let b = 0;
  let c = 0;
  let d = 0;
  for (const subject of pool) {
    const riskClass = subject.riskClass;
    if (riskClass === 'A') a += 1;
    else if (riskClass === 'B') b += 1;
    else if (riskClass === 'C') c += 1;
    else d += 1;
  }
  return { A: a, B: b, C: c, D: d };
}

/**
 * A second baseline closer to a draw: it also reads each id string (a draw hashes every id, so the
 * string is in cache when the eligibility filter looks it up in the history).
 */
function baselineWithIds(pool: readonly EligibilitySubject[]): number {
  let counted = 0;
  let chars = 0;
  for (const subject of pool) {
    chars += subject.id.length;
    if (subject.riskClass !== undefined) counted += 1;
  }
  return counted + chars;
}

/**
 * Prints the draw's µs/subject, then the table: case, median ms, ns/subject, ns/subject added over
 * the baseline, ratio to the baseline, and the added time as a share of the draw's per-subject time
 * measured in the same run, plus RSS.
 */
export async function run(): Promise<void> {
  const size = Number(process.env.RISK_BENCH_SIZE ?? 10_000_000);
  const generateStart = performance.now();
  const { pool, history } = synthesize(size);
  const generateMs = performance.now() - generateStart;
  console.log(`risk bench: ${size.toLocaleString('en')} synthetic subjects (generated in ${generateMs.toFixed(0)} ms), history of ${history.size.toLocaleString('en')} subjects`);

  // warm up every path on a slice
  const warm = pool.slice(0, 200_000);
  baseline(warm);
  baselineWithIds(warm);
  const warmFilter = createEligibilityFilter(history, zhejiang2023);
  for (const subject of warm) warmFilter.check(subject);
  eligibleSubjects(warm, history, zhejiang2023);
  for (const subject of filterEligible(warm, createEligibilityFilter(history, zhejiang2023))) void subject;

  const drawSize = Math.min(size, Number(process.env.RISK_BENCH_DRAW_SIZE ?? 1_000_000));
  const drawPool = pool.slice(0, drawSize);
  draw(drawPool.slice(0, 50_000));
  const DRAW = `the draw itself: drawSubjects, 3 % by class, over the first ${drawSize.toLocaleString('en')} (not added to the rows below)`;
  let sampleTotal = 0;
  const rows = measure([
    { name: DRAW, fn: () => draw(drawPool) },
    { name: 'baseline: iterate + count by class', fn: () => baseline(pool) },
    { name: 'baseline + read every id (as a draw must)', fn: () => baselineWithIds(pool) },
    {
      name: DRAW_PATH,
      fn: () => {
        const filter = createEligibilityFilter(history, zhejiang2023, { domain: 'food' });
        for (const subject of pool) filter.check(subject);
        sampleTotal = allocateSample({ poolCounts: filter.counts().byClass, sampling: { ratio: 0.03 } }, zhejiang2023).total;
      },
    },
    {
      name: DRAW_PATH_COUNTS,
      fn: () => {
        const filter = createEligibilityFilter(history, zhejiang2023, { domain: 'food', listExcluded: false });
        for (const subject of pool) filter.check(subject);
        allocateSample({ poolCounts: filter.counts().byClass, sampling: { count: 30_000 } }, zhejiang2023);
      },
    },
    {
      name: 'filterEligible generator + allocateSample',
      fn: () => {
        const filter = createEligibilityFilter(history, zhejiang2023, { domain: 'food' });
        for (const subject of filterEligible(pool, filter)) void subject;
        allocateSample({ poolCounts: filter.counts().byClass, sampling: { ratio: 0.03 } }, zhejiang2023);
      },
    },
    {
      name: 'eligibleSubjects (collects arrays) + allocateSample',
      fn: () => {
        const result = eligibleSubjects(pool, history, zhejiang2023, { domain: 'food' });
        allocateSample({ poolCounts: result.counts.byClass, sampling: { ratio: 0.03 } }, zhejiang2023);
      },
    },
    { name: 'countByClass (fusion only)', fn: () => countByClass(pool, zhejiang2023, 'food') },
  ]);

  const drawRow = rows.find((row) => row.name === DRAW)!;
  const others = rows.filter((row) => row !== drawRow);
  const base = others[0]?.ms ?? 1;
  const drawNsPerSubject = (drawRow.ms * 1e6) / drawSize;
  console.log(
    `the draw itself: ${(drawNsPerSubject / 1000).toFixed(3)} µs/subject (median of ${REPEATS}, ${drawSize.toLocaleString('en')} subjects, same run), ` +
      `i.e. ${((drawNsPerSubject * size) / 1e9).toFixed(1)} s for ${size.toLocaleString('en')}; target: added ≤ 5 % of it = ${(drawNsPerSubject * 0.05).toFixed(1)} ns/subject`,
  );
  console.table(
    others.map((row) => ({
      case: row.name,
      [`ms (median of ${REPEATS})`]: Number(row.ms.toFixed(1)),
      'ns/subject': Number(((row.ms * 1e6) / size).toFixed(1)),
      'added ns/subject': Number((((row.ms - base) * 1e6) / size).toFixed(1)),
      'ratio vs baseline': Number((row.ms / base).toFixed(2)),
      'added / draw': `${((((row.ms - base) * 1e6) / size / drawNsPerSubject) * 100).toFixed(1)} %`,
    })),
  );
  // The row: eligibility + allocation on the draw path, as a share of the draw, same run.
  const share = (name: string) => (((rows.find((row) => row.name === name)!.ms - base) * 1e6) / size / drawNsPerSubject) * 100;
  for (const name of [DRAW_PATH, DRAW_PATH_COUNTS]) {
    const added = share(name);
    console.log(`risk path (${name}) adds ${added.toFixed(1)} % of a draw — target ≤ 5 %: ${added <= 5 ? 'met' : 'NOT met'}`);
  }
  console.log(`sample of the draw path: ${sampleTotal} subjects; rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`);
}
