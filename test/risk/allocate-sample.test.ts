import { describe, expect, it } from 'vitest';
import { PolicySchema, type Policy } from '../../src/policy/index.js';
import { henan2021, zhejiang2023 } from '../../src/presets/index.js';
import { AllocationSchema, allocateSample, type Allocation, type AllocationRequestInput, type StratifiedAllocation } from '../../src/risk/index.js';
import { errorOf } from '../support/error-of.js';

const pool = { A: 1000, B: 500, C: 100, D: 10 } as const;

function policyWith(fields: Partial<Policy>): Policy {
  return PolicySchema.parse({ ...zhejiang2023, id: 'test', ...fields });
}

function stratified(allocation: Allocation): StratifiedAllocation {
  if (allocation.mode === 'unstratified') throw new Error('expected a stratified allocation');
  return allocation;
}


describe('allocateSample — ratio mode', () => {
  it('computes the issue example by hand (zhejiang2023 multipliers A 0.5, B 1, C 2, D 4)', () => {
    // A: 1000 × (3% × 0.5 = 1.5%) = 15 → 15
    // B:  500 × (3% × 1   = 3%)   = 15 → 15
    // C:  100 × (3% × 2   = 6%)   = 6  → 6
    // D:   10 × (3% × 4   = 12%)  = 1.2 → ⌈1.2⌉ = 2
    const allocation = stratified(allocateSample({ poolCounts: pool, sampling: { ratio: 0.03 } }, zhejiang2023));
    expect(allocation.mode).toBe('ratio');
    expect(allocation.sizes).toEqual({ A: 15, B: 15, C: 6, D: 2 });
    expect(allocation.total).toBe(38);
    expect(allocation.poolSize).toBe(1610);
    expect(allocation.poolCounts).toEqual(pool);
    expect(allocation.policyId).toBe('zhejiang2023');
    expect(allocation.steps.classes.D).toEqual({
      riskClass: 'D',
      count: 10,
      multiplier: 4,
      ratio: 0.12,
      quota: 1.2,
      rounded: 2,
      size: 2,
      reason: 'ratio',
      message: 'D类（信用风险高）：10户 × 12%（基础比例 3% × 倍数 4）= 1.2，向上取整为 2户',
    });
    expect(allocation.steps.classes.A).toMatchObject({ ratio: 0.015, quota: 15, rounded: 15, size: 15 });
    expect(allocation.steps.lines).toEqual([
      '按比例分层抽取：基础抽查比例 3%，按信用风险分类差异化（政策参数 zhejiang2023）',
      // the multipliers are cited, and said to be a practice default rather than the notice's numbers
      '倍数出处：通知·二：“对低风险企业合理降低抽查比例和频次，对高风险或有不良记录的企业依法有针对性加大随机抽查力度”（实践默认值，非出处规定：通知只要求差异化，未规定倍数；A 0.5、B 1、C 2、D 4 是本库的示例取值，不是通知中的数字，请按本局规定替换）',
      'A类（信用风险低）：1000户 × 1.5%（基础比例 3% × 倍数 0.5）= 15，向上取整为 15户',
      'B类（信用风险一般）：500户 × 3%（基础比例 3% × 倍数 1）= 15，向上取整为 15户',
      'C类（信用风险较高）：100户 × 6%（基础比例 3% × 倍数 2）= 6，向上取整为 6户',
      'D类（信用风险高）：10户 × 12%（基础比例 3% × 倍数 4）= 1.2，向上取整为 2户',
      '合计抽取 38户（可抽取对象 1610户）',
    ]);
    expect(AllocationSchema.parse(allocation)).toEqual(allocation);
  });

  it('is exact where doubles are not', () => {
    // 10% × 3 = 30% exactly; 30% × 10 = 3 (in doubles 0.1 * 3 * 10 = 3.0000000000000004 → naive ceil 4)
    const allocation = allocateSample({ poolCounts: { C: 10 }, sampling: { ratio: 0.1 } }, policyWith({ riskMultipliers: { A: 1, B: 1, C: 3, D: 1 } }));
    expect(allocation.sizes?.C).toBe(3);
    // 7% × 100 = 7 (doubles: 7.000000000000001)
    expect(allocateSample({ poolCounts: { B: 100 }, sampling: { ratio: 0.07 } }, zhejiang2023).sizes?.B).toBe(7);
  });

  it('applies Henan 2021 per-class ratios (D 30%, C 10%, B 2%, A 1%) and cites them', () => {
    // A 5000 × 1% = 50; B 2000 × 2% = 40; C 300 × 10% = 30; D 47 × 30% = 14.1 → 15
    const allocation = stratified(allocateSample({ poolCounts: { A: 5000, B: 2000, C: 300, D: 47 }, sampling: { ratio: 0.03 } }, henan2021));
    expect(allocation.sizes).toEqual({ A: 50, B: 40, C: 30, D: 15 });
    expect(allocation.total).toBe(135);
    expect(allocation.steps.classes.D).toMatchObject({ ratio: 0.3, quota: 14.1, rounded: 15, reason: 'policy-ratio' });
    expect(allocation.steps.classes.D.message).toBe(
      'D类（信用风险高）：47户 × 30%（政策规定的该类抽查比例，郑州日报（2021）：“其中高风险企业抽查比例为30%”）= 14.1，向上取整为 15户',
    );
    expect(allocation.steps.lines.filter((line) => line.includes('倍数出处'))).toEqual([]);
  });

  it('lets a partial riskRatios override only its classes', () => {
    // D fixed at 30%: 10 × 30% = 3; the others base × multiplier as in the issue example
    const allocation = allocateSample({ poolCounts: pool, sampling: { ratio: 0.03 } }, policyWith({ riskRatios: { D: 0.3 } }));
    expect(allocation.sizes).toEqual({ A: 15, B: 15, C: 6, D: 3 });
  });

  it('caps a class ratio at 100%', () => {
    // D: 30% × 4 = 120% → 100% → all 10; C: 30% × 2 = 60% → 60
    const allocation = stratified(allocateSample({ poolCounts: pool, sampling: { ratio: 0.3 } }, zhejiang2023));
    expect(allocation.sizes).toMatchObject({ C: 60, D: 10 });
    expect(allocation.steps.classes.D).toMatchObject({ ratio: 1, quota: 10, rounded: 10, reason: 'ratio' });
    expect(allocation.steps.classes.D.message).toContain('超过100%按100%计');
  });

  it('honours minimums, capped at the class size, and full coverage', () => {
    // D: ⌈1.2⌉ = 2 < minimum 5 → 5
    const raised = stratified(allocateSample({ poolCounts: pool, sampling: { ratio: 0.03 }, minimums: { D: 5 } }, zhejiang2023));
    expect(raised.sizes).toEqual({ A: 15, B: 15, C: 6, D: 5 });
    expect(raised.steps.classes.D).toMatchObject({ quota: 1.2, rounded: 2, size: 5, reason: 'minimum' });
    // minimum above the class: all 10 of D
    const capped = stratified(allocateSample({ poolCounts: pool, sampling: { ratio: 0.03 }, minimums: { D: 50 } }, zhejiang2023));
    expect(capped.sizes.D).toBe(10);
    expect(capped.steps.classes.D.message).toContain('该类仅有 10户，全部抽取');
    // a minimum below the ratio's size changes nothing
    expect(allocateSample({ poolCounts: pool, sampling: { ratio: 0.03 }, minimums: { A: 10 } }, zhejiang2023).sizes?.A).toBe(15);
    // full coverage of D (and C)
    const full = stratified(allocateSample({ poolCounts: pool, sampling: { ratio: 0.03 }, fullCoverage: ['D', 'C'] }, zhejiang2023));
    expect(full.sizes).toEqual({ A: 15, B: 15, C: 100, D: 10 });
    expect(full.steps.classes.C.reason).toBe('full-coverage');
    expect(full.fullCoverage).toEqual(['D', 'C']);
  });

  it('gives 0 to a class with multiplier 0 unless a minimum says otherwise, and marks empty classes', () => {
    const noA = policyWith({ riskMultipliers: { A: 0, B: 1, C: 2, D: 4 } });
    const allocation = stratified(allocateSample({ poolCounts: { A: 1000, B: 500, D: 0 }, sampling: { ratio: 0.03 } }, noA));
    expect(allocation.sizes).toEqual({ A: 0, B: 15, C: 0, D: 0 });
    expect(allocation.steps.classes.A.reason).toBe('zero-rate');
    expect(allocation.steps.classes.C.reason).toBe('empty');
    expect(allocateSample({ poolCounts: { A: 1000 }, sampling: { ratio: 0.03 }, minimums: { A: 3 } }, noA).sizes?.A).toBe(3);
  });

  it('does not mutate its inputs', () => {
    const request = Object.freeze({ poolCounts: Object.freeze({ ...pool }), sampling: Object.freeze({ ratio: 0.03 }), fullCoverage: Object.freeze(['D'] as const) });
    const allocation = allocateSample(request as unknown as AllocationRequestInput, zhejiang2023);
    expect(allocation.sizes?.D).toBe(10);
    expect(request.poolCounts).toEqual(pool);
  });
});

