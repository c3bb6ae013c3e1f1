/**
 * Benchmark of the subject draw (双随机抽取) on a synthetic provincial directory.
 *
 * Run: npx tsx -e "import('./bench/draw.bench.ts').then(m => m.run())"
 * Size: DRAW_BENCH_N (default 10 000 000 subjects). Baselines run on min(N, 1 000 000) and are
 * extrapolated linearly to N (said so in the output).
 */
import { hash } from 'node:crypto';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { createSampler, drawSubjects, sha256Hex, type SamplerState } from '../src/draw/index.js';

const SEED = '01382438112797316654/2024-province-A';
const SHARES: readonly [string, number][] = [['A', 55], ['B', 85], ['C', 97], ['D', 100]];

/** USCC-like 18-character id of subject `i` (cheap, deterministic). */
const idOf = (i: number): string => `9133${String(i).padStart(13, '0')}X`;
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

/** The straightforward way: node:crypto per id, hex → BigInt → decimal → reverse, string bottom-k. */
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

export async function run(): Promise<void> {
  const n = Number(process.env['DRAW_BENCH_N'] ?? 10_000_000);
  const m = Math.min(n, 1_000_000);
  const rounds = Number(process.env['DRAW_BENCH_ROUNDS'] ?? 3);
  const sizes = sizesFor(n);
  const sizesM = sizesFor(m);
  const sample = Object.values(sizes).reduce((a, b) => a + b, 0);
  console.log(`draw bench: ${n.toLocaleString()} subjects, strata A/B/C/D 55/30/12/3 %, 3 % sample = ${sample.toLocaleString()} ${JSON.stringify(sizes)}`);

  // Part 1 — the full size, once each.
  const full: { case: string; seconds: string; note: string }[] = [];
  const timed = async <T>(label: string, f: () => T | Promise<T>): Promise<[T, number]> => {
    const t0 = performance.now();
    const value = await f();
    const seconds = (performance.now() - t0) / 1000;
    full.push({ case: label, seconds: seconds.toFixed(2), note: '' });
    return [value, seconds];
  };
  // Run first, so the process's peak RSS so far is this draw's (plus start-up).
  const rss0 = process.memoryUsage().rss;
  const [drawn] = await timed('drawSubjects: generator of {id, stratum}, defaults (poolDigest on, duplicates retained)', () =>
    drawSubjects({ seed: '01382438112797316654', taskId: '2024-province-A', pool: subjects(0, n), allocation: sizes }),
  );
  const peak = process.resourceUsage().maxRSS * 1024;
  global.gc?.();
  const retained = process.memoryUsage().rss;
  full.at(-1)!.note = `RSS ${mb(rss0)} before, peak ${mb(peak)}, ${mb(retained)} after${global.gc ? ' gc' : ''}; ${drawn.selected.length.toLocaleString()} subjects drawn`;
  const [single] = await timed('createSampler().add(id, stratum), poolDigest off', () => samplerRun(n, sizes, false));
  const [merged] = await timed('2 worker_threads × ½ + merge of JSON states, poolDigest off', () => mergedRun(n, sizes, false));
  full.at(-1)!.note = 'includes worker start-up (tsx) and state transfer';
  await timed('2 worker_threads × ½ + merge of JSON states, poolDigest on', () => mergedRun(n, sizes, true));
  console.log(`\n${n.toLocaleString()} subjects (one run each):`);
  console.table(full);
  console.log(`partitioned result identical to single-threaded: ${JSON.stringify(merged.strata) === JSON.stringify(single.strata)}`);

  // Part 2 — like for like on m subjects, interleaved rounds, best of each (the machine is shared).
  const cases: Record<string, () => unknown> = {
    'createSampler, poolDigest off': () => samplerRun(m, sizesM, false),
    'createSampler, poolDigest on': () => samplerRun(m, sizesM, true),
    'drawSubjects (generator of objects), defaults': () => drawSubjects({ seed: '0', taskId: 'T', pool: subjects(0, m), allocation: sizesM }),
    'drawSubjects (generator of objects), checkDuplicates all': () =>
      drawSubjects({ seed: '0', taskId: 'T', pool: subjects(0, m), allocation: sizesM, checkDuplicates: 'all' }),
    'baseline: crypto.hash per id → BigInt → decimal → reverse, string bottom-k': () => cryptoBaseline(m, sizesM),
    'baseline: partial Fisher–Yates over an array of the ids (not verifiable)': () => fisherYates(m, Math.round(m * 0.03)),
  };
  const best: Record<string, number> = {};
  for (let round = 0; round < rounds; round++) {
    for (const [label, f] of Object.entries(cases)) {
      const t0 = performance.now();
      f();
      best[label] = Math.min(best[label] ?? Infinity, (performance.now() - t0) / 1000);
    }
  }
  const ours = samplerRun(m, sizesM, false);
  const baseline = cryptoBaseline(m, sizesM);
  const agree = Object.entries(ours.strata).every(([k, s]) => s.selected.map((e) => e.id).join() === baseline.get(k)!.join());
  const crypto = best['baseline: crypto.hash per id → BigInt → decimal → reverse, string bottom-k']!;
  const scale = n / m;
  console.log(`\n${m.toLocaleString()} subjects, best of ${rounds} interleaved rounds${scale > 1 ? `, extrapolated ×${scale} to ${n.toLocaleString()}` : ''}:`);
  console.table(
    Object.entries(best).map(([label, seconds]) => ({
      case: label,
      [`s (${m.toLocaleString()})`]: seconds.toFixed(2),
      [`s (${n.toLocaleString()}, extrapolated)`]: (seconds * scale).toFixed(1),
      'ns/subject': ((seconds * 1e9) / m).toFixed(0),
      'speed vs crypto.hash': `${(crypto / seconds).toFixed(1)}×`,
    })),
  );
  const on = best['createSampler, poolDigest on']!;
  const off = best['createSampler, poolDigest off']!;
  console.log(`poolDigest costs ${(((on - off) * 1e9) / m).toFixed(0)} ns/subject (+${((on / off - 1) * 100).toFixed(0)} %)`);
  console.log(`crypto baseline selects exactly the same subjects: ${agree}`);
  console.log(`peak RSS of the whole process (all cases, arrays of baselines included): ${mb(process.resourceUsage().maxRSS * 1024)}`);
}
