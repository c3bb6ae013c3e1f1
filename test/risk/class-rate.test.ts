import { describe, it, expect } from 'vitest';
import { ClassRatiosSchema, classMultiplier, classRate } from '../../src/risk/index.js';
import { SamplingSchema } from '../../src/plan/index.js';
import { henan2021, lindian2024, national, zhejiang2023 } from '../../src/presets/index.js';
import { errorOf } from '../support/error-of.js';

const base = { ratio: 0.03, riskAllocation: true };

describe('classRate: where a class\'s ratio comes from', () => {
  it('the task\'s own, the policy\'s fixed ratio, base × multiplier, or the base', () => {
    expect(classRate({ ...base, classRatios: { D: 0.8 } }, henan2021, 'D')).toMatchObject({ kind: 'task', ratio: { num: 8n, den: 10n } });
    expect(classRate(base, henan2021, 'D')).toMatchObject({ kind: 'policy-ratio', ratio: { num: 3n, den: 10n } });
    expect(classRate(base, henan2021, 'D').text).toBe('（政策规定的该类抽查比例，郑州日报（2021）：“其中高风险企业抽查比例为30%”）');
    expect(classRate(base, zhejiang2023, 'D')).toMatchObject({ kind: 'multiplier', multiplier: 4, capped: false, text: '（基础比例 3% × 倍数 4）' });
    expect(classRate(base, lindian2024, 'D')).toMatchObject({ kind: 'base', multiplier: 1, text: '（基础比例，政策 lindian2024 未规定该类倍数）' });
    expect(classRate({ ratio: 0.3, riskAllocation: true }, zhejiang2023, 'D')).toMatchObject({ capped: true, ratio: { num: 1n, den: 1n } });
  });

  it('a class without a multiplier is weighted 1', () => {
    expect(classMultiplier(zhejiang2023, 'D')).toEqual({ value: 4, set: true });
    expect(classMultiplier(national, 'D')).toEqual({ value: 1, set: false });
  });

  it('rejects a missing policy and an unknown class', () => {
    expect(errorOf(() => classRate(base, undefined as never, 'A'))).toMatchObject({ code: 'MISSING_ARGUMENT', path: ['policy'] });
    expect(errorOf(() => classRate(base, zhejiang2023, 'E' as never))).toMatchObject({ code: 'UNKNOWN_STRATUM' });
  });
});

describe('SamplingSchema with classRatios', () => {
  it('takes a task\'s own ratios with a base ratio only', () => {
    expect(SamplingSchema.parse({ ratio: 0.05, classRatios: { D: 0.8 } }).classRatios).toEqual({ D: 0.8 });
    expect(SamplingSchema.safeParse({ count: 30, classRatios: { D: 0.8 } }).success).toBe(false);
    expect(SamplingSchema.safeParse({ ratio: 0.05, riskAllocation: false, classRatios: { D: 0.8 } }).success).toBe(false);
    expect(ClassRatiosSchema.safeParse({ E: 0.1 }).success).toBe(false);
  });
});
