import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { zhejiang2023 } from '../../src/presets/index.js';
import { ratioSampleSize, requiredRate } from '../../src/risk/index.js';

describe('requiredRate', () => {
  it('answers the plan question in integers', () => {
    // ⌈3% × 10000⌉ = 300; other tasks reach 200 → 100 needed from a pool of 2000 → 100/2000 = 0.05
    expect(requiredRate({ enterprises: 10_000, alreadyCovered: 200, poolSize: 2000 }, zhejiang2023)).toEqual({
      target: 0.03,
      targetCount: 300,
      needed: 100,
      ratio: 0.05,
      sampleSize: 100,
      reachable: true,
      shortfall: 0,
      message: '企业 10000户 × 3%（政策 zhejiang2023，通知·一）= 应抽查 300户，其他任务已覆盖 200户，本任务还需 100户；抽查范围 2000户，抽查比例 5%',
    });
  });

  it('picks the shortest ratio that draws exactly the needed count', () => {
    // ⌈3% × 1001⌉ = ⌈30.03⌉ = 31 needed from 1000: any r in (0.030, 0.031] gives 31 → 0.031
    const answer = requiredRate({ enterprises: 1001, alreadyCovered: 0, poolSize: 1000 }, zhejiang2023);
    expect(answer).toMatchObject({ targetCount: 31, needed: 31, ratio: 0.031, sampleSize: 31 });
    // 1 needed from 7: (0, 1/7 = 0.1428…] → 0.1 (⌈0.7⌉ = 1)
    expect(requiredRate({ enterprises: 10, alreadyCovered: 0, poolSize: 7, target: 0.1 }, zhejiang2023).ratio).toBe(0.1);
    // 2 needed from 3: (1/3, 2/3] → 0.6 (⌈1.8⌉ = 2)
    expect(requiredRate({ enterprises: 20, alreadyCovered: 0, poolSize: 3, target: 0.1 }, zhejiang2023).ratio).toBe(0.6);
  });

  it('for any input the ratio draws exactly the needed count', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 0, max: 1000 }), (enterprises, poolSize, permille) => {
        const answer = requiredRate({ enterprises, alreadyCovered: 0, poolSize, target: permille / 1000 }, zhejiang2023);
        if (answer.reachable) {
          expect(ratioSampleSize(answer.ratio, poolSize)).toBe(answer.needed);
          expect(Math.ceil(answer.ratio * poolSize - 1e-9) + 0).toBe(answer.needed); // + 0 turns -0 into 0
        } else {
          expect(answer.shortfall).toBe(answer.needed - poolSize);
        }
      }),
    );
  });

  it('needs nothing when the others already reach the target', () => {
    expect(requiredRate({ enterprises: 10_000, alreadyCovered: 400, poolSize: 2000 }, zhejiang2023)).toMatchObject({ needed: 0, ratio: 0, sampleSize: 0, reachable: true });
  });

  it('flags a target even the whole pool cannot reach', () => {
    // 300 needed, pool 250: ratio 1 draws 250, 50 short
    const answer = requiredRate({ enterprises: 10_000, alreadyCovered: 0, poolSize: 250 }, zhejiang2023);
    expect(answer).toMatchObject({ needed: 300, ratio: 1, sampleSize: 250, reachable: false, shortfall: 50 });
    expect(answer.message).toContain('全部抽取仍差 50户');
  });

  it('takes the target from the policy or the request', () => {
    const policy = { ...zhejiang2023, enterpriseInspectionRate: 0.05 };
    expect(requiredRate({ enterprises: 1000, alreadyCovered: 0, poolSize: 1000 }, policy).needed).toBe(50);
    expect(requiredRate({ enterprises: 1000, alreadyCovered: 0, poolSize: 1000, target: 0.07 }, policy).needed).toBe(70); // 7% × 1000 = 70, not 71
  });

  it('rejects bad input', () => {
    const cases: [unknown, string, unknown[]][] = [
      [{ enterprises: -1, alreadyCovered: 0, poolSize: 1 }, 'INVALID_INPUT', ['enterprises']],
      [{ enterprises: 10, alreadyCovered: 11, poolSize: 1 }, 'INVALID_INPUT', ['alreadyCovered']],
      [{ enterprises: 10, alreadyCovered: 0, poolSize: 1.5 }, 'INVALID_INPUT', ['poolSize']],
      [{ enterprises: 10, alreadyCovered: 0, poolSize: 1, target: 2 }, 'INVALID_INPUT', ['target']],
    ];
    for (const [request, code, path] of cases) {
      expect(() => requiredRate(request as never, zhejiang2023)).toThrow(expect.objectContaining({ code, path }));
    }
    expect(() => requiredRate({ enterprises: 1, alreadyCovered: 0, poolSize: 1 }, { id: 'x' } as never)).toThrow(expect.objectContaining({ code: 'INVALID_POLICY' }));
  });
});
