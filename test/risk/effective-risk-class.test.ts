import { describe, expect, it } from 'vitest';
import { SubjectSchema } from '../../src/directory/index.js';
import { zhejiang2023 } from '../../src/presets/index.js';
import { effectiveRiskClass, higherRisk, isRiskClass, riskRank, RISK_CLASSES, RISK_CLASS_LABELS } from '../../src/risk/index.js';

const higherRiskPolicy = { ...zhejiang2023, riskFusion: 'higher-risk' as const };

describe('risk classes', () => {
  it('re-exports the four classes with their Chinese labels', () => {
    expect(RISK_CLASSES).toEqual(['A', 'B', 'C', 'D']);
    expect(RISK_CLASS_LABELS).toEqual({ A: '信用风险低', B: '信用风险一般', C: '信用风险较高', D: '信用风险高' });
  });

  it('ranks and compares classes by risk', () => {
    expect(RISK_CLASSES.map(riskRank)).toEqual([0, 1, 2, 3]);
    expect(higherRisk('A', 'C')).toBe('C');
    expect(higherRisk('D', 'B')).toBe('D');
    expect(higherRisk('B', 'B')).toBe('B');
    expect(isRiskClass('D')).toBe(true);
    expect(isRiskClass('E')).toBe(false);
    expect(isRiskClass('a')).toBe(false);
  });
});

describe('effectiveRiskClass (通用+专业)', () => {
  const subject = SubjectSchema.parse({ id: 's1', name: '某餐饮有限公司', kind: 'enterprise', riskClass: 'A', domainRiskClasses: { food: 'C' } });

  it('uses the general class without a domain', () => {
    expect(effectiveRiskClass(subject, zhejiang2023)).toBe('A');
    expect(effectiveRiskClass(subject, higherRiskPolicy)).toBe('A');
  });

  it('specialised-first: the domain class when there is one, else the general class', () => {
    expect(effectiveRiskClass(subject, zhejiang2023, 'food')).toBe('C');
    expect(effectiveRiskClass({ riskClass: 'D', domainRiskClasses: { food: 'B' } }, zhejiang2023, 'food')).toBe('B');
    expect(effectiveRiskClass(subject, zhejiang2023, 'special-equipment')).toBe('A');
  });

  it('higher-risk: the higher of general and specialised', () => {
    expect(effectiveRiskClass({ riskClass: 'D', domainRiskClasses: { food: 'B' } }, higherRiskPolicy, 'food')).toBe('D');
    expect(effectiveRiskClass({ riskClass: 'A', domainRiskClasses: { food: 'C' } }, higherRiskPolicy, 'food')).toBe('C');
    // only one of the two exists: that one (the unclassified default does not take part)
    expect(effectiveRiskClass({ domainRiskClasses: { food: 'A' } }, higherRiskPolicy, 'food')).toBe('A');
    expect(effectiveRiskClass({ riskClass: 'A' }, higherRiskPolicy, 'food')).toBe('A');
  });

  it('gives an unclassified subject policy.unclassifiedRiskClass', () => {
    expect(effectiveRiskClass({}, zhejiang2023)).toBe('B');
    expect(effectiveRiskClass({}, zhejiang2023, 'food')).toBe('B');
    expect(effectiveRiskClass({}, { riskFusion: 'specialised-first', unclassifiedRiskClass: 'C' }, 'food')).toBe('C');
  });

  it('does not read inherited properties as domains', () => {
    expect(effectiveRiskClass({ riskClass: 'A', domainRiskClasses: {} }, zhejiang2023, 'constructor')).toBe('A');
    expect(effectiveRiskClass({ riskClass: 'A', domainRiskClasses: {} }, zhejiang2023, 'toString')).toBe('A');
  });

  it('rejects bad classes, domains and policies with code and path', () => {
    const attempt = (f: () => unknown) => {
      try {
        f();
      } catch (error) {
        return error as { code: string; path: unknown[] };
      }
      throw new Error('did not throw');
    };
    expect(attempt(() => effectiveRiskClass({ riskClass: 'E' as 'A' }, zhejiang2023))).toMatchObject({ code: 'INVALID_INPUT', path: ['subject', 'riskClass'] });
    expect(attempt(() => effectiveRiskClass({ domainRiskClasses: { food: 'X' as 'A' } }, zhejiang2023, 'food'))).toMatchObject({
      code: 'INVALID_INPUT',
      path: ['subject', 'domainRiskClasses', 'food'],
    });
    expect(attempt(() => effectiveRiskClass({}, zhejiang2023, ''))).toMatchObject({ code: 'INVALID_INPUT', path: ['domain'] });
    expect(attempt(() => effectiveRiskClass(null as never, zhejiang2023))).toMatchObject({ code: 'INVALID_INPUT', path: ['subject'] });
    expect(attempt(() => effectiveRiskClass({}, { riskFusion: 'lowest' as 'higher-risk', unclassifiedRiskClass: 'B' }))).toMatchObject({
      code: 'INVALID_POLICY',
      path: ['policy', 'riskFusion'],
    });
    expect(attempt(() => effectiveRiskClass({}, { riskFusion: 'higher-risk', unclassifiedRiskClass: 'Z' as 'B' }))).toMatchObject({
      code: 'INVALID_POLICY',
      path: ['policy', 'unclassifiedRiskClass'],
    });
  });
});
