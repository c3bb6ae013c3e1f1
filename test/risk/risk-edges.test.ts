/**
 * Risk allocation edges pinned for issue 19, every number worked out by hand in the comments:
 * requiredRate with the pool exactly the needed count, largest-remainder ties in either input
 * order, a variable-fixing round with one class over its size and one under its minimum at once
 * (both ways round), and the Chinese step messages of total mode, numbers included.
 */
import { describe, expect, it } from 'vitest';
import { allocateSample, ratioSampleSize, requiredRate, type StratifiedAllocation } from '../../src/risk/index.js';
import { largestRemainder } from '../../src/risk/largest-remainder.js';
import { national, zhejiang2023 } from '../../src/presets/index.js';
import { definePolicy } from '../../src/policy/index.js';

const HEAD = '企业 1000户 × 3%（本次测算给定的目标）= 应抽查 30户，其他任务已覆盖 0户，本任务还需 30户';

describe('requiredRate at the edge of the pool', () => {
  it('needed 30 = pool 30: reachable, ratio 100 %', () => {
    expect(requiredRate({ enterprises: 1000, alreadyCovered: 0, poolSize: 30, target: 0.03 }, zhejiang2023)).toEqual({
      target: 0.03,
      targetCount: 30,
      needed: 30,
      ratio: 1,
      sampleSize: 30,
      reachable: true,
      shortfall: 0,
      message: `${HEAD}；抽查范围 30户，抽查比例 100%`,
    });
  });

  it('needed 30 > pool 29: unreachable, 1 short', () => {
    expect(requiredRate({ enterprises: 1000, alreadyCovered: 0, poolSize: 29, target: 0.03 }, zhejiang2023)).toEqual({
      target: 0.03,
      targetCount: 30,
      needed: 30,
      ratio: 1,
      sampleSize: 29,
      reachable: false,
      shortfall: 1,
      message: `${HEAD}；抽查范围仅 29户，全部抽取仍差 1户，需扩大抽查范围或增加任务`,
    });
  });

  it('needed 30 of pool 31: 30/31 = 0.967… → the shortest decimal in (29/31, 30/31] is 0.96', () => {
    // ⌈0.96 × 31⌉ = ⌈29.76⌉ = 30; 0.9 × 31 = 27.9 → 28 is too few.
    expect(requiredRate({ enterprises: 1000, alreadyCovered: 0, poolSize: 31, target: 0.03 }, zhejiang2023)).toMatchObject({
      ratio: 0.96,
      sampleSize: 30,
      message: `${HEAD}；抽查范围 31户，抽查比例 96%`,
    });
  });
});

describe('largestRemainder ties: higher risk first, whatever the input order', () => {
  const sizes = (total: number, classes: readonly ('A' | 'B' | 'C' | 'D')[]) =>
    Object.fromEntries(largestRemainder(total, classes.map((riskClass) => ({ riskClass, weight: 1n }))).map((s) => [s.riskClass, s.size]));

  it('1 unit over two equal weights goes to the higher class', () => {
    expect(sizes(1, ['A', 'D'])).toEqual({ A: 0, D: 1 });
    expect(sizes(1, ['D', 'A'])).toEqual({ A: 0, D: 1 });
    expect(sizes(1, ['B', 'C'])).toEqual({ B: 0, C: 1 });
    expect(sizes(1, ['C', 'B'])).toEqual({ B: 0, C: 1 });
  });

  it('2 units over four equal weights go to D and C, in any order', () => {
    for (const order of [['A', 'B', 'C', 'D'], ['D', 'C', 'B', 'A'], ['B', 'D', 'A', 'C'], ['C', 'A', 'D', 'B']] as const) {
      expect(sizes(2, order)).toEqual({ A: 0, B: 0, C: 1, D: 1 });
    }
    expect(sizes(3, ['A', 'C', 'B', 'D'])).toEqual({ A: 0, B: 1, C: 1, D: 1 });
  });

  it('a larger remainder beats a higher class', () => {
    // 2 over A 2 : D 1 (Σ3): quotas 4/3 and 2/3 → floors 1, 0; remainders 1/3 (A) < 2/3 (D) → D.
    expect(largestRemainder(2, [{ riskClass: 'A', weight: 2n }, { riskClass: 'D', weight: 1n }]).map((s) => [s.riskClass, s.floor, s.bonus, s.size])).toEqual([
      ['A', 1, false, 1],
      ['D', 0, true, 1],
    ]);
    // 3 over A 2 : D 1 → 2, 1 exactly; 1 over A 2 : D 1 → remainders 2/3 (A) > 1/3 (D) → A.
    expect(largestRemainder(1, [{ riskClass: 'D', weight: 1n }, { riskClass: 'A', weight: 2n }]).map((s) => s.size)).toEqual([0, 1]);
  });
});

