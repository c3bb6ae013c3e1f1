/**
 * Benchmark of the parallel draw (多线程抽取) against a calibration of the same run (issue 18).
 *
 * Run: npm run bench -- parallel. Size: PARALLEL_BENCH_N (default 2 000 000) subjects, stratified
 * 3 % sample (A/B/C/D 55/30/12/3 %), poolDigest off (PARALLEL_BENCH_DIGEST=1: on);
 * PARALLEL_BENCH_ROUNDS (default 5) interleaved rounds after one untimed warm-up round, medians.
 *
 * The ids are generated once, outside every timed region, and packed as UTF-8 into a
 * SharedArrayBuffer (with a Uint32 array of end offsets and a Uint8 array of stratum indices) that
 * both workers and the main thread read in place: every case decodes each id from those bytes
 * (`Buffer#toString('utf8', start, end)`) before using it, so the input work is identical on both
 * sides. Two persistent `worker_threads` are started and warmed before timing (start-up is printed,
 * not counted).
 *
 * - draw, one thread: on the main thread, a sampler over all ids, then `result()`.
 * - draw, two workers: each a sampler over half of the ids, `stateBytes()` transferred back
 *   (`postMessage(bytes, [bytes.buffer])`), both merged on the main thread, then `result()`.
 * - calibration: the same decode + one SHA-256 block per id after the seed midstate (the library's
 *   own compression, `IdHasher`) — the pure hashing a draw cannot avoid — on one thread, and over two
 *   workers by halves.
 *
 * Printed: draw speed-up (1-thread time / 2-worker time), calibration speed-up, and their ratio
 * (target ≥ 90 %), as medians of the per-round ratios (each round runs the four cases back to back,
 * so a burst of load on the shared machine hits one round's draw and calibration alike) and as ratios
 * of the medians; then the cost of handing a state over (binary vs JSON) and of packing the ids.
 */
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import { createSampler, type SamplerResult } from '../src/draw/index.js';
import { IdHasher } from '../src/draw/_internal/id-hasher.js';
import { seedMidstate } from '../src/draw/_internal/seed-midstate.js';

const SEED = '01382438112797316654/2024-province-A';
const NAMES = ['A', 'B', 'C', 'D'] as const;

/** The packed pool, shared by every thread. */
interface Pool {
  readonly bytes: SharedArrayBuffer;
  readonly ends: SharedArrayBuffer;
  readonly strata: SharedArrayBuffer;
}

type Job =
  | { readonly kind: 'pool'; readonly pool: Pool }
  | { readonly kind: 'draw'; readonly from: number; readonly to: number; readonly sizes: Record<string, number>; readonly poolDigest: boolean }
  | { readonly kind: 'sha'; readonly from: number; readonly to: number };

/** Views of the packed pool in this thread. */
let views: { bytes: Buffer; ends: Uint32Array; strata: Uint8Array } | undefined;

function attach(pool: Pool): void {
  views = { bytes: Buffer.from(pool.bytes), ends: new Uint32Array(pool.ends), strata: new Uint8Array(pool.strata) };
}

/** A sampler over ids from…to of the packed pool. */
function drawRange(from: number, to: number, sizes: Record<string, number>, poolDigest: boolean) {
  const { bytes, ends, strata } = views!;
  const sampler = createSampler({ seed: SEED, sizes, poolDigest });
  for (let i = from; i < to; i++) sampler.add(bytes.toString('utf8', i === 0 ? 0 : ends[i - 1]!, ends[i]!), NAMES[strata[i]!]);
  return sampler;
}

const midstate = seedMidstate(SEED);
const hasher = new IdHasher();
const out = new Int32Array(8);

/** The calibration: decode each id and hash it after the seed block, nothing else. */
function shaRange(from: number, to: number): number {
  const { bytes, ends } = views!;
  let check = 0;
  for (let i = from; i < to; i++) {
    hasher.load(bytes.toString('utf8', i === 0 ? 0 : ends[i - 1]!, ends[i]!));
    hasher.hashAfter(midstate, 64, out);
    check ^= out[0]!;
  }
  return check;
}

if (!isMainThread && parentPort !== null) {
  const port = parentPort;
  port.on('message', (job: Job) => {
    if (job.kind === 'pool') {
      attach(job.pool);
      port.postMessage('ready');
    } else if (job.kind === 'draw') {
      const bytes = drawRange(job.from, job.to, job.sizes, job.poolDigest).stateBytes();
      port.postMessage(bytes, [bytes.buffer]);
    } else port.postMessage(shaRange(job.from, job.to));
  });
}

