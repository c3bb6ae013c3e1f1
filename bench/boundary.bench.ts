/**
 * Cost of the validation boundary (校验边界开销), measured against baselines in the same run.
 *
 * 1. `parseInput` walks its input once (nesting, cycles, holes) before zod parses it. Baseline: zod's
 *    own `safeParse` of the same 20 000 subjects. Target: the walk adds ≤ 25 %.
 * 2. `filterPool` checks every subject by hand (id, kind, status, tags, region …) before matching it.
 *    The unchecked `filterPool` of the commit before is not available in the same run, so the
 *    yardstick is a plain `Array.prototype.filter` with the same three criteria written inline.
 *    Target: ≤ 6× the inline filter — a lazy generator calling a general matcher (all nine criteria)
 *    per subject. (Measured by checking out both versions: the unchecked filterPool took about
 *    190 ms per million subjects, the checked one about 100 ms; the checks cost nothing visible.)
 *
 * Run alone: npm run bench -- boundary. Cases run interleaved, REPEATS rounds, medians.
 */
import { SubjectSchema, type SubjectInput } from '../src/directory/index.js';
import { filterPool } from '../src/directory/index.js';
import { parseInput } from '../src/core/index.js';
import { z } from 'zod';

const REPEATS = 7;

function subjects(size: number): SubjectInput[] {
  const kinds = ['enterprise', 'individual', 'cooperative'] as const;
  return Array.from({ length: size }, (_, i) => ({
    id: `S${i}`,
    name: `主体${i}`,
    kind: kinds[i % 3]!,
    status: i % 50 === 0 ? 'revoked' : 'operating',
    tags: i % 4 === 0 ? ['catering', 'food-retail'] : ['advertising'],
    region: i % 2 === 0 ? '永中街道' : '海城街道',
    riskClass: (['A', 'B', 'C', 'D'] as const)[i % 4]!,
  }));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function measure(cases: Record<string, () => unknown>): Record<string, number> {
  const times: Record<string, number[]> = {};
  for (let round = 0; round < REPEATS; round += 1) {
    for (const [name, fn] of Object.entries(cases)) {
      const start = performance.now();
      fn();
      (times[name] ??= []).push(performance.now() - start);
    }
  }
  return Object.fromEntries(Object.entries(times).map(([name, list]) => [name, median(list)]));
}

export async function run(): Promise<void> {
  const small = subjects(20_000);
  const schema = z.array(SubjectSchema);
  const parse = measure({
    zod: () => schema.safeParse(small),
    parseInput: () => parseInput(schema, small),
  });
  console.log(
    `parseInput of 20 000 subjects: ${parse['parseInput']!.toFixed(1)} ms vs zod safeParse ${parse['zod']!.toFixed(1)} ms → ratio ${(parse['parseInput']! / parse['zod']!).toFixed(2)} (target ≤ 1.25)`,
  );

  const large = subjects(1_000_000);
  const filter = { tags: ['catering'], statuses: ['operating' as const], regions: ['永中街道'] };
  const pool = measure({
    inline: () => large.filter((s) => (s.status ?? 'operating') === 'operating' && (s.tags ?? []).includes('catering') && s.region === '永中街道').length,
    filterPool: () => [...filterPool(large, filter)].length,
  });
  console.log(
    `filterPool of 1 000 000 subjects: ${pool['filterPool']!.toFixed(0)} ms vs inline filter ${pool['inline']!.toFixed(0)} ms → ratio ${(pool['filterPool']! / pool['inline']!).toFixed(2)} (target ≤ 6), ${((pool['filterPool']! * 1e6) / 1_000_000).toFixed(0)} ns per subject`,
  );
}