const messages = (allocation: StratifiedAllocation) => (['A', 'B', 'C', 'D'] as const).map((c) => allocation.steps.classes[c].message);

describe('total mode: one round with a class over its size and one under its minimum', () => {
  it('excess ≥ shortfall: the class over its size is fixed first, the other in the next round', () => {
    // Weights (zhejiang2023 multipliers): A 1000 × 0.5 = 500, B 10 × 1 = 10, D 5 × 4 = 20; Σ 530.
    // Round 1, 200 to share: A 188.68, B 2000/530 = 3.7736 < minimum 5 (short 1.2264), D 4000/530 = 7.5472 > 5
    // (excess 2.5472). Excess ≥ shortfall → D fixed at 5.
    // Round 2, 195 over A 500, B 10 (Σ 510): B 1950/510 = 3.8235 < 5 → fixed at 5. Round 3: A takes 190.
    const allocation = allocateSample({ poolCounts: { A: 1000, B: 10, C: 0, D: 5 }, sampling: { count: 200 }, minimums: { B: 5 } }, zhejiang2023) as StratifiedAllocation;
    expect(allocation.sizes).toEqual({ A: 190, B: 5, C: 0, D: 5 });
    expect(allocation.steps.classes.B).toMatchObject({ reason: 'minimum', quota: 1950 / 510, size: 5 });
    expect(allocation.steps.classes.D).toMatchObject({ reason: 'class-size', quota: 4000 / 530, size: 5 });
    expect(messages(allocation)).toEqual([
      'A类（信用风险低）：1000户 × 倍数 0.5 = 权重 500，应得 190户，取整为 190户',
      'B类（信用风险一般）：按权重应得 3.8235户，低于最低抽取数 5户，抽取 5户',
      'C类（信用风险较高）：无可抽取对象，抽取 0户',
      'D类（信用风险高）：按权重应得 7.5472户，超过该类可抽取对象 5户，全部抽取，超出部分分配给其他类别',
    ]);
    expect(allocation.steps.lines.at(-1)).toBe('合计抽取 200户（可抽取对象 1015户）');
  });

  it('shortfall > excess: the class under its minimum is fixed first', () => {
    // Weights A 100 × 0.5 = 50, B 100, D 1 × 4 = 4; Σ 154. Round 1, 60 to share: B 6000/154 = 38.961 < 45 (short
    // 6.039), D 240/154 = 1.5584 > 1 (excess 0.5584) → B fixed at 45. Round 2, 15 over A 50, D 4 (Σ 54):
    // D 60/54 = 1.1111 > 1 → fixed at 1. A takes 14.
    const allocation = allocateSample({ poolCounts: { A: 100, B: 100, C: 0, D: 1 }, sampling: { count: 60 }, minimums: { B: 45 } }, zhejiang2023) as StratifiedAllocation;
    expect(allocation.sizes).toEqual({ A: 14, B: 45, C: 0, D: 1 });
    expect(messages(allocation)).toEqual([
      'A类（信用风险低）：100户 × 倍数 0.5 = 权重 50，应得 14户，取整为 14户',
      'B类（信用风险一般）：按权重应得 38.961户，低于最低抽取数 45户，抽取 45户',
      'C类（信用风险较高）：无可抽取对象，抽取 0户',
      'D类（信用风险高）：按权重应得 1.1111户，超过该类可抽取对象 1户，全部抽取，超出部分分配给其他类别',
    ]);
  });
});

