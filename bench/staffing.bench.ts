/**
 * Benchmark of inspector staffing (随机选派执法检查人员, issue 16): 100 000 visits, 2 000 inspectors.
 *
 * Run: npm run bench -- staffing (STAFFING_BENCH_VISITS / STAFFING_BENCH_INSPECTORS to resize).
 * The directory: 20 departments of 100 inspectors, 10 % of them holding `special-equipment`, 1 % with
 * a declared conflict. Visits: 80 % by one department, 20 % joint visits of two; 8 % need
 * `special-equipment`; two inspectors each. Cases, in the same run:
 *
 * - the greedy draw before issue 16 (bench/support/greedy-inspectors.ts), no cap;
 * - drawInspectors with no cap (same rule as the greedy where nothing binds);
 * - drawInspectors with `balance: 'min-max-load'`.
 *
 * Target of the issue: exact staffing of 100 k visits is not quadratic-hopeless — printed as the
 * ratio of its time to the greedy's (the ticket hashing, the same in every case, dominates both).
 */
import { drawInspectors, type DrawInspectorsInput } from '../src/draw/index.js';
import { drawInspectorsGreedy } from './support/greedy-inspectors.js';

const VISITS = Number(process.env.STAFFING_BENCH_VISITS ?? 100_000);
const INSPECTORS = Number(process.env.STAFFING_BENCH_INSPECTORS ?? 2_000);
const DEPARTMENTS = 20;

/** Deterministic scatter in [0, 1) (a 32-bit integer hash of `i` and `salt`). */
function scatter(i: number, salt: number): number {
  let x = Math.imul(i, 0x9e3779b1) ^ Math.imul(salt, 0x85ebca6b);
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return (x >>> 0) / 4294967296;
}

function input(): DrawInspectorsInput {
  const inspectors = Array.from({ length: INSPECTORS }, (_, i) => ({
    id: `I${String(i).padStart(5, '0')}`,
    name: `执法人员${i}`,
    department: `科室${String(i % DEPARTMENTS).padStart(2, '0')}`,
    qualifications: Math.floor(i / DEPARTMENTS) % 10 === 0 ? ['special-equipment'] : [],
    conflicts: scatter(i, 13) < 0.01 ? [`S${Math.floor(scatter(i, 17) * VISITS)}`] : [],
  }));
  const visits = Array.from({ length: VISITS }, (_, v) => {
    const d = Math.floor(scatter(v, 19) * DEPARTMENTS);
    const joint = scatter(v, 23) < 0.2;
    const other = (d + 1 + Math.floor(scatter(v, 29) * (DEPARTMENTS - 1))) % DEPARTMENTS;
    return {
      id: `V${String(v).padStart(6, '0')}`,
      subjectId: `S${v}`,
      departments: joint ? [`科室${String(d).padStart(2, '0')}`, `科室${String(other).padStart(2, '0')}`] : [`科室${String(d).padStart(2, '0')}`],
      requiredQualifications: scatter(v, 31) < 0.08 ? ['special-equipment'] : [],
    };
  });
  return { seed: '2024-03-01 摇号 27182818284590452353', visits, inspectors, rules: { perSubject: 2 } };
}

function loadsLine(loads: Record<string, number>): string {
  const values = Object.values(loads);
  const used = values.length;
  const total = values.reduce((a, b) => a + b, 0);
  return `用到 ${used} 人，人均（在岗 ${INSPECTORS} 人）${(total / INSPECTORS).toFixed(1)} 次，最多 ${Math.max(...values)} 次，最少 ${used < INSPECTORS ? 0 : Math.min(...values)} 次`;
}

export async function run(): Promise<void> {
  const data = input();
  console.log(`${VISITS.toLocaleString('en-US')} visits, ${INSPECTORS.toLocaleString('en-US')} inspectors in ${DEPARTMENTS} departments`);
  const timed = <T>(f: () => T): [T, number] => {
    const start = performance.now();
    const value = f();
    return [value, performance.now() - start];
  };
  const [greedy, greedyMs] = timed(() => drawInspectorsGreedy(data));
  console.log(`greedy (before issue 16)      ${(greedyMs / 1000).toFixed(2)} s  ${loadsLine(greedy.loads)}`);
  const [plain, plainMs] = timed(() => drawInspectors(data));
  console.log(`drawInspectors, no cap        ${(plainMs / 1000).toFixed(2)} s  ${loadsLine(plain.loads)}  ×${(plainMs / greedyMs).toFixed(2)} greedy time`);
  const [balanced, balancedMs] = timed(() => drawInspectors({ ...data, rules: { ...data.rules, balance: 'min-max-load' } }));
  const b = balanced.balance;
  console.log(
    `drawInspectors, min-max-load  ${(balancedMs / 1000).toFixed(2)} s  ${loadsLine(balanced.loads)}  ×${(balancedMs / greedyMs).toFixed(2)} greedy time`,
  );
  console.log(`  cap ${b.cap} (lower bound ${b.lowerBound}, ${b.optimal ? 'proven smallest' : 'not proven smallest'}), mean ${b.meanLoad}, within ±1 of mean: ${b.withinOneOfMean}`);
  console.log(`target: exact staffing within a small factor of the greedy's time, max load down to the cap — max ${Math.max(...Object.values(greedy.loads))} → ${b.maxLoad}`);
}