/** USCC-like 18-character id of subject `i`, a flat string (see bench/draw.bench.ts). */
function idOf(i: number): string {
  const d = new Array<number>(13);
  for (let k = 12, n = i; k >= 0; k--, n = Math.floor(n / 10)) d[k] = 48 + (n % 10);
  return String.fromCharCode(57, 49, 51, 51, ...d, 88);
}
function stratumIndex(i: number): number {
  const p = (Math.imul(i, 2654435761) >>> 0) % 100;
  return p < 55 ? 0 : p < 85 ? 1 : p < 97 ? 2 : 3;
}

function pack(n: number): Pool {
  const bytes = new Uint8Array(new SharedArrayBuffer(18 * n));
  const ends = new Uint32Array(new SharedArrayBuffer(4 * n));
  const strata = new Uint8Array(new SharedArrayBuffer(n));
  let at = 0;
  for (let i = 0; i < n; i++) {
    const id = idOf(i);
    for (let k = 0; k < id.length; k++) bytes[at++] = id.charCodeAt(k);
    ends[i] = at;
    strata[i] = stratumIndex(i);
  }
  return { bytes: bytes.buffer as SharedArrayBuffer, ends: ends.buffer as SharedArrayBuffer, strata: strata.buffer as SharedArrayBuffer };
}

