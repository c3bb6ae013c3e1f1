import { describe, it, expect } from 'vitest';
import { visitId } from '../../src/merge/index.js';
import { escapeVisitIdPart } from '../../src/merge/visit-id.js';
import { thrown } from '../support/error-of.js';


describe('visitId (检查批次标识): bad input, with the messages', () => {
  it('an empty or non-string subject id', () => {
    const expected = { code: 'INVALID_INPUT', path: ['subjectId'], message: '检查对象标识应为非空字符串' };
    expect(thrown(() => visitId('', ['T01']))).toEqual(expected);
    expect(thrown(() => visitId(7 as never, ['T01']))).toEqual(expected);
    expect(thrown(() => visitId(undefined as never, ['T01']))).toEqual(expected);
  });

  it('a task list that is empty or holds an empty or non-string id, wherever it is', () => {
    const expected = { code: 'INVALID_INPUT', path: ['taskIds'], message: '任务编号应为非空字符串组成的非空数组' };
    expect(thrown(() => visitId('S1', []))).toEqual(expected);
    expect(thrown(() => visitId('S1', ['']))).toEqual(expected);
    expect(thrown(() => visitId('S1', ['T01', '']))).toEqual(expected);
    expect(thrown(() => visitId('S1', ['T01', 3 as never]))).toEqual(expected);
    expect(thrown(() => visitId('S1', [null as never, 'T01']))).toEqual(expected);
  });

  it('a task list that is not an array names the task ids', () => {
    const error = thrown(() => visitId('S1', 'T01' as never));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.path).toEqual(['taskIds']);
    expect(error.message).toContain('任务编号');
  });

  it('escapes only the three separators, one id at a time', () => {
    expect(escapeVisitIdPart('abc')).toBe('abc');
    expect(escapeVisitIdPart('%')).toBe('%25');
    expect(escapeVisitIdPart(':')).toBe('%3A');
    expect(escapeVisitIdPart('+')).toBe('%2B');
    expect(escapeVisitIdPart('a%3A')).toBe('a%253A');
    expect(escapeVisitIdPart('x+y:z%w')).toBe('x%2By%3Az%25w');
    expect(visitId('S1', ['T2', 'T10', 'T1'])).toBe('S1:T1+T10+T2');
  });
});
