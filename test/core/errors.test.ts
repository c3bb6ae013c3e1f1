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

describe('isShuangsuijiError across copies and realms', () => {
  const brand = Symbol.for('shuangsuiji.ShuangsuijiError');

  it('recognises an error of another copy of the library by its registered brand, not by class', () => {
    // What another copy (the CommonJS build, another version) throws: its own class, the same brand.
    class OtherCopyError extends Error {
      readonly code = 'EMPTY_SEED';
      readonly path = ['seed'];
      constructor() {
        super('随机种子不能为空');
        Object.defineProperty(this, brand, { value: true });
      }
    }
    const foreign = new OtherCopyError();
    expect(isShuangsuijiError(foreign)).toBe(true);
    expect(isShuangsuijiError(foreign, 'EMPTY_SEED')).toBe(true);
    expect(isShuangsuijiError(foreign, 'INVALID_INPUT')).toBe(false);
    expect(foreign instanceof ShuangsuijiError).toBe(true);
    // and what this copy throws carries the brand for the others, hidden from enumeration
    const own = new ShuangsuijiError('EMPTY_SEED');
    expect((own as unknown as Record<symbol, unknown>)[brand]).toBe(true);
    expect(Object.keys(own)).not.toContain(brand);
    expect(JSON.stringify(own)).not.toContain('shuangsuiji.ShuangsuijiError');
  });

  it('is not fooled by look-alikes: a code and a name without the brand, a truthy brand that is not true', () => {
    const lookalike = Object.assign(new Error('x'), { name: 'ShuangsuijiError', code: 'EMPTY_SEED', path: [] });
    expect(isShuangsuijiError(lookalike)).toBe(false);
    expect(lookalike instanceof ShuangsuijiError).toBe(false);
    expect(isShuangsuijiError({ [brand]: 'yes', code: 'EMPTY_SEED' })).toBe(false);
    for (const value of [null, undefined, 0, 'ShuangsuijiError', Symbol('x')]) expect(isShuangsuijiError(value)).toBe(false);
  });

  it('keeps instanceof exact for a subclass', () => {
    class LocalError extends ShuangsuijiError {}
    const local = new LocalError('INVALID_INPUT');
    expect(local instanceof LocalError).toBe(true);
    expect(local instanceof ShuangsuijiError).toBe(true);
    expect(new ShuangsuijiError('INVALID_INPUT') instanceof LocalError).toBe(false);
    expect(isShuangsuijiError(local, 'INVALID_INPUT')).toBe(true);
  });

  it('recognises an error thrown by the library loaded in another realm (a vm context)', async () => {
    const { build } = await import('esbuild');
    const { runInNewContext } = await import('node:vm');
    const bundle = await build({
      entryPoints: [new URL('../../src/index.ts', import.meta.url).pathname],
      bundle: true,
      format: 'iife',
      globalName: 'shuangsuiji',
      platform: 'neutral',
      mainFields: ['module', 'main'],
      write: false,
      logLevel: 'silent',
    });
    const realm: { shuangsuiji?: { drawSubjects: (input: unknown) => unknown; ShuangsuijiError: unknown } } = {};
    runInNewContext(`${bundle.outputFiles[0]!.text}; globalThis.shuangsuiji = shuangsuiji;`, realm);
    let caught: unknown;
    try {
      realm.shuangsuiji!.drawSubjects({ seed: '', taskId: 'T1', pool: ['a'], size: 1 });
    } catch (error) {
      caught = error;
    }
    expect(caught instanceof Error).toBe(false); // another realm's Error
    expect(realm.shuangsuiji!.ShuangsuijiError).not.toBe(ShuangsuijiError);
    expect(isShuangsuijiError(caught, 'EMPTY_SEED')).toBe(true);
    expect(caught instanceof ShuangsuijiError).toBe(true);
    expect((caught as ShuangsuijiError).path).toEqual(['seed']);
  });
});
