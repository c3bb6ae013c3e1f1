import { describe, it, expect } from 'vitest';
import { definePolicy, fieldSource, type Policy } from '../../src/policy/index.js';
import { national, zhejiang2023 } from '../../src/presets/index.js';
import { errorOf } from '../support/error-of.js';

describe('definePolicy', () => {
  it('needs a base: there is no default policy', () => {
    expect(errorOf(() => definePolicy({ jointShare: 0.35 }, undefined as never))).toMatchObject({ code: 'MISSING_ARGUMENT', path: ['base'] });
  });

  it('returns the base, validated and frozen, when nothing is overridden', () => {
    const policy = definePolicy({}, zhejiang2023);
    expect(policy).toEqual(zhejiang2023);
    expect(policy).not.toBe(zhejiang2023);
    expect(Object.isFrozen(policy)).toBe(true);
    expect(Object.isFrozen(policy.riskMultipliers)).toBe(true);
    expect(Object.isFrozen(policy.sources)).toBe(true);
  });

  it('replaces top-level fields and arrays', () => {
    const policy = definePolicy({ jointShare: 0.35, lowRiskClasses: ['A', 'B'] }, zhejiang2023);
    expect(policy.jointShare).toBe(0.35);
    expect(policy.lowRiskClasses).toEqual(['A', 'B']);
    expect(policy.enterpriseInspectionRate).toBe(0.03);
  });

  it('merges the per-class maps', () => {
    expect(definePolicy({ riskMultipliers: { C: 3 } }, zhejiang2023).riskMultipliers).toEqual({ A: 0.5, B: 1, C: 3, D: 4 });
    // zhejiang2023 has no riskRatios: the override is taken as given
    expect(definePolicy({ riskRatios: { D: 0.3 } }, zhejiang2023).riskRatios).toEqual({ D: 0.3 });
    const henan = definePolicy({ riskRatios: { A: 0.01, B: 0.02, C: 0.1, D: 0.3 } }, zhejiang2023);
    expect(definePolicy({ riskRatios: { D: 0.5 } }, henan).riskRatios).toEqual({ A: 0.01, B: 0.02, C: 0.1, D: 0.5 });
  });

  it('keeps every field\'s source: untouched fields keep the base\'s, set fields take the layer\'s, changes without one are marked', () => {
    const policy = definePolicy(
      { id: 'district', jointShare: 0.35, issueDay: 5, lowRiskMaxChecksPerYear: 1, sources: { lowRiskMaxChecksPerYear: '本省规定' } },
      zhejiang2023,
    );
    expect(policy.sources.jointShare).toEqual({ status: 'unsourced', ref: '未注明出处', note: '覆盖 zhejiang2023 的取值', setBy: 'district' });
    expect(policy.sources.issueDay).toEqual(zhejiang2023.sources.issueDay); // unchanged value keeps its clause
    expect(policy.sources.lowRiskMaxChecksPerYear).toEqual({ status: 'sourced', ref: '本省规定', setBy: 'district' });
    expect(policy.sources.itemCoverage).toEqual(zhejiang2023.sources.itemCoverage);
    expect(policy.sources.inspectorsPerSubject?.setBy).toBe('national'); // inherited through zhejiang2023 from the national base
  });

  it('cites a per-class value per class, so the other classes keep their source', () => {
    const policy = definePolicy({ id: 'x', riskMultipliers: { D: 5 }, sources: { 'riskMultipliers.D': '本局规定：D类 5 倍' } }, zhejiang2023);
    expect(fieldSource(policy, 'riskMultipliers', 'D')).toEqual({ status: 'sourced', ref: '本局规定：D类 5 倍', setBy: 'x' });
    expect(fieldSource(policy, 'riskMultipliers', 'A')).toEqual(zhejiang2023.sources.riskMultipliers);
  });

  it('removes a base value with a source of status unset', () => {
    const policy = definePolicy({ id: 'x', sources: { jointShare: { status: 'unset', ref: '本局通知未规定' } } }, zhejiang2023);
    expect(policy.jointShare).toBeUndefined();
    expect(policy.sources.jointShare).toMatchObject({ status: 'unset', setBy: 'x' });
    const noD = definePolicy({ id: 'y', sources: { 'riskMultipliers.D': { status: 'unset', ref: '未规定' } } }, zhejiang2023);
    expect(noD.riskMultipliers).toEqual({ A: 0.5, B: 1, C: 2 });
  });

  it('records the lineage of layers, national first', () => {
    const province = definePolicy({ id: 'province-x', name: '某省', jointShare: 0.4 }, national);
    const district = definePolicy({ id: 'district-y', issueDay: 10, issueDeferral: 'none' }, province);
    expect(district.lineage).toEqual(['national', 'province-x', 'district-y']);
    expect([district.id, district.jointShare, district.issueDay]).toEqual(['district-y', 0.4, 10]);
    expect(definePolicy({ issueDay: 6 }, district).lineage).toEqual(['national', 'province-x', 'district-y']);
  });

  it('does not mutate its inputs', () => {
    const overrides = { riskMultipliers: { C: 3 } };
    definePolicy(overrides, zhejiang2023);
    expect(overrides).toEqual({ riskMultipliers: { C: 3 } });
    expect(zhejiang2023.riskMultipliers?.C).toBe(2);
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
    ['a range whose minimum is above its maximum', { riskRanges: { B: { min: 0.3, max: 0.2 } } }, ['riskRanges', 'B', 'min']],
    ['an unknown risk class', { riskMultipliers: { E: 2 } }, ['riskMultipliers', 'E']],
    ['an unknown class in riskRatios', { riskRatios: { a: 0.1 } }, ['riskRatios', 'a']],
    ['a misspelt field', { jointshare: 0.5 }, ['jointshare']],
    ['a low-risk class that is not one', { lowRiskClasses: ['E'] }, ['lowRiskClasses', 0]],
    ['no low-risk class', { lowRiskClasses: [] }, ['lowRiskClasses']],
    ['an unknown status', { excludedStatuses: ['closed'] }, ['excludedStatuses', 0]],
    ['multipliers that are not an object', { riskMultipliers: 2 }, ['riskMultipliers']],
    ['a source that is neither text nor a source', { sources: { jointShare: 3 } }, ['sources', 'jointShare']],
    ['a source with an unknown status', { sources: { jointShare: { status: 'verified', ref: 'x' } } }, ['sources', 'jointShare', 'status']],
    ['a source of an unknown field', { sources: { jointshare: 'x' } }, ['sources', 'jointshare']],
    ['an unknown publication start', { publicationStart: 'published' }, ['publicationStart']],
  ])('rejects %s with INVALID_POLICY at its path', (_label, overrides, path) => {
    const error = errorOf(() => definePolicy(overrides as never, zhejiang2023));
    expect(error).toMatchObject({ code: 'INVALID_POLICY', path });
    expect(error.message).toMatch(/政策参数|字段出处/);
  });

  it('rejects an issue day without its deferral rule, and a cap without its classes', () => {
    expect(errorOf(() => definePolicy({ issueDay: 10 }, national))).toMatchObject({ code: 'INVALID_POLICY', path: ['issueDeferral'] });
    expect(errorOf(() => definePolicy({ lowRiskMaxChecksPerYear: 1 }, national))).toMatchObject({ code: 'INVALID_POLICY', path: ['lowRiskClasses'] });
  });

  it('rejects overrides that are not an object, and an invalid base under path base', () => {
    expect(errorOf(() => definePolicy(null as never, zhejiang2023))).toMatchObject({ code: 'INVALID_POLICY', path: [] });
    expect(errorOf(() => definePolicy({}, { ...zhejiang2023, jointShare: 2 } as Policy))).toMatchObject({ code: 'INVALID_POLICY', path: ['base', 'jointShare'] });
  });

  it('accepts 02-29 as a deadline (it exists in leap years)', () => {
    expect(definePolicy({ completionDeadline: '02-29' }, zhejiang2023).completionDeadline).toBe('02-29');
  });
});
