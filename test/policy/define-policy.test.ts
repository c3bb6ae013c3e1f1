import { describe, it, expect } from 'vitest';
import { definePolicy, zhejiang2023, type Policy } from '../../src/policy/index.js';
import { ShuangsuijiError } from '../../src/core/index.js';
import { errorOf } from '../support/error-of.js';


describe('definePolicy', () => {
  it('returns the base, validated and frozen, when nothing is overridden', () => {
    const policy = definePolicy();
    expect(policy).toEqual(zhejiang2023);
    expect(policy).not.toBe(zhejiang2023);
    expect(Object.isFrozen(policy)).toBe(true);
    expect(Object.isFrozen(policy.riskMultipliers)).toBe(true);
    expect(Object.isFrozen(policy.sources)).toBe(true);
  });

  it('replaces top-level fields and arrays', () => {
    const policy = definePolicy({ jointShare: 0.35, lowRiskClasses: ['A', 'B'] });
    expect(policy.jointShare).toBe(0.35);
    expect(policy.lowRiskClasses).toEqual(['A', 'B']);
    expect(policy.enterpriseInspectionRate).toBe(0.03);
  });

  it('merges the per-class maps', () => {
    expect(definePolicy({ riskMultipliers: { C: 3 } }).riskMultipliers).toEqual({ A: 0.5, B: 1, C: 3, D: 4 });
    // zhejiang2023 has no riskRatios: the override is taken as given
    expect(definePolicy({ riskRatios: { D: 0.3 } }).riskRatios).toEqual({ D: 0.3 });
    const henan = definePolicy({ riskRatios: { A: 0.01, B: 0.02, C: 0.1, D: 0.3 } });
    expect(definePolicy({ riskRatios: { D: 0.5 } }, henan).riskRatios).toEqual({ A: 0.01, B: 0.02, C: 0.1, D: 0.5 });
  });

  it('marks a changed value that has no source of its own, and keeps a source given', () => {
    const policy = definePolicy({ jointShare: 0.35, issueDay: 5, sources: { lowRiskMaxChecksPerYear: '本省规定' }, lowRiskMaxChecksPerYear: 1 });
    expect(policy.sources['jointShare']).toBe('未注明出处（覆盖 zhejiang2023 的取值）');
    expect(policy.sources['issueDay']).toBe('通知·一：在每个月5日前下发任务'); // unchanged value keeps its clause
    expect(policy.sources['lowRiskMaxChecksPerYear']).toBe('本省规定');
    expect(policy.sources['itemCoverage']).toBe(zhejiang2023.sources['itemCoverage']);
  });

  it('derives from another base', () => {
    const base = definePolicy({ id: 'province-x', name: '某省', jointShare: 0.4 });
    const policy = definePolicy({ issueDay: 10 }, base);
    expect([policy.id, policy.jointShare, policy.issueDay]).toEqual(['province-x', 0.4, 10]);
  });

  it('does not mutate its inputs', () => {
    const overrides = { riskMultipliers: { C: 3 } };
    definePolicy(overrides);
    expect(overrides).toEqual({ riskMultipliers: { C: 3 } });
    expect(zhejiang2023.riskMultipliers.C).toBe(2);
  });

  it.each<[string, object, PropertyKey[]]>([
    ['a share above 1', { jointShare: 1.5 }, ['jointShare']],
    ['a negative share', { itemCoverage: -0.1 }, ['itemCoverage']],
    ['a negative cap', { lowRiskMaxChecksPerYear: -1 }, ['lowRiskMaxChecksPerYear']],
    ['a fractional cap', { inspectorsPerSubject: 1.5 }, ['inspectorsPerSubject']],
    ['an issue day of 29', { issueDay: 29 }, ['issueDay']],
    ['an unknown deferral', { issueDeferral: 'later' }, ['issueDeferral']],
    ['a deadline that is not MM-DD', { completionDeadline: '10/31' }, ['completionDeadline']],
    ['a deadline that is no day of the year', { completionDeadline: '04-31' }, ['completionDeadline']],
    ['a negative multiplier', { riskMultipliers: { D: -1 } }, ['riskMultipliers', 'D']],
    ['a ratio above 1', { riskRatios: { D: 2 } }, ['riskRatios', 'D']],
    ['an unknown risk class', { riskMultipliers: { E: 2 } }, ['riskMultipliers', 'E']],
    ['an unknown class in riskRatios', { riskRatios: { a: 0.1 } }, ['riskRatios', 'a']],
    ['a misspelt field', { jointshare: 0.5 }, ['jointshare']],
    ['a low-risk class that is not one', { lowRiskClasses: ['E'] }, ['lowRiskClasses', 0]],
    ['no low-risk class', { lowRiskClasses: [] }, ['lowRiskClasses']],
    ['an unknown status', { excludedStatuses: ['closed'] }, ['excludedStatuses', 0]],
    ['multipliers that are not an object', { riskMultipliers: 2 }, ['riskMultipliers']],
    ['sources that are not strings', { sources: { jointShare: 3 } }, ['sources', 'jointShare']],
  ])('rejects %s with INVALID_POLICY at its path', (_label, overrides, path) => {
    const error = errorOf(() => definePolicy(overrides as never));
    expect(error).toMatchObject({ code: 'INVALID_POLICY', path });
    expect(error.message).toMatch(/政策参数/);
  });

  it('rejects overrides that are not an object, and an invalid base under path base', () => {
    expect(errorOf(() => definePolicy(null as never))).toMatchObject({ code: 'INVALID_POLICY', path: [] });
    expect(errorOf(() => definePolicy({}, { ...zhejiang2023, jointShare: 2 } as Policy))).toMatchObject({ code: 'INVALID_POLICY', path: ['base', 'jointShare'] });
  });

  it('accepts 02-29 as a deadline (it exists in leap years)', () => {
    expect(definePolicy({ completionDeadline: '02-29' }).completionDeadline).toBe('02-29');
  });
});
