import { describe, expect, it } from 'vitest';
import { FindingSchema, deepFreeze, sortFindings, type Finding } from '../../src/core/index.js';

describe('Finding', () => {
  it('validates the one shape rules report with', () => {
    const finding: Finding = { ruleId: 'plan.joint-share', severity: 'error', message: '联合抽查占比不足', clause: '通知·三', tasks: ['T1'], data: { value: 0.2 } };
    expect(FindingSchema.parse(finding)).toEqual(finding);
    expect(FindingSchema.safeParse({ ...finding, severity: 'fatal' }).success).toBe(false);
  });

  it('sorts deterministically by rule, task, subject and message without mutating the input', () => {
    const a: Finding = { ruleId: 'b', severity: 'info', message: 'm', clause: '' };
    const b: Finding = { ruleId: 'a', severity: 'info', message: 'z', clause: '', tasks: ['T2'] };
    const c: Finding = { ruleId: 'a', severity: 'info', message: 'y', clause: '', tasks: ['T1'] };
    const input = [a, b, c];
    expect(sortFindings(input)).toEqual([c, b, a]);
    expect(input).toEqual([a, b, c]);
  });
});

describe('deepFreeze', () => {
  it('freezes nested objects and arrays', () => {
    const value = deepFreeze({ a: { b: [1, { c: 2 }] } });
    expect(Object.isFrozen(value.a)).toBe(true);
    expect(Object.isFrozen(value.a.b)).toBe(true);
    expect(Object.isFrozen(value.a.b[1])).toBe(true);
  });
});

describe('sortFindings input', () => {
  it('rejects a list with a non-finding with INVALID_INPUT and its path', () => {
    expect(() => sortFindings([{ ruleId: 'a', severity: 'info', message: 'm', clause: '' }, { ruleId: 'b' } as Finding])).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: [1, 'severity'] }),
    );
    expect(() => sortFindings(null as unknown as Finding[])).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});