describe('allocateSample — total mode', () => {
  it('spreads a count by weight with largest remainders (computed by hand)', () => {
    // weights: A 1000×0.5 = 500, B 500×1 = 500, C 100×2 = 200, D 10×4 = 40; Σ 1240
    // quotas of 50: A 25000/1240 = 20.16, B 20.16, C 10000/1240 = 8.06, D 2000/1240 = 1.61
    // floors 20 + 20 + 8 + 1 = 49; one left → largest remainder D (0.61)
    const allocation = stratified(allocateSample({ poolCounts: pool, sampling: { count: 50 } }, zhejiang2023));
    expect(allocation.mode).toBe('total');
    expect(allocation.sizes).toEqual({ A: 20, B: 20, C: 8, D: 2 });
    expect(allocation.total).toBe(50);
    expect(allocation.steps.classes.D).toMatchObject({ count: 10, multiplier: 4, weight: 40, rounded: 2, size: 2, reason: 'proportional' });
    expect(allocation.steps.classes.D.quota).toBeCloseTo(1.6129, 4);
    expect(allocation.steps.classes.D.message).toBe('D类（信用风险高）：10户 × 倍数 4 = 权重 40，应得 1.6129户，按最大余数进 1 为 2户');
    expect(allocation.steps.lines[0]).toContain('最大余数法');
    expect(AllocationSchema.parse(allocation)).toEqual(allocation);
  });

  it('caps a class at its size and gives the excess to the others', () => {
    // count 500: D's quota 500×40/1240 = 16.13 > 10 → D = 10
    // rest 490 over weights 500 + 500 + 200 = 1200: A 204.17, B 204.17, C 81.67
    // floors 204 + 204 + 81 = 489; one left → C (0.67)
    const allocation = stratified(allocateSample({ poolCounts: pool, sampling: { count: 500 } }, zhejiang2023));
    expect(allocation.sizes).toEqual({ A: 204, B: 204, C: 82, D: 10 });
    expect(allocation.steps.classes.D).toMatchObject({ size: 10, reason: 'class-size' });
    expect(allocation.steps.classes.D.quota).toBeCloseTo(16.129, 3);
  });

  it('breaks equal remainders towards the higher-risk class', () => {
    const flat = policyWith({ riskMultipliers: { A: 1, B: 1, C: 1, D: 1 } });
    // 10 over three classes of 10: 3.33 each, floors 9, one left: tie → C
    expect(allocateSample({ poolCounts: { A: 10, B: 10, C: 10 }, sampling: { count: 10 } }, flat).sizes).toEqual({ A: 3, B: 3, C: 4, D: 0 });
    // 2 over four classes of 10: 0.5 each, two left: D then C
    expect(allocateSample({ poolCounts: { A: 10, B: 10, C: 10, D: 10 }, sampling: { count: 2 } }, flat).sizes).toEqual({ A: 0, B: 0, C: 1, D: 1 });
  });

  it('raises a class to its minimum and spreads the rest', () => {
    // D's quota 1.61 < 5 → D = 5; rest 45 over 1200: A 18.75, B 18.75, C 7.5
    // floors 18 + 18 + 7 = 43; two left: A and B tie at 0.75 → both (B first), C's 0.5 gets none
    const allocation = stratified(allocateSample({ poolCounts: pool, sampling: { count: 50 }, minimums: { D: 5 } }, zhejiang2023));
    expect(allocation.sizes).toEqual({ A: 19, B: 19, C: 7, D: 5 });
    expect(allocation.steps.classes.D.reason).toBe('minimum');
  });

  it('draws a full-coverage class in full and spreads the rest', () => {
    // D = 10; rest 40 over 1200: A 16.67, B 16.67, C 6.67; floors 38; two left, all tie at 0.67 → C, B
    const allocation = stratified(allocateSample({ poolCounts: pool, sampling: { count: 50 }, fullCoverage: ['D'] }, zhejiang2023));
    expect(allocation.sizes).toEqual({ A: 16, B: 17, C: 7, D: 10 });
    expect(allocation.steps.classes.D.reason).toBe('full-coverage');
  });

  it('gives 0 to a class with multiplier 0', () => {
    // weights B 500, C 200, D 40; Σ 740; quotas of 50: B 33.78, C 13.51, D 2.70
    // floors 33 + 13 + 2 = 48; two left: B (0.78), D (0.70)
    const noA = policyWith({ riskMultipliers: { A: 0, B: 1, C: 2, D: 4 } });
    const allocation = stratified(allocateSample({ poolCounts: pool, sampling: { count: 50 } }, noA));
    expect(allocation.sizes).toEqual({ A: 0, B: 34, C: 13, D: 3 });
    expect(allocation.steps.classes.A.reason).toBe('zero-rate');
    // …unless a minimum asks for some
    expect(allocateSample({ poolCounts: pool, sampling: { count: 50 }, minimums: { A: 4 } }, noA).sizes).toMatchObject({ A: 4 });
  });

  it('notes that fixed class ratios do not apply to a count', () => {
    const henan = policyWith({ riskRatios: { A: 0.01, B: 0.02, C: 0.1, D: 0.3 } });
    const allocation = stratified(allocateSample({ poolCounts: pool, sampling: { count: 50 } }, henan));
    expect(allocation.sizes).toEqual({ A: 20, B: 20, C: 8, D: 2 });
    expect(allocation.steps.lines.filter((line) => /^注：按数量抽取时按倍数分配，政策 test 规定的各类别抽查比例（.+）只用于按比例抽取$/.test(line))).toHaveLength(1);
  });

  it('spreads a count in proportion to the classes when the policy sets no multiplier (henan2021)', () => {
    // weights = counts: 1000 : 500 : 100 : 10 of 50 → 31.06, 15.53, 3.11, 0.31 → 31, 15, 3, 0 + largest remainder 1 → B (0.53)
    const allocation = stratified(allocateSample({ poolCounts: pool, sampling: { count: 50 } }, henan2021));
    expect(allocation.sizes).toEqual({ A: 31, B: 16, C: 3, D: 0 });
    expect(allocation.steps.classes.A.multiplier).toBe(1);
    expect(allocation.steps.lines[1]).toBe('政策 henan2021 未规定各类别倍数，按可抽取对象数等比例分配（倍数均按 1 计）');
  });

  it('rejects counts it cannot meet', () => {
    expect(errorOf(() => allocateSample({ poolCounts: pool, sampling: { count: 1611 } }, zhejiang2023))).toMatchObject({ code: 'SAMPLE_TOO_LARGE', path: ['sampling', 'count'] });
    // multiplier 0 for A leaves B + C + D = 610 drawable
    const noA = policyWith({ riskMultipliers: { A: 0, B: 1, C: 2, D: 4 } });
    expect(errorOf(() => allocateSample({ poolCounts: pool, sampling: { count: 611 } }, noA))).toMatchObject({ code: 'SAMPLE_TOO_LARGE', path: ['sampling', 'count'] });
    expect(allocateSample({ poolCounts: pool, sampling: { count: 610 } }, noA).sizes).toEqual({ A: 0, B: 500, C: 100, D: 10 });
    // full coverage of C (100) and D (10) need 110 > 50
    expect(errorOf(() => allocateSample({ poolCounts: pool, sampling: { count: 50 }, fullCoverage: ['C', 'D'] }, zhejiang2023))).toMatchObject({
      code: 'INVALID_ALLOCATION',
      path: ['sampling', 'count'],
    });
  });
});

