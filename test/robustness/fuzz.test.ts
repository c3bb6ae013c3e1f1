/**
 * The fuzz suite (模糊测试): every export of src/index.ts and every method of every object the
 * library returns or exports, called at a fixed seed with fast-check garbage and with valid calls
 * broken one field at a time. Each call must return, or throw ShuangsuijiError (code, path, a
 * bounded Chinese message), or let the caller's own error through; finish within CALL_LIMIT_MS;
 * and leave its arguments exactly as they were. The calls run in a worker thread so a hung call is
 * cut off, named, and skipped.
 */
import { Worker } from 'node:worker_threads';
import { expect, it } from 'vitest';
import type { WorkerInput, WorkerMessage } from './support/fuzz-worker.js';

const SEED = 20_230_224;
/**
 * Calls per target; `FUZZ_CALLS` overrides it while debugging (`FUZZ_LIVE=1` prints failures as they come,
 * `FUZZ_ONLY=name,name` fuzzes only those targets).
 */
const CALLS_PER_TARGET = Number(process.env['FUZZ_CALLS'] ?? 300);
const LIVE = process.env['FUZZ_LIVE'] === '1';
const CALL_LIMIT_MS = 10_000;
const BOOT_LIMIT_MS = 90_000;

interface Run {
  readonly names: readonly string[];
  readonly failures: string[];
  readonly done?: Extract<WorkerMessage, { type: 'done' }>;
  /** Global index of the call that hung. */
  readonly hungAt?: number;
}

function runWorker(startAt: number): Promise<Run> {
  const heartbeat = new SharedArrayBuffer(4);
  const beat = new Int32Array(heartbeat);
  beat[0] = -2;
  const input: WorkerInput = { seed: SEED, callsPerTarget: CALLS_PER_TARGET, startAt, heartbeat };
  const worker = new Worker(new URL('./support/boot-worker.mjs', import.meta.url), {
    workerData: { ...input, entry: new URL('./support/fuzz-worker.ts', import.meta.url).href },
  });
  return new Promise((resolve, reject) => {
    let names: readonly string[] = [];
    const failures: string[] = [];
    let last = beat[0]!;
    let since = Date.now();
    const timer = setInterval(() => {
      const now = Atomics.load(beat, 0);
      if (now !== last) {
        last = now;
        since = Date.now();
        return;
      }
      const limit = now === -2 ? BOOT_LIMIT_MS : CALL_LIMIT_MS;
      if (now !== -1 && Date.now() - since > limit) {
        clearInterval(timer);
        void worker.terminate();
        if (now === -2) reject(new Error('the fuzz worker did not start'));
        else resolve({ names, failures, hungAt: now });
      }
    }, 50);
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'targets') names = message.names;
      else if (message.type === 'failure') {
        failures.push(`${message.target} #${message.call} ${message.problem}`);
        if (LIVE) process.stderr.write(`${failures[failures.length - 1]}\n`);
      }
      else {
        clearInterval(timer);
        void worker.terminate();
        resolve({ names, failures, done: message });
      }
    });
    worker.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
  });
}

it('every export and method answers garbage with ShuangsuijiError, in bounded time, without touching its input', async () => {
  const started = Date.now();
  const failures: string[] = [];
  let startAt = 0;
  let calls = 0;
  let names: readonly string[] = [];
  let outcome: Record<string, number> = {};
  let slowest: readonly [string, number][] = [];
  for (;;) {
    const run = await runWorker(startAt);
    names = run.names;
    failures.push(...run.failures);
    if (run.done !== undefined) {
      calls += run.done.calls;
      outcome = run.done.byOutcome;
      slowest = run.done.slowest;
      break;
    }
    const at = run.hungAt!;
    const target = names[Math.floor(at / CALLS_PER_TARGET)];
    failures.push(`${target} #${at % CALLS_PER_TARGET} did not finish within ${CALL_LIMIT_MS} ms (hang)`);
    if (LIVE) process.stderr.write(`${failures[failures.length - 1]}\n`);
    calls += at - startAt + 1;
    startAt = at + 1;
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const byTarget = new Map<string, string[]>();
  for (const failure of failures) {
    const target = failure.slice(0, failure.indexOf(' '));
    byTarget.set(target, [...(byTarget.get(target) ?? []), failure]);
  }
  const report = [...byTarget.values()].flatMap((list) => [...list.slice(0, 3), ...(list.length > 3 ? [`  … and ${list.length - 3} more`] : [])]);
  console.log(
    [
      `fuzz: ${calls} calls of ${names.length} targets (${CALLS_PER_TARGET} each, seed ${SEED}) in ${seconds} s`,
      `outcomes: ${JSON.stringify(outcome)}`,
      `slowest calls (ms): ${slowest.map(([what, ms]) => `${ms} ${what}`).join(' | ')}`,
      `${failures.length} failures in ${byTarget.size} targets`,
      ...report,
    ].join('\n'),
  );
  expect(failures).toEqual([]);
}, 600_000);
