/**
 * The code of docs/development.md, run as printed there (imports from src/core/_internal).
 */
import { describe, expect, it } from 'vitest';
import { arrayArgument, badArgument, optionsArgument, stringArgument } from '../../src/core/_internal/boundary.js';
import { errorOf } from '../support/error-of.js';

export function itemsByCodes(codes: readonly string[], options: { readonly strict?: boolean } = {}): string[] {
  const list = arrayArgument(codes, { label: '抽查事项编码列表', path: ['codes'] });
  const { strict = true } = optionsArgument(options, { known: ['strict'] });
  if (typeof strict !== 'boolean') throw badArgument('布尔值', strict, { label: '选项', path: ['options', 'strict'] });
  return list.map((code, index) => stringArgument(code, { label: '抽查事项编码', path: ['codes', index] }));
}

describe('docs/development.md: the validation boundary', () => {
  it('the helper written to the convention accepts good input and names every bad field', () => {
    expect(itemsByCodes(['A99', 'B01'])).toEqual(['A99', 'B01']);
    expect(errorOf(() => itemsByCodes(new Array(2 ** 32 - 1)))).toMatchObject({ code: 'SPARSE_ARRAY', path: ['codes', 0] });
    expect(errorOf(() => itemsByCodes(['A99', 42 as never]))).toMatchObject({ code: 'INVALID_INPUT', path: ['codes', 1], message: '抽查事项编码无效（字段 codes.1）：应为 非空字符串，收到 数字 42' });
    expect(errorOf(() => itemsByCodes([], { strict: 'no' as never }))).toMatchObject({ code: 'INVALID_INPUT', path: ['options', 'strict'] });
    expect(errorOf(() => itemsByCodes([], { strikt: true } as never))).toMatchObject({ code: 'INVALID_INPUT', path: ['options', 'strikt'] });
  });
});