describe('total mode: excess exactly equal to shortfall', () => {
  it('both classes are fixed in the same round, at the quotas of that round', () => {
    // Weights A 100 × 0.5 = 50, B 10 × 1 = 10, D 1 × 4 = 4; Σ 64. 32 to share: D 128/64 = 2 > 1 (excess 1),
    // B 320/64 = 5 < minimum 6 (short 1), A 25. Excess = shortfall → D fixed at 1 and B at 6 together; A takes 25.
    // (Fixing one side first would give the other a quota of a later round: D 104/54, or B 310/60.)
    const allocation = allocateSample({ poolCounts: { A: 100, B: 10, C: 0, D: 1 }, sampling: { count: 32 }, minimums: { B: 6 } }, zhejiang2023) as StratifiedAllocation;
    expect(allocation.sizes).toEqual({ A: 25, B: 6, C: 0, D: 1 });
    expect(allocation.steps.classes.B).toMatchObject({ reason: 'minimum', quota: 5 });
    expect(allocation.steps.classes.D).toMatchObject({ reason: 'class-size', quota: 2 });
    expect(messages(allocation)).toEqual([
      'A类（信用风险低）：100户 × 倍数 0.5 = 权重 50，应得 25户，取整为 25户',
      'B类（信用风险一般）：按权重应得 5户，低于最低抽取数 6户，抽取 6户',
      'C类（信用风险较高）：无可抽取对象，抽取 0户',
      'D类（信用风险高）：按权重应得 2户，超过该类可抽取对象 1户，全部抽取，超出部分分配给其他类别',
    ]);
  });
});

describe('total mode: the fixed-class messages', () => {
  const zeroA = definePolicy({ id: 'zero-a', riskMultipliers: { A: 0, B: 1, C: 2, D: 4 } }, zhejiang2023);

  it('multiplier 0 with a minimum; a minimum above the class size', () => {
    // A: multiplier 0 → its minimum 2. D empty. 28 over B 100, C 3 × 2 = 6 (Σ 106): C 168/106 = 1.5849 < min(5, 3) = 3
    // → C takes all 3; B takes 25.
    const allocation = allocateSample({ poolCounts: { A: 10, B: 100, C: 3, D: 0 }, sampling: { count: 30 }, minimums: { A: 2, C: 5 } }, zeroA) as StratifiedAllocation;
    expect(allocation.sizes).toEqual({ A: 2, B: 25, C: 3, D: 0 });
    expect(messages(allocation)).toEqual([
      'A类（信用风险低）：倍数为 0，按最低抽取数抽取 2户',
      'B类（信用风险一般）：100户 × 倍数 1 = 权重 100，应得 25户，取整为 25户',
      'C类（信用风险较高）：按权重应得 1.5849户，低于最低抽取数 5户，抽取 3户（该类仅有 3户，全部抽取）',
      'D类（信用风险高）：无可抽取对象，抽取 0户',
    ]);
  });

  it('multiplier 0 with a minimum above the class size; full coverage; a largest-remainder bonus', () => {
    // A: 1 of minimum 2. D full: 6. 23 over B 100, C 6 (Σ 106): B 21.698, C 1.3019 → floors 21 + 1, the unit left to B (.698 > .302).
    const allocation = allocateSample(
      { poolCounts: { A: 1, B: 100, C: 3, D: 6 }, sampling: { count: 30 }, minimums: { A: 2 }, fullCoverage: ['D'] },
      zeroA,
    ) as StratifiedAllocation;
    expect(allocation.sizes).toEqual({ A: 1, B: 22, C: 1, D: 6 });
    expect(messages(allocation)).toEqual([
      'A类（信用风险低）：倍数为 0，按最低抽取数抽取 1户（该类仅有 1户）',
      'B类（信用风险一般）：100户 × 倍数 1 = 权重 100，应得 21.6981户，按最大余数进 1 为 22户',
      'C类（信用风险较高）：3户 × 倍数 2 = 权重 6，应得 1.3019户，取整为 1户',
      'D类（信用风险高）：全部抽取，6户',
    ]);
  });

  it('multiplier 0 without a minimum: not drawn', () => {
    // 30 over B 100, C 6, D 24 (Σ 130): 23.077, 1.3846, 5.5385 → floors 29, the unit to D (.538 the largest).
    const allocation = allocateSample({ poolCounts: { A: 10, B: 100, C: 3, D: 6 }, sampling: { count: 30 } }, zeroA) as StratifiedAllocation;
    expect(allocation.sizes).toEqual({ A: 0, B: 23, C: 1, D: 6 });
    expect(allocation.steps.classes.A).toMatchObject({ reason: 'zero-rate', size: 0, message: 'A类（信用风险低）：倍数为 0，不抽取' });
    expect(allocation.steps.classes.D.message).toBe('D类（信用风险高）：6户 × 倍数 4 = 权重 24，应得 5.5385户，按最大余数进 1 为 6户');
  });
});

