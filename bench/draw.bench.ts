/**
 * Benchmark of the subject draw (双随机抽取) on a synthetic provincial directory.
 *
 * Run: npm run bench -- draw (prefix NODE_OPTIONS=--expose-gc to also measure the heap retained by
 * the result).
 * Part 1, full size: DRAW_BENCH_N (default 10 000 000) subjects; each case — drawSubjects, the
 * sampler, two workers, the crypto baseline, Fisher–Yates — runs once in a fresh process of its own,
 * so its time and peak RSS stand side by side, and the consistent-sampling cases are checked to draw
 * the same subjects. Part 2, like for like: DRAW_BENCH_M (default min(N, 1 000 000)) subjects,
 * DRAW_BENCH_ROUNDS (default 5) interleaved rounds in one process, medians, extrapolated linearly
 * to N (said so in the output).
 *
 * Target of the issue: a stratified 3 % sample of 10 M subjects ≥ 5× faster than the per-id
 * `crypto.hash('sha256')` + BigInt-ticket bottom-k baseline of the same run. Issue 12: the draw hot
 * path — a draw under an announcement, which streams — stays ≥ 5× at 1 M subjects, and the cost per
 * id of the pool commitment (sorted manifest + SHA-256, computed once for the announcement, or by a
 * draw without one) is printed beside it. The synthetic ids cost
 * something too, the same for every case; it is measured on its own and the ratios are printed both
 * as measured (ids included) and net of it (the draw work itself).
 */