describe('allocateSample — unstratified mode', () => {
  it('returns one total and no sizes', () => {
    // ⌈1610 × 3%⌉ = ⌈48.3⌉ = 49
    const allocation = allocateSample({ poolCounts: pool, sampling: { ratio: 0.03, riskAllocation: false } }, zhejiang2023);
    expect(allocation).toMatchObject({ mode: 'unstratified', total: 49, poolSize: 1610 });
    expect(allocation.sizes).toBeUndefined();
    expect(allocation.steps.lines[1]).toBe('不分层抽取：1610户 × 3%，向上取整为 49户');
    expect(allocateSample({ poolCounts: pool, sampling: { count: 20, riskAllocation: false } }, zhejiang2023).total).toBe(20);
    expect(AllocationSchema.parse(allocation)).toEqual(allocation);
  });

  it('refuses per-class rules without risk allocation', () => {
    expect(errorOf(() => allocateSample({ poolCounts: pool, sampling: { ratio: 0.03, riskAllocation: false }, minimums: { D: 1 } }, zhejiang2023))).toMatchObject({
      code: 'INVALID_ALLOCATION',
      path: ['minimums'],
    });
    expect(errorOf(() => allocateSample({ poolCounts: pool, sampling: { ratio: 0.03, riskAllocation: false }, fullCoverage: ['D'] }, zhejiang2023))).toMatchObject({
      code: 'INVALID_ALLOCATION',
      path: ['fullCoverage'],
    });
    expect(errorOf(() => allocateSample({ poolCounts: pool, sampling: { count: 1611, riskAllocation: false } }, zhejiang2023))).toMatchObject({ code: 'SAMPLE_TOO_LARGE' });
  });
});