describe('ratio mode: every kind of step message, with its numbers', () => {
  it('multiplier 0, raised to a minimum, a minimum above the class size, an empty class', () => {
    const zeroA = definePolicy({ id: 'zero-a', riskMultipliers: { A: 0, B: 1, C: 2, D: 4 } }, zhejiang2023);
    // A 3% × 0 = 0; B 100 × 3% = 3 < minimum 5 → 5; C 7 × 6% = 0.42 → 1 < minimum 10, only 7 → 7; D empty. Σ 12 of 157.
    const allocation = allocateSample({ poolCounts: { A: 50, B: 100, C: 7, D: 0 }, sampling: { ratio: 0.03 }, minimums: { B: 5, C: 10 } }, zeroA) as StratifiedAllocation;
    expect(allocation.sizes).toEqual({ A: 0, B: 5, C: 7, D: 0 });
    expect(allocation.total).toBe(12);
    expect(allocation.steps.classes.C).toMatchObject({ ratio: 0.06, quota: 0.42, rounded: 1, size: 7, reason: 'minimum' });
    expect(allocation.steps.lines).toEqual([
      '按比例分层抽取：基础抽查比例 3%，按信用风险分类差异化（政策参数 zero-a）',
      '倍数出处：未注明出处（覆盖 zhejiang2023 的取值）',
      'A类（信用风险低）：抽查比例为 0，不抽取',
      'B类（信用风险一般）：100户 × 3%（基础比例 3% × 倍数 1）= 3，向上取整为 3户；低于最低抽取数 5户，提高到 5户',
      'C类（信用风险较高）：7户 × 6%（基础比例 3% × 倍数 2）= 0.42，向上取整为 1户；低于最低抽取数 10户，该类仅有 7户，全部抽取',
      'D类（信用风险高）：无可抽取对象，抽取 0户',
      '合计抽取 12户（可抽取对象 157户）',
    ]);
  });

  it('full coverage names what the ratio would have given', () => {
    // A 50 × 1.5% = 0.75 → 1; B 100 × 3% = 3; C 7 × 6% = 0.42 → 1; D all 3 (12% × 3 = 0.36 → 1). Σ 8 of 160.
    const allocation = allocateSample({ poolCounts: { A: 50, B: 100, C: 7, D: 3 }, sampling: { ratio: 0.03 }, fullCoverage: ['D'] }, zhejiang2023) as StratifiedAllocation;
    expect(allocation.sizes).toEqual({ A: 1, B: 3, C: 1, D: 3 });
    expect(allocation.steps.classes.D).toMatchObject({ quota: 0.36, rounded: 1, size: 3, reason: 'full-coverage', message: 'D类（信用风险高）：全部抽取，3户（按比例应为 1户）' });
    expect(allocation.steps.classes.A.message).toBe('A类（信用风险低）：50户 × 1.5%（基础比例 3% × 倍数 0.5）= 0.75，向上取整为 1户');
    expect(allocation.steps.lines.at(-1)).toBe('合计抽取 8户（可抽取对象 160户）');
  });
});

