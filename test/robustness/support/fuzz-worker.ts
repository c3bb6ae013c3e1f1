/**
 * Runs the fuzz calls in a worker thread so the test can time-box each one: before every call the
 * worker writes the call's index into shared memory; the test's watchdog terminates a worker whose
 * index stops moving, reports the hung call and starts a new worker after it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import fc from 'fast-check';
import { ERROR_CODES, ShuangsuijiError } from '../../../src/index.js';
import { callArb, seedFor } from './calls.js';
import { CallerError } from './hostile.js';
import { changedSince, snapshot } from './snapshot.js';
import { targets } from './surface.js';

export interface WorkerInput {
  readonly seed: number;
  readonly callsPerTarget: number;
  readonly startAt: number;
  readonly heartbeat: SharedArrayBuffer;
}

export type WorkerMessage =
  | { readonly type: 'targets'; readonly names: readonly string[] }
  | { readonly type: 'failure'; readonly target: string; readonly call: number; readonly problem: string }
  | { readonly type: 'done'; readonly calls: number; readonly byOutcome: Record<string, number>; readonly slowest: readonly [string, number][] };

const input = workerData as WorkerInput;
const beat = new Int32Array(input.heartbeat);
const post = (message: WorkerMessage): void => parentPort!.postMessage(message);

const ENGLISH_OR_RAW_ZOD = /Invalid input|Invalid option|expected|received|Too (big|small)|Unrecognized key|期望|实际接收|\bint\b/;

/** What is wrong with an error a call threw, or `undefined` when it is acceptable. */
function problemWithError(error: unknown): string | undefined {
  if (error instanceof CallerError) return undefined;
  if (!(error instanceof ShuangsuijiError)) {
    const name = error instanceof Error ? error.constructor.name : typeof error;
    const message = error instanceof Error ? error.message.slice(0, 160) : '';
    return `threw ${name}: ${message}`;
  }
  if (!Object.prototype.hasOwnProperty.call(ERROR_CODES, error.code)) return `ShuangsuijiError with unknown code ${String(error.code)}`;
  if (!Array.isArray(error.path)) return 'ShuangsuijiError without a path array';
  if (typeof error.message !== 'string' || !/[\u4e00-\u9fff]/.test(error.message)) return `message not Chinese: ${String(error.message).slice(0, 120)}`;
  if (error.message.length > 1000) return `message of ${error.message.length} characters (a hostile value printed in full?)`;
  if (ENGLISH_OR_RAW_ZOD.test(error.message)) return `English or raw zod wording in the message: ${error.message.slice(0, 160)}`;
  return undefined;
}

function isIterator(value: unknown): value is Iterable<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    typeof (value as { next?: unknown }).next === 'function' &&
    typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function'
  );
}

let currentTarget = '';
let currentCall = -1;
process.on('unhandledRejection', (reason) => {
  post({ type: 'failure', target: currentTarget, call: currentCall, problem: `unhandled rejection: ${problemWithError(reason) ?? 'ShuangsuijiError'}` });
});

async function run(): Promise<void> {
  const list = targets();
  post({ type: 'targets', names: list.map((t) => t.name) });
  const n = input.callsPerTarget;
  const byOutcome: Record<string, number> = { returned: 0, ShuangsuijiError: 0, CallerError: 0, failed: 0 };
  const slowest: [string, number][] = [];
  let calls = 0;
  for (let t = Math.floor(input.startAt / n); t < list.length; t += 1) {
    const target = list[t]!;
    const specs = fc.sample(callArb, { seed: seedFor(input.seed, target.name), numRuns: n });
    for (let k = t * n < input.startAt ? input.startAt - t * n : 0; k < n; k += 1) {
      const spec = specs[k]!;
      Atomics.store(beat, 0, t * n + k);
      currentTarget = target.name;
      currentCall = k;
      let args: unknown[];
      try {
        args = spec.build(target.valid);
      } catch (error) {
        post({ type: 'failure', target: target.name, call: k, problem: `the test could not build the call: ${String(error)}` });
        continue;
      }
      const before = snapshot(Array.from({ length: args.length }, (_, index) => (target.mayChange.includes(index) ? undefined : args[index])));
      const started = performance.now();
      let problem: string | undefined;
      let outcome = 'returned';
      try {
        let result = target.invoke(args);
        if (result instanceof Promise) result = await result;
        if (isIterator(result)) {
          let count = 0;
          for (const _ of result) if (++count >= 1000) break;
        }
      } catch (error) {
        problem = problemWithError(error);
        outcome = error instanceof CallerError ? 'CallerError' : error instanceof ShuangsuijiError ? 'ShuangsuijiError' : 'failed';
      }
      const elapsed = performance.now() - started;
      calls += 1;
      const changed = changedSince(before);
      if (changed !== undefined) problem = `${problem === undefined ? '' : `${problem}; `}mutated its input: ${changed}`;
      if (problem !== undefined) {
        outcome = 'failed';
        post({ type: 'failure', target: target.name, call: k, problem: `${spec.describe}: ${problem}` });
      }
      byOutcome[outcome] = (byOutcome[outcome] ?? 0) + 1;
      if (slowest.length < 5 || elapsed > slowest[slowest.length - 1]![1]) {
        slowest.push([`${target.name} #${k} ${spec.describe}`, Math.round(elapsed)]);
        slowest.sort((a, b) => b[1] - a[1]);
        slowest.length = Math.min(slowest.length, 5);
      }
    }
  }
  Atomics.store(beat, 0, -1);
  post({ type: 'done', calls, byOutcome, slowest });
}

await run();