describe('allocateSample — bad input', () => {
  const cases: [string, unknown, string, unknown[]][] = [
    ['negative count', { poolCounts: { A: -1 }, sampling: { ratio: 0.03 } }, 'INVALID_INPUT', ['poolCounts', 'A']],
    ['fractional count', { poolCounts: { B: 1.5 }, sampling: { ratio: 0.03 } }, 'INVALID_INPUT', ['poolCounts', 'B']],
    ['unknown class in counts', { poolCounts: { E: 1 }, sampling: { ratio: 0.03 } }, 'UNKNOWN_STRATUM', ['poolCounts', 'E']],
    ['unknown class in minimums', { poolCounts: pool, sampling: { ratio: 0.03 }, minimums: { X: 1 } }, 'UNKNOWN_STRATUM', ['minimums', 'X']],
    ['negative minimum', { poolCounts: pool, sampling: { ratio: 0.03 }, minimums: { D: -1 } }, 'INVALID_INPUT', ['minimums', 'D']],
    ['unknown class in full coverage', { poolCounts: pool, sampling: { ratio: 0.03 }, fullCoverage: ['Z'] }, 'UNKNOWN_STRATUM', ['fullCoverage', 0]],
    ['ratio above 1', { poolCounts: pool, sampling: { ratio: 1.5 } }, 'INVALID_INPUT', ['sampling', 'ratio']],
    ['ratio 0', { poolCounts: pool, sampling: { ratio: 0 } }, 'INVALID_INPUT', ['sampling', 'ratio']],
    ['ratio and count', { poolCounts: pool, sampling: { ratio: 0.1, count: 3 } }, 'INVALID_INPUT', ['sampling', 'ratio']],
    ['negative total', { poolCounts: pool, sampling: { count: -3 } }, 'INVALID_INPUT', ['sampling', 'count']],
    ['count above the pool', { poolCounts: pool, sampling: { count: 2000 } }, 'SAMPLE_TOO_LARGE', ['sampling', 'count']],
    ['missing pool counts', { sampling: { ratio: 0.03 } }, 'INVALID_INPUT', ['poolCounts']],
  ];
  for (const [name, request, code, path] of cases) {
    it(`${name} → ${code}`, () => {
      const error = errorOf(() => allocateSample(request as unknown as AllocationRequestInput, zhejiang2023));
      expect(error).toMatchObject({ code, path });
      expect((error as unknown as Error).name).toBe('ShuangsuijiError');
    });
  }

  it('bad policy → INVALID_POLICY', () => {
    const policy = { ...zhejiang2023, riskMultipliers: { A: -1, B: 1, C: 2, D: 4 } };
    expect(errorOf(() => allocateSample({ poolCounts: pool, sampling: { ratio: 0.03 } }, policy))).toMatchObject({
      code: 'INVALID_POLICY',
      path: ['policy', 'riskMultipliers', 'A'],
    });
  });

  it('no policy → MISSING_ARGUMENT naming it, never a preset', () => {
    expect(errorOf(() => allocateSample({ poolCounts: pool, sampling: { ratio: 0.03 } }, undefined as never))).toMatchObject({
      code: 'MISSING_ARGUMENT',
      path: ['policy'],
    });
  });
});