import { spawnSync } from 'node:child_process';
import { hash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { createDrawAnnouncement, createSampler, drawSubjects, poolCommitment, sha256Hex, type DrawAnnouncement, type SamplerState } from '../src/draw/index.js';

const SEED = '01382438112797316654/2024-province-A';

/** Character codes of the 13 decimal digits of `idOf`, reused. */
const digitCodes = new Array<number>(13).fill(48);
/**
 * USCC-like 18-character id of subject `i`: `9133`, 13 digits, `X` (cheap, deterministic). Built
 * with one `String.fromCharCode`, so it is a flat string, like an id parsed from JSON or read from a
 * database: a template literal would build a rope (V8 ConsString) that every case would flatten,
 * at about 0.2 µs, inside the timed region.
 */
function idOf(i: number): string {
  const d = digitCodes;
  for (let k = 12, n = i; k >= 0; k--, n = Math.floor(n / 10)) d[k] = 48 + (n % 10);
  return String.fromCharCode(57, 49, 51, 51, d[0]!, d[1]!, d[2]!, d[3]!, d[4]!, d[5]!, d[6]!, d[7]!, d[8]!, d[9]!, d[10]!, d[11]!, d[12]!, 88);
}
/** Stratum of subject `i`: A 55 %, B 30 %, C 12 %, D 3 %, scattered by a multiplicative hash. */
function stratumOf(i: number): string {
  const p = (Math.imul(i, 2654435761) >>> 0) % 100;
  return p < 55 ? 'A' : p < 85 ? 'B' : p < 97 ? 'C' : 'D';
}
function* subjects(start: number, end: number): Generator<{ id: string; stratum: string }> {
  for (let i = start; i < end; i++) yield { id: idOf(i), stratum: stratumOf(i) };
}
function sizesFor(n: number): Record<string, number> {
  const counts: Record<string, number> = { A: 0, B: 0, C: 0, D: 0 };
  for (let i = 0; i < n; i++) counts[stratumOf(i)]!++;
  return Object.fromEntries(Object.entries(counts).map(([k, c]) => [k, Math.round(c * 0.03)]));
}

interface WorkerJob {
  readonly kind: 'draw-bench';
  readonly start: number;
  readonly end: number;
  readonly sizes: Record<string, number>;
  readonly poolDigest: boolean;
}

if (!isMainThread && (workerData as WorkerJob | undefined)?.kind === 'draw-bench') {
  const job = workerData as WorkerJob;
  const sampler = createSampler({ seed: SEED, sizes: job.sizes, poolDigest: job.poolDigest });
  for (let i = job.start; i < job.end; i++) sampler.add(idOf(i), stratumOf(i));
  parentPort!.postMessage(sampler.state());
}

function partitioned(n: number, sizes: Record<string, number>, poolDigest: boolean): Promise<SamplerState[]> {
  const half = Math.floor(n / 2);
  const jobs: WorkerJob[] = [
    { kind: 'draw-bench', start: 0, end: half, sizes, poolDigest },
    { kind: 'draw-bench', start: half, end: n, sizes, poolDigest },
  ];
  return Promise.all(
    jobs.map(
      (job) =>
        new Promise<SamplerState>((resolve, reject) => {
          // The worker runs this same file; tsx's ESM loader is registered in it first (workers do
          // not inherit the hooks of `tsx -e`).
          const tsxApi = new URL('../node_modules/tsx/dist/esm/api/index.mjs', import.meta.url).href;
          const bootstrap = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(import.meta.url)}); });`;
          const worker = new Worker(bootstrap, { eval: true, workerData: job });
          worker.once('message', (state: SamplerState) => {
            resolve(state);
            void worker.terminate();
          });
          worker.once('error', reject);
        }),
    ),
  );
}

/** Sink for the id-generation loops, so the engine cannot drop them. */
let sink = 0;

/** The synthetic input alone: the ids and strata every sampler case computes. */
function idsOnly(n: number): number {
  let total = 0;
  for (let i = 0; i < n; i++) total += idOf(i).length + stratumOf(i).length;
  sink += total;
  return total;
}

/** The synthetic input alone, as the drawSubjects cases get it: a generator of objects. */
function generatorOnly(n: number): number {
  let total = 0;
  for (const subject of subjects(0, n)) total += subject.id.length + subject.stratum.length;
  sink += total;
  return total;
}

/**
 * The baseline: what a developer would write — node:crypto's one-shot `hash` per id (the fastest
 * node:crypto call), the exact ticket via hex → BigInt → decimal → reverse, and a bottom-k max-heap
 * of ticket strings per stratum (no sort of the whole pool, so it is O(sample) memory too).
 */
function cryptoBaseline(n: number, sizes: Record<string, number>): Map<string, string[]> {
  const seedHex = sha256Hex(SEED);
  const heaps = new Map<string, { ticket: string; id: string }[]>(Object.keys(sizes).map((k) => [k, []]));
  for (let i = 0; i < n; i++) {
    const id = idOf(i);
    const stratum = stratumOf(i);
    const decimal = BigInt(`0x${hash('sha256', seedHex + id)}`).toString().padStart(64, '0');
    const ticket = `0.${decimal.split('').reverse().join('')}`;
    const heap = heaps.get(stratum)!;
    const k = sizes[stratum]!;
    if (heap.length < k) {
      heap.push({ ticket, id });
      let c = heap.length - 1;
      while (c > 0) {
        const p = (c - 1) >> 1;
        if (heap[p]!.ticket >= heap[c]!.ticket) break;
        [heap[p], heap[c]] = [heap[c]!, heap[p]!];
        c = p;
      }
    } else if (k > 0 && ticket < heap[0]!.ticket) {
      heap[0] = { ticket, id };
      let p = 0;
      for (;;) {
        let c = 2 * p + 1;
        if (c >= heap.length) break;
        if (c + 1 < heap.length && heap[c + 1]!.ticket > heap[c]!.ticket) c++;
        if (heap[p]!.ticket >= heap[c]!.ticket) break;
        [heap[p], heap[c]] = [heap[c]!, heap[p]!];
        p = c;
      }
    }
  }
  return new Map([...heaps].map(([k, h]) => [k, h.sort((a, b) => (a.ticket < b.ticket ? -1 : 1)).map((e) => e.id)]));
}

/** lodash-style partial Fisher–Yates over an array of the ids (not verifiable; a speed reference). */
function fisherYates(n: number, take: number): string[] {
  const ids = new Array<string>(n);
  for (let i = 0; i < n; i++) ids[i] = idOf(i);
  let state = 12345;
  const random = () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 4294967296);
  for (let i = 0; i < take; i++) {
    const j = i + Math.floor(random() * (n - i));
    const t = ids[i]!;
    ids[i] = ids[j]!;
    ids[j] = t;
  }
  return ids.slice(0, take);
}

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const peakRss = () => process.resourceUsage().maxRSS * 1024;
const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

function samplerRun(n: number, sizes: Record<string, number>, poolDigest: boolean) {
  const sampler = createSampler({ seed: SEED, sizes, poolDigest });
  for (let i = 0; i < n; i++) sampler.add(idOf(i), stratumOf(i));
  return sampler.result();
}

async function mergedRun(n: number, sizes: Record<string, number>, poolDigest: boolean) {
  const [a, b] = await partitioned(n, sizes, poolDigest);
  const sampler = createSampler({ seed: SEED, sizes, poolDigest });
  sampler.merge(a!);
  sampler.merge(b!);
  return sampler.result();
}

const IDS = 'ids only: idOf(i) + stratumOf(i) (the sampler cases’ input)';
const GEN = 'ids only: generator of {id, stratum} (the drawSubjects cases’ input)';
const OFF = 'createSampler().add(id, stratum), poolDigest off';
const ON = 'createSampler().add(id, stratum), poolDigest on';
const DRAW = 'drawSubjects (generator of objects), no announcement: computes the pool commitment, O(pool)';
const DRAW_ANN = 'drawSubjects (generator of objects) under an announcement: streams, O(sample) (the baseline’s work)';
const DRAW_ALL = 'drawSubjects under an announcement, checkDuplicates all';
const COMMIT = 'poolCommitment (generator of objects): sort the ids, SHA-256 of the manifest';
const BASE = 'baseline: crypto.hash per id → BigInt → decimal → reverse, string bottom-k';
const FY = 'reference: partial Fisher–Yates over an array of the ids (not verifiable)';
/** The input cost of each case, subtracted for the "net" columns. */
const INPUT_OF: Record<string, string | undefined> = { [OFF]: IDS, [ON]: IDS, [DRAW]: GEN, [DRAW_ANN]: GEN, [DRAW_ALL]: GEN, [COMMIT]: GEN, [BASE]: IDS, [FY]: IDS };

/** What a full-size case reports from its own process. */
interface FullSizeReport {
  readonly seconds: number;
  readonly rssBefore: number;
  readonly peakRss: number;
  /** SHA-256 of the drawn ids per stratum in ticket order, to check that the cases agree. */
  readonly fingerprint: string;
  readonly note: string;
}

/** The drawn ids per stratum, in ticket order, as one digest. */
const fingerprintOf = (strata: Record<string, readonly string[]>) =>
  sha256Hex(JSON.stringify(Object.keys(strata).sort().map((name) => [name, strata[name]])));

const FULL_CASES: Record<string, { label: string; run: (n: number, sizes: Record<string, number>) => Promise<Omit<FullSizeReport, 'rssBefore' | 'peakRss' | 'seconds'>> }> = {
  draw: {
    label: DRAW,
    run: async (n, sizes) => {
      const gc = (globalThis as { gc?: () => void }).gc;
      gc?.();
      const heap0 = process.memoryUsage().heapUsed;
      const drawn = drawSubjects({ seed: '01382438112797316654', taskId: '2024-province-A', pool: subjects(0, n), allocation: sizes });
      gc?.();
      const retained = process.memoryUsage().heapUsed - heap0;
      const strata: Record<string, string[]> = {};
      for (const subject of drawn.selected) (strata[subject.stratum] ??= []).push(subject.id);
      return {
        fingerprint: fingerprintOf(strata),
        note: gc ? `heap retained by the result ${mb(retained)} (${Math.round(retained / drawn.selected.length)} B per drawn subject)` : 'NODE_OPTIONS=--expose-gc shows the heap the result retains',
      };
    },
  },
  sampler: {
    label: OFF,
    run: async (n, sizes) => {
      const result = samplerRun(n, sizes, false);
      return { fingerprint: fingerprintOf(Object.fromEntries(Object.entries(result.strata).map(([k, s]) => [k, s.selected.map((e) => e.id)]))), note: '' };
    },
  },
  workers: {
    label: '2 worker_threads × ½ + merge of JSON states, poolDigest off',
    run: async (n, sizes) => {
      const result = await mergedRun(n, sizes, false);
      return {
        fingerprint: fingerprintOf(Object.fromEntries(Object.entries(result.strata).map(([k, s]) => [k, s.selected.map((e) => e.id)]))),
        note: 'wall time, with worker start-up (tsx) and state transfer',
      };
    },
  },
  baseline: {
    label: BASE,
    run: async (n, sizes) => ({ fingerprint: fingerprintOf(Object.fromEntries(cryptoBaseline(n, sizes))), note: '' }),
  },
  'fisher-yates': {
    label: FY,
    run: async (n) => {
      sink += fisherYates(n, Math.round(n * 0.03)).length;
      return { fingerprint: '', note: 'another sample (not consistent sampling); holds every id' };
    },
  },
};

/** In a child process started by {@link fullSize}: runs one case and prints its report as JSON. */
if (isMainThread && process.env['DRAW_BENCH_CASE'] !== undefined) {
  const entry = FULL_CASES[process.env['DRAW_BENCH_CASE']]!;
  const n = Number(process.env['DRAW_BENCH_N']);
  const rssBefore = process.memoryUsage().rss;
  const t0 = performance.now();
  const report = await entry.run(n, sizesFor(n));
  const seconds = (performance.now() - t0) / 1000;
  process.stdout.write(`${JSON.stringify({ ...report, seconds, rssBefore, peakRss: peakRss() })}\n`);
}

/**
 * Part 1 — the full size, each case once in a fresh process of its own (this file, with the same
 * loader flags), so that each peak RSS is that case's alone.
 */
function fullSize(n: number): void {
  const rows: Record<string, string>[] = [];
  const fingerprints = new Map<string, string>();
  for (const [key, { label }] of Object.entries(FULL_CASES)) {
    const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url)], {
      env: { ...process.env, DRAW_BENCH_CASE: key, DRAW_BENCH_N: String(n) },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 1 << 20,
    });
    const line = child.stdout.trim().split('\n').at(-1) ?? '';
    if (child.status !== 0 || !line.startsWith('{')) throw new Error(`full-size case ${key} failed (exit ${child.status})`);
    const report = JSON.parse(line) as FullSizeReport;
    if (report.fingerprint !== '') fingerprints.set(label, report.fingerprint);
    rows.push({
      case: label,
      s: report.seconds.toFixed(2),
      'µs/subject': ((report.seconds * 1e6) / n).toFixed(2),
      'peak RSS': mb(report.peakRss),
      'RSS at start': mb(report.rssBefore),
      note: report.note,
    });
  }
  console.log(`\n${n.toLocaleString()} subjects, each case once in its own process:`);
  console.table(rows);
  console.log(`the same subjects drawn by every consistent-sampling case (drawSubjects, sampler, workers, crypto baseline): ${new Set(fingerprints.values()).size === 1}`);
}

export async function run(): Promise<void> {
  const n = Number(process.env['DRAW_BENCH_N'] ?? 10_000_000);
  const m = Number(process.env['DRAW_BENCH_M'] ?? Math.min(n, 1_000_000));
  const rounds = Number(process.env['DRAW_BENCH_ROUNDS'] ?? 5);
  const sizes = sizesFor(n);
  const sizesM = sizesFor(m);
  const sample = Object.values(sizes).reduce((a, b) => a + b, 0);
  if (!(globalThis as { gc?: () => void }).gc) console.log('(run with NODE_OPTIONS=--expose-gc for the heap retained by the result)');
  console.log(`draw bench: ${n.toLocaleString()} subjects, strata A/B/C/D 55/30/12/3 %, 3 % sample = ${sample.toLocaleString()} ${JSON.stringify(sizes)}`);

  fullSize(n);

  // Part 2 — like for like on m subjects, interleaved rounds, medians (the machine is shared).
  // The announcement is published before the draw, so its commitment is not part of the draw.
  const announcement: DrawAnnouncement = createDrawAnnouncement({
    seedSource: { kind: 'public-beacon', source: 'bench', round: '1' },
    tasks: [{ taskId: 'T', allocation: sizesM, pool: poolCommitment(subjects(0, m), { stratified: true }) }],
  });
  const cases: Record<string, () => unknown> = {
    [IDS]: () => idsOnly(m),
    [GEN]: () => generatorOnly(m),
    [OFF]: () => samplerRun(m, sizesM, false),
    [ON]: () => samplerRun(m, sizesM, true),
    [DRAW]: () => drawSubjects({ seed: '0', taskId: 'T', pool: subjects(0, m), allocation: sizesM }),
    [DRAW_ANN]: () => drawSubjects({ seed: '0', taskId: 'T', pool: subjects(0, m), allocation: sizesM, announcement }),
    [DRAW_ALL]: () => drawSubjects({ seed: '0', taskId: 'T', pool: subjects(0, m), allocation: sizesM, announcement, checkDuplicates: 'all' }),
    [COMMIT]: () => poolCommitment(subjects(0, m), { stratified: true }),
    [BASE]: () => cryptoBaseline(m, sizesM),
    [FY]: () => fisherYates(m, Math.round(m * 0.03)),
  };
  const times: Record<string, number[]> = {};
  for (let round = 0; round < rounds; round++) {
    // rotate the order each round, so no case always runs after the same neighbour
    const labels = Object.keys(cases);
    const order = [...labels.slice(round % labels.length), ...labels.slice(0, round % labels.length)];
    for (const label of order) {
      const t0 = performance.now();
      cases[label]!();
      (times[label] ??= []).push((performance.now() - t0) / 1000);
    }
  }
  const med = Object.fromEntries(Object.entries(times).map(([label, t]) => [label, median(t)]));
  const crypto = med[BASE]!;
  const net = (label: string) => med[label]! - (INPUT_OF[label] === undefined ? 0 : med[INPUT_OF[label]!]!);
  const scale = n / m;
  console.log(
    `\n${m.toLocaleString()} subjects, median of ${rounds} interleaved rounds${scale > 1 ? `, extrapolated ×${scale} to ${n.toLocaleString()}` : ''}; ` +
      '"net" = minus the median of the case’s own synthetic input (the ids-only rows):',
  );
  console.table(
    Object.keys(cases).map((label) => {
      const isInput = INPUT_OF[label] === undefined;
      return {
        case: label,
        [`s (${m.toLocaleString()})`]: med[label]!.toFixed(2),
        [`s (${n.toLocaleString()})`]: (med[label]! * scale).toFixed(1),
        'µs/subject': ((med[label]! * 1e6) / m).toFixed(3),
        'net µs/subject': isInput ? '' : ((net(label) * 1e6) / m).toFixed(3),
        'speed vs baseline': isInput ? '' : `${(crypto / med[label]!).toFixed(1)}×`,
        'net speed vs baseline': isInput ? '' : `${(net(BASE) / net(label)).toFixed(1)}×`,
        'min–max s': `${Math.min(...times[label]!).toFixed(2)}–${Math.max(...times[label]!).toFixed(2)}`,
      };
    }),
  );
  const ours = samplerRun(m, sizesM, false);
  const baseline = cryptoBaseline(m, sizesM);
  const agree = Object.entries(ours.strata).every(([k, s]) => s.selected.map((e) => e.id).join() === baseline.get(k)!.join());
  console.log(`poolDigest costs ${(((med[ON]! - med[OFF]!) * 1e6) / m).toFixed(3)} µs/subject (+${((net(ON) / net(OFF) - 1) * 100).toFixed(0)} % of the net sampler)`);
  const hot = net(BASE) / net(DRAW_ANN);
  console.log(`draw hot path (drawSubjects under an announcement) vs crypto baseline, net: ${hot.toFixed(1)}× (target ≥ 5×: ${hot >= 5 ? 'met' : 'NOT met'})`);
  console.log(`pool commitment (poolCommitment, once per announcement) costs ${((net(COMMIT) * 1e6) / m).toFixed(3)} µs/id net; a draw without announcement computes it: +${(((net(DRAW) - net(DRAW_ANN)) * 1e6) / m).toFixed(3)} µs/subject`);
  console.log(`crypto baseline selects exactly the same subjects: ${agree}`);
  console.log(`peak RSS of the whole process (all cases, arrays of the Fisher–Yates reference included): ${mb(peakRss())}${sink < 0 ? '' : ''}`);
}
