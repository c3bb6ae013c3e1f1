/**
 * A draw over several cores (多线程抽取): the pool's ids are packed once as UTF-8 into a
 * SharedArrayBuffer, each `worker_threads` worker runs a sampler over its share and transfers back
 * its binary state (`stateBytes()`, O(sample), no JSON or hex), and the main thread merges the
 * states. The merged draw is asserted equal to one sampler over the whole pool on one thread, and
 * its tickets to those of `drawSubjects`. Any partition works (contiguous ranges here, as database
 * shards or file chunks give).
 *
 *   npx tsx examples/parallel-draw.ts [workers (default 3)] [subjects (default 200000)]
 *
 * In an application, import from 'shuangsuiji' and start the workers from the built JavaScript
 * file (`new Worker(new URL(import.meta.url))`); the tsx bootstrap below is only for running this
 * TypeScript file as is (it makes a worker's start-up take seconds, so the workers are started and
 * say 'ready' before the draw is timed). See docs/guide.md, section 11 (Scaling to a province).
 */
import { deepStrictEqual, strictEqual } from 'node:assert/strict';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import { createSampler, deriveTaskSeed, drawSubjects, type SamplerOptions } from '../src/index.js';

/** What each worker is sent: the shared pool and its share of it. */
interface Job {
  /** UTF-8 bytes of every id, one after another. */
  readonly bytes: SharedArrayBuffer;
  /** Uint32 end offset of id i in `bytes` (id i starts where id i − 1 ends). */
  readonly ends: SharedArrayBuffer;
  /** Uint8 index into `names` of the stratum of id i. */
  readonly strata: SharedArrayBuffer;
  readonly names: readonly string[];
  readonly from: number;
  readonly to: number;
  readonly options: SamplerOptions;
}

/** In a worker: a sampler over ids from…to, sent back as bytes whose buffer is transferred. */
function work(job: Job): void {
  const bytes = Buffer.from(job.bytes);
  const ends = new Uint32Array(job.ends);
  const strata = new Uint8Array(job.strata);
  const sampler = createSampler(job.options);
  for (let i = job.from; i < job.to; i++) {
    sampler.add(bytes.toString('utf8', i === 0 ? 0 : ends[i - 1]!, ends[i]!), job.names[strata[i]!]);
  }
  const state = sampler.stateBytes();
  parentPort!.postMessage(state, [state.buffer]);
}

/** Starts a worker on this file; under tsx, with tsx's loader registered in it first. */
function startWorker(): Worker {
  const self = import.meta.url;
  if (!self.endsWith('.ts')) return new Worker(new URL(self));
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(self)}); });`;
  return new Worker(bootstrap, { eval: true });
}

/** Starts the workers; resolves once each has loaded the library and said 'ready'. */
function startWorkers(count: number): Promise<Worker[]> {
  return Promise.all(
    Array.from({ length: count }, () => {
      const worker = startWorker();
      return new Promise<Worker>((resolve, reject) => {
        worker.once('message', () => resolve(worker));
        worker.once('error', reject);
      });
    }),
  );
}

/** Sends each worker its job; resolves to their binary states. */
function runJobs(workers: readonly Worker[], jobs: readonly Job[]): Promise<Uint8Array[]> {
  return Promise.all(
    workers.map(
      (worker, w) =>
        new Promise<Uint8Array>((resolve, reject) => {
          worker.once('message', resolve);
          worker.once('error', reject);
          worker.postMessage(jobs[w]);
        }),
    ),
  );
}

async function main(): Promise<void> {
  const workers = Number(process.argv[2] ?? 3);
  const n = Number(process.argv[3] ?? 200_000);
  const names = ['A', 'B', 'C', 'D'];
  // a synthetic pool: USCC-like ids, classes A/B/C/D 55/30/12/3 %
  const pool = Array.from({ length: n }, (_, i) => {
    const p = (Math.imul(i, 2654435761) >>> 0) % 100;
    return { id: `9133${String(i).padStart(13, '0')}X`, stratum: p < 55 ? 'A' : p < 85 ? 'B' : p < 97 ? 'C' : 'D' };
  });
  const counts = Object.fromEntries(names.map((name) => [name, pool.filter((item) => item.stratum === name).length]));
  const sizes = Object.fromEntries(names.map((name) => [name, Math.round(counts[name]! * 0.03)]));
  const options: SamplerOptions = { seed: deriveTaskSeed('2024-05-06 摇号 1415926535', 'T7'), sizes, reserve: 2 };

  // pack the ids once (the workers read them in place)
  const encoder = new TextEncoder();
  const encoded = pool.map((item) => encoder.encode(item.id));
  const bytes = new Uint8Array(new SharedArrayBuffer(encoded.reduce((total, id) => total + id.length, 0)));
  const ends = new Uint32Array(new SharedArrayBuffer(4 * n));
  const strata = new Uint8Array(new SharedArrayBuffer(n));
  let at = 0;
  encoded.forEach((id, i) => {
    bytes.set(id, at);
    at += id.length;
    ends[i] = at;
    strata[i] = names.indexOf(pool[i]!.stratum);
  });

  const t00 = performance.now();
  const threads = await startWorkers(workers);
  const startMs = performance.now() - t00;
  const t0 = performance.now();
  const jobs = Array.from({ length: workers }, (_, w): Job => ({
    bytes: bytes.buffer as SharedArrayBuffer,
    ends: ends.buffer as SharedArrayBuffer,
    strata: strata.buffer as SharedArrayBuffer,
    names,
    from: Math.floor((w * n) / workers),
    to: Math.floor(((w + 1) * n) / workers),
    options,
  }));
  const states = await runJobs(threads, jobs);
  const driver = createSampler(options);
  for (const state of states) driver.merge(state);
  const merged = driver.result();
  const parallelMs = performance.now() - t0;
  await Promise.all(threads.map((thread) => thread.terminate()));

  const t1 = performance.now();
  const single = createSampler(options);
  for (const item of pool) single.add(item.id, item.stratum);
  const expected = single.result();
  const singleMs = performance.now() - t1;

  deepStrictEqual(merged, expected); // the same draw, tickets, counts and pool digests
  const drawn = drawSubjects({ seed: '2024-05-06 摇号 1415926535', taskId: 'T7', pool, allocation: sizes, reserve: 2 });
  strictEqual(
    Object.values(merged.strata).flatMap((s) => s.selected.map((e) => e.ticket)).join(),
    drawn.record.selected.map((e) => e.ticket).join(),
  );
  const stateBytes = states.reduce((total, state) => total + state.byteLength, 0);
  console.log(`${n.toLocaleString('en')} subjects over ${workers} workers, sample ${Object.values(sizes).reduce((a, b) => a + b, 0)} + reserves`);
  console.log(`binary states: ${stateBytes.toLocaleString('en')} bytes in all (${workers} transferred buffers)`);
  console.log(`merged draw = one-thread draw = drawSubjects: true`);
  console.log(`wall time: ${parallelMs.toFixed(0)} ms with ${workers} workers vs ${singleMs.toFixed(0)} ms on one thread (worker start-up, not counted: ${startMs.toFixed(0)} ms; one cold run, not a benchmark: see npm run bench -- parallel)`);
}

if (isMainThread) await main();
else {
  parentPort!.on('message', (job: Job) => work(job));
  parentPort!.postMessage('ready');
}