function startWorker(): Worker {
  // The worker runs this same file; tsx's ESM loader is registered in it first.
  const tsx = new URL('../node_modules/tsx/dist/esm/api/index.mjs', import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(import.meta.url)}); });`;
  // PARALLEL_BENCH_YOUNG_MB: the workers' young generation (V8's default for a worker may be smaller than the main thread's)
  const young = Number(process.env['PARALLEL_BENCH_YOUNG_MB'] ?? 0);
  return new Worker(bootstrap, { eval: true, ...(young > 0 ? { resourceLimits: { maxYoungGenerationSizeMb: young } } : {}) });
}

/** Posts a job to a worker and resolves to its one reply. */
function ask<T>(worker: Worker, job: Job): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    worker.once('error', onError);
    worker.once('message', (reply: T) => {
      worker.off('error', onError);
      resolve(reply);
    });
    worker.postMessage(job);
  });
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const range = (values: readonly number[], digits = 2) => `${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)}`;

export async function run(): Promise<void> {
  const n = Number(process.env['PARALLEL_BENCH_N'] ?? 2_000_000);
  const rounds = Number(process.env['PARALLEL_BENCH_ROUNDS'] ?? 5);
  const poolDigest = process.env['PARALLEL_BENCH_DIGEST'] === '1';
  const half = Math.floor(n / 2);
  const { loadavg } = await import('node:os');
  console.log(`parallel draw bench: ${n.toLocaleString('en')} subjects, 3 % sample, poolDigest ${poolDigest ? 'on' : 'off'}, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);

  const t0 = performance.now();
  const pool = pack(n);
  const packMs = performance.now() - t0;
  attach(pool);
  const sizes: Record<string, number> = { A: 0, B: 0, C: 0, D: 0 };
  const strata = new Uint8Array(pool.strata);
  for (let i = 0; i < n; i++) sizes[NAMES[strata[i]!]!]!++;
  for (const name of NAMES) sizes[name] = Math.round(sizes[name]! * 0.03);

  const t1 = performance.now();
  const workers = [startWorker(), startWorker()];
  await Promise.all(workers.map((worker) => ask(worker, { kind: 'pool', pool })));
  const startMs = performance.now() - t1;

  const cases = {
    draw1: async (): Promise<SamplerResult> => drawRange(0, n, sizes, poolDigest).result(),
    draw2: async (): Promise<SamplerResult> => {
      const states = await Promise.all([
        ask<Uint8Array>(workers[0]!, { kind: 'draw', from: 0, to: half, sizes, poolDigest }),
        ask<Uint8Array>(workers[1]!, { kind: 'draw', from: half, to: n, sizes, poolDigest }),
      ]);
      const driver = createSampler({ seed: SEED, sizes, poolDigest });
      for (const state of states) driver.merge(state);
      return driver.result();
    },
    sha1: async (): Promise<number> => shaRange(0, n),
    sha2: async (): Promise<number> => {
      const [a, b] = await Promise.all([ask<number>(workers[0]!, { kind: 'sha', from: 0, to: half }), ask<number>(workers[1]!, { kind: 'sha', from: half, to: n })]);
      return a ^ b;
    },
  };
  type Name = keyof typeof cases;
  const names = Object.keys(cases) as Name[];
  const times: Record<Name, number[]> = { draw1: [], draw2: [], sha1: [], sha2: [] };
  const results: Partial<Record<Name, unknown>> = {};
  for (let round = -1; round < rounds; round++) {
    // rotate the order each round; round −1 warms every path in every thread and is not kept
    const order = [...names.slice(Math.max(round, 0) % 4), ...names.slice(0, Math.max(round, 0) % 4)];
    for (const name of order) {
      const start = performance.now();
      results[name] = await cases[name]();
      if (round >= 0) times[name].push((performance.now() - start) / 1000);
    }
  }
  const same = JSON.stringify(results.draw1) === JSON.stringify(results.draw2) && results.sha1 === results.sha2;

  // handing a state over: binary (stateBytes, a copy as a transfer gives, merge) vs JSON (state, stringify, parse, merge)
  const worker = drawRange(0, half, sizes, poolDigest);
  const handover: Record<'binary' | 'json', number[]> = { binary: [], json: [] };
  let stateSize = { binary: 0, json: 0 };
  for (let round = 0; round < 3; round++) {
    let start = performance.now();
    const bytes = worker.stateBytes();
    createSampler({ seed: SEED, sizes, poolDigest }).merge(new Uint8Array(bytes));
    handover.binary.push(performance.now() - start);
    start = performance.now();
    const text = JSON.stringify(worker.state());
    createSampler({ seed: SEED, sizes, poolDigest }).merge(JSON.parse(text));
    handover.json.push(performance.now() - start);
    stateSize = { binary: bytes.byteLength, json: text.length };
  }
  await Promise.all(workers.map((w) => w.terminate()));

  const perRound = (a: Name, b: Name) => times[a].map((t, i) => t / times[b][i]!);
  const drawRounds = perRound('draw1', 'draw2');
  const shaRounds = perRound('sha1', 'sha2');
  const efficiency = drawRounds.map((speedup, i) => speedup / shaRounds[i]!);
  const med = (name: Name) => median(times[name]);
  console.table([
    { case: 'draw, one thread: sampler over all ids + result()', 's (median)': med('draw1').toFixed(3), 'min–max s': range(times.draw1, 3), 'µs/subject': ((med('draw1') * 1e6) / n).toFixed(3) },
    { case: 'draw, 2 workers × ½ + stateBytes transferred + merge + result()', 's (median)': med('draw2').toFixed(3), 'min–max s': range(times.draw2, 3), 'µs/subject': ((med('draw2') * 1e6) / n).toFixed(3) },
    { case: 'calibration, one thread: decode + SHA-256 block per id', 's (median)': med('sha1').toFixed(3), 'min–max s': range(times.sha1, 3), 'µs/subject': ((med('sha1') * 1e6) / n).toFixed(3) },
    { case: 'calibration, 2 workers × ½', 's (median)': med('sha2').toFixed(3), 'min–max s': range(times.sha2, 3), 'µs/subject': ((med('sha2') * 1e6) / n).toFixed(3) },
  ]);
  const ratio = median(efficiency);
  console.log(`draw speed-up (1 thread / 2 workers): ${median(drawRounds).toFixed(2)}× (rounds ${range(drawRounds)}; ratio of medians ${(med('draw1') / med('draw2')).toFixed(2)}×)`);
  console.log(`calibration speed-up (pure SHA-256, 1 thread / 2 workers): ${median(shaRounds).toFixed(2)}× (rounds ${range(shaRounds)}; ratio of medians ${(med('sha1') / med('sha2')).toFixed(2)}×)`);
  console.log(
    `parallel draw vs calibration: ${(ratio * 100).toFixed(0)} % (rounds ${range(efficiency.map((e) => e * 100), 0)} %; ratio of medians ${((med('draw1') / med('draw2') / (med('sha1') / med('sha2'))) * 100).toFixed(0)} %) — target ≥ 90 %: ${ratio >= 0.9 ? 'met' : 'NOT met'}`,
  );
  console.log(`merged draw = one-thread draw, and calibration checksums agree: ${same}`);
  console.log(
    `state of ½ the pool (${Object.values(sizes).reduce((a, b) => a + b, 0).toLocaleString('en')} drawn + sentinels): binary ${(stateSize.binary / 2 ** 20).toFixed(1)} MiB, stateBytes + merge ${median(handover.binary).toFixed(0)} ms; ` +
      `JSON ${(stateSize.json / 2 ** 20).toFixed(1)} MiB, state + stringify + parse + merge ${median(handover.json).toFixed(0)} ms (median of 3)`,
  );
  console.log(
    `ids packed once into a SharedArrayBuffer (${((18 * n) / 2 ** 20).toFixed(0)} MiB + offsets; not timed above): ${packMs.toFixed(0)} ms; ` +
      `workers read them in place (no copy); start-up of 2 workers under tsx, not timed: ${startMs.toFixed(0)} ms; load average now ${loadavg().map((l) => l.toFixed(2)).join(' ')}`,
  );
}

if (isMainThread && process.argv[1] === fileURLToPath(import.meta.url)) await run();