describe('total mode: quotas exactly on a bound stay proportional', () => {
  it('a quota equal to the class size is not "over" it', () => {
    // Σ 64 (A 50, B 10, D 4); 16: A 12.5, B 2.5, D 1 = its size → proportional. Floors 12 + 2 + 1; the unit left:
    // A and B tie at .5 → B, the higher class.
    const allocation = allocateSample({ poolCounts: { A: 100, B: 10, C: 0, D: 1 }, sampling: { count: 16 } }, zhejiang2023) as StratifiedAllocation;
    expect(allocation.sizes).toEqual({ A: 12, B: 3, C: 0, D: 1 });
    expect(allocation.steps.classes.D).toMatchObject({ reason: 'proportional', message: 'D类（信用风险高）：1户 × 倍数 4 = 权重 4，应得 1户，取整为 1户' });
    expect(allocation.steps.classes.B.message).toBe('B类（信用风险一般）：10户 × 倍数 1 = 权重 10，应得 2.5户，按最大余数进 1 为 3户');
  });

  it('a quota equal to the minimum is not "under" it', () => {
    // Σ 60 (A 50, B 10); 12: A 10, B 2 = its minimum → proportional.
    const allocation = allocateSample({ poolCounts: { A: 100, B: 10, C: 0, D: 0 }, sampling: { count: 12 }, minimums: { B: 2 } }, zhejiang2023) as StratifiedAllocation;
    expect(allocation.sizes).toEqual({ A: 10, B: 2, C: 0, D: 0 });
    expect(allocation.steps.classes.B).toMatchObject({ reason: 'proportional', message: 'B类（信用风险一般）：10户 × 倍数 1 = 权重 10，应得 2户，取整为 2户' });
  });
});

describe('total mode: infeasible totals, with the numbers in the message', () => {
  it('minimums and full coverage above the total: INVALID_ALLOCATION', () => {
    // D all 3 + B minimum 3 = 6 > 5.
    expect(() => allocateSample({ poolCounts: { A: 100, B: 10, C: 0, D: 3 }, sampling: { count: 5 }, minimums: { B: 3 }, fullCoverage: ['D'] }, zhejiang2023)).toThrow(
      expect.objectContaining({
        code: 'INVALID_ALLOCATION',
        path: ['sampling', 'count'],
        message: '最低抽取数与全部抽取的类别合计需要 6户，超过抽取总数 5户',
        details: { total: 5, least: 6 },
      }),
    );
  });

  it('more than the classes with a weight hold: SAMPLE_TOO_LARGE (14 is the most, 15 too many)', () => {
    const zeroA = definePolicy({ id: 'zero-a', riskMultipliers: { A: 0, B: 1, C: 2, D: 4 } }, zhejiang2023);
    // A multiplier 0: only its minimum 1; B 10 + D 3 → 14 at most.
    const request = { poolCounts: { A: 100, B: 10, C: 0, D: 3 }, minimums: { A: 1 } };
    // 14: A 1; 13 over B 10, D 12 (Σ 22): D 156/22 = 7.0909 > 3 → 3; B takes 10, exactly its size (proportional).
    const most = allocateSample({ ...request, sampling: { count: 14 } }, zeroA) as StratifiedAllocation;
    expect(most.sizes).toEqual({ A: 1, B: 10, C: 0, D: 3 });
    expect(most.steps.classes.B.reason).toBe('proportional');
    expect(() => allocateSample({ ...request, sampling: { count: 15 } }, zeroA)).toThrow(
      expect.objectContaining({
        code: 'SAMPLE_TOO_LARGE',
        path: ['sampling', 'count'],
        message: '抽取 15户超过按倍数可分配的对象数 14户（倍数为 0 的类别只抽最低抽取数）',
        details: { total: 15, most: 14 },
      }),
    );
  });

  it('an empty riskRatios adds no note about ratios', () => {
    const noRatios = definePolicy({ id: 'rr-empty', riskRatios: {} }, zhejiang2023);
    const allocation = allocateSample({ poolCounts: { A: 10, B: 10, C: 0, D: 0 }, sampling: { count: 4 } }, noRatios) as StratifiedAllocation;
    expect(allocation.steps.lines.filter((line) => line.startsWith('注：'))).toEqual([]);
    expect(allocation.steps.lines).toHaveLength(7);
  });
});

