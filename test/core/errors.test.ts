import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ERROR_CODES, ShuangsuijiError, isShuangsuijiError, parseInput } from '../../src/core/index.js';
import { fromZodError } from '../../src/core/parse-input.js';

describe('ShuangsuijiError', () => {
  it('carries a stable code, a path, details and a Chinese default message', () => {
    const error = new ShuangsuijiError('EMPTY_SEED', undefined, { path: ['seed'], details: { seed: '' } });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ShuangsuijiError');
    expect(error.code).toBe('EMPTY_SEED');
    expect(error.path).toEqual(['seed']);
    expect(error.details).toEqual({ seed: '' });
    expect(error.message).toBe(ERROR_CODES.EMPTY_SEED);
    expect(error.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('every code is SCREAMING_SNAKE and has a Chinese description', () => {
    for (const [code, text] of Object.entries(ERROR_CODES)) {
      expect(code).toMatch(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/);
      expect(text).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('isShuangsuijiError narrows and matches codes', () => {
    const error = new ShuangsuijiError('INVALID_DATE');
    expect(isShuangsuijiError(error)).toBe(true);
    expect(isShuangsuijiError(error, 'INVALID_DATE')).toBe(true);
    expect(isShuangsuijiError(error, 'INVALID_INPUT')).toBe(false);
    expect(isShuangsuijiError(new Error('x'))).toBe(false);
  });
});

describe('parseInput / fromZodError', () => {
  const schema = z.object({ tasks: z.array(z.object({ month: z.number().int().min(1).max(12) })) });

  it('returns the parsed value and does not mutate the input', () => {
    const input = { tasks: [{ month: 3 }] };
    const frozen = structuredClone(input);
    expect(parseInput(schema, input)).toEqual(input);
    expect(input).toEqual(frozen);
  });

  it('throws a ShuangsuijiError with the zod path and a Chinese message, never a ZodError', () => {
    let caught: unknown;
    try {
      parseInput(schema, { tasks: [{ month: 3 }, { month: 13 }] }, 'INVALID_PLAN', '年度计划');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ShuangsuijiError);
    const error = caught as ShuangsuijiError;
    expect(error.code).toBe('INVALID_PLAN');
    expect(error.path).toEqual(['tasks', 1, 'month']);
    expect(error.message).toContain('年度计划无效');
    expect(error.message).toContain('tasks.1.month');
    expect(error.message).toMatch(/数值过大/);
    expect((error.details as { issues: unknown[] }).issues).toHaveLength(1);
  });

  it('uses the code a refinement names in params.code', () => {
    const refined = z.string().refine(() => false, { message: '坏', params: { code: 'INVALID_USCC' } });
    const result = refined.safeParse('x');
    expect(result.success).toBe(false);
    if (!result.success) expect(fromZodError(result.error).code).toBe('INVALID_USCC');
  });

  it('ignores an unknown code named by a refinement', () => {
    const refined = z.string().refine(() => false, { message: '坏', params: { code: 'NOT_A_CODE' } });
    expect(() => parseInput(refined, 'x', 'INVALID_INPUT')).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});

describe('parseInput guards its schema argument', () => {
  it('a non-schema is INVALID_INPUT at path schema', () => {
    expect(() => parseInput({} as unknown as z.ZodType, 1)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path: ['schema'] }));
  });
});
