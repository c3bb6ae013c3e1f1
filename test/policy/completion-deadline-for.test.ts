import { describe, it, expect } from 'vitest';
import { completionDeadlineFor, definePolicy } from '../../src/policy/index.js';
import { national, zhejiang2023 } from '../../src/presets/index.js';
import { ShuangsuijiError } from '../../src/core/index.js';
import { errorOf } from '../support/error-of.js';


describe('completionDeadlineFor (通知·四 10月底前)', () => {
  it('puts the policy’s MM-DD in the year', () => {
    expect(completionDeadlineFor(zhejiang2023, 2023)).toBe('2023-10-31');
    expect(completionDeadlineFor(zhejiang2023, 2024)).toBe('2024-10-31');
    expect(completionDeadlineFor(definePolicy({ completionDeadline: '12-15' }, zhejiang2023), 2025)).toBe('2025-12-15');
  });

  it('falls back to 28 February for a 02-29 deadline in a common year', () => {
    const policy = definePolicy({ completionDeadline: '02-29' }, zhejiang2023);
    expect(completionDeadlineFor(policy, 2024)).toBe('2024-02-29');
    expect(completionDeadlineFor(policy, 2023)).toBe('2023-02-28');
  });

  it('rejects a bad year (INVALID_INPUT) and a policy without a valid deadline (INVALID_POLICY)', () => {
    expect(errorOf(() => completionDeadlineFor(zhejiang2023, 2023.5))).toMatchObject({ code: 'INVALID_INPUT', path: ['year'] });
    expect(errorOf(() => completionDeadlineFor(zhejiang2023, 1999))).toMatchObject({ code: 'INVALID_INPUT', path: ['year'] });
    expect(errorOf(() => completionDeadlineFor({ ...zhejiang2023, completionDeadline: '13-01' }, 2023))).toMatchObject({
      code: 'INVALID_POLICY',
      path: ['policy', 'completionDeadline'],
    });
    expect(errorOf(() => completionDeadlineFor({ ...zhejiang2023, completionDeadline: '02-30' }, 2023))).toMatchObject({ code: 'INVALID_POLICY' });
    expect(errorOf(() => completionDeadlineFor(null as never, 2023))).toMatchObject({ code: 'MISSING_ARGUMENT', path: ['policy'] });
  });

  it('gives the end of the plan year for a policy that sets no deadline', () => {
    expect(national.completionDeadline).toBeUndefined();
    expect(completionDeadlineFor(national, 2023)).toBe('2023-12-31');
  });
});