describe('requiredRate and ratioSampleSize: the remaining edges and messages', () => {
  it('nothing needed from an empty pool: ratio 0 (no division by the pool)', () => {
    expect(requiredRate({ enterprises: 1000, alreadyCovered: 30, poolSize: 0, target: 0.03 }, zhejiang2023)).toEqual({
      target: 0.03,
      targetCount: 30,
      needed: 0,
      ratio: 0,
      sampleSize: 0,
      reachable: true,
      shortfall: 0,
      message: '企业 1000户 × 3%（本次测算给定的目标）= 应抽查 30户，其他任务已覆盖 30户，本任务还需 0户；已达到目标，本任务无需为此提高比例',
    });
  });

  it('alreadyCovered may equal the enterprises, not exceed them', () => {
    expect(requiredRate({ enterprises: 1000, alreadyCovered: 1000, poolSize: 10, target: 0.03 }, zhejiang2023).needed).toBe(0);
    expect(() => requiredRate({ enterprises: 1000, alreadyCovered: 1001, poolSize: 10, target: 0.03 }, zhejiang2023)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['alreadyCovered'], message: '比例测算无效（字段 alreadyCovered）：其他任务覆盖的企业数不能超过企业总数' }),
    );
  });

  it('no policy: MISSING_ARGUMENT at policy', () => {
    expect(() => requiredRate({ enterprises: 1000, alreadyCovered: 0, poolSize: 10 }, undefined as never)).toThrow(
      expect.objectContaining({ code: 'MISSING_ARGUMENT', path: ['policy'] }),
    );
  });

  it('ratioSampleSize names the bad value', () => {
    expect(() => ratioSampleSize(1.5, 10)).toThrow(expect.objectContaining({ message: '抽查比例应在 0 到 1 之间，实际为 数字 1.5' }));
    expect(() => ratioSampleSize('0.5' as never, 10)).toThrow(expect.objectContaining({ path: ['ratio'], message: '抽查比例应在 0 到 1 之间，实际为 字符串 "0.5"' }));
    expect(() => ratioSampleSize(0.5, -1)).toThrow(expect.objectContaining({ path: ['poolSize'], message: '对象数应为非负整数，实际为 数字 -1' }));
  });
});

describe('a policy that sets the multiplier of some classes only', () => {
  // national sets no multipliers; d-only sets D × 4 alone.
  const dOnly = definePolicy({ id: 'd-only', riskMultipliers: { D: 4 } }, national);

  it('total mode cites the multipliers and counts the unset ones as 1', () => {
    // Weights A 10, B 10, D 4 (Σ 24); 6: A 2.5, B 2.5, D 1 → floors 5, the unit to B (tie with A, higher class).
    const allocation = allocateSample({ poolCounts: { A: 10, B: 10, C: 0, D: 1 }, sampling: { count: 6 } }, dOnly) as StratifiedAllocation;
    expect(allocation.sizes).toEqual({ A: 2, B: 3, C: 0, D: 1 });
    expect(allocation.steps.lines.slice(1, 3)).toEqual(['倍数出处：未注明出处（覆盖 national 的取值）', 'A类（信用风险低）：10户 × 倍数 1 = 权重 10，应得 2.5户，取整为 2户']);
  });

  it('ratio mode cites the multipliers and says which classes have none', () => {
    // A 10 × 10% = 1, B 1, D 1 × 40% = 0.4 → 1.
    const allocation = allocateSample({ poolCounts: { A: 10, B: 10, C: 0, D: 1 }, sampling: { ratio: 0.1 } }, dOnly) as StratifiedAllocation;
    expect(allocation.sizes).toEqual({ A: 1, B: 1, C: 0, D: 1 });
    expect(allocation.steps.lines.slice(1, 3)).toEqual([
      '倍数出处：未注明出处（覆盖 national 的取值）',
      'A类（信用风险低）：10户 × 10%（基础比例，政策 d-only 未规定该类倍数）= 1，向上取整为 1户',
    ]);
    expect(allocation.steps.classes.D.message).toBe('D类（信用风险高）：1户 × 40%（基础比例 10% × 倍数 4）= 0.4，向上取整为 1户');
  });
});
