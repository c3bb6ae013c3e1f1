import { describe, it, expect } from 'vitest';
import { PolicySchema, zhejiang2023 } from '../../src/policy/index.js';

/** Fields that describe the policy rather than set a rule. */
const DESCRIPTIVE = ['id', 'name', 'year', 'sources'];

describe('zhejiang2023', () => {
  it('is a valid, frozen policy', () => {
    expect(PolicySchema.parse(zhejiang2023)).toEqual(zhejiang2023);
    expect(Object.isFrozen(zhejiang2023)).toBe(true);
  });

  it('cites a source for every rule field of the schema, set or not', () => {
    const fields = Object.keys(PolicySchema.shape).filter((field) => !DESCRIPTIVE.includes(field));
    expect(fields.filter((field) => !(zhejiang2023.sources[field] ?? '').length)).toEqual([]);
    expect(Object.keys(zhejiang2023.sources).filter((field) => !fields.includes(field))).toEqual([]);
  });

  it('cites the notice’s clause for every number the notice gives', () => {
    const clauses: Record<string, [unknown, string]> = {
      enterpriseInspectionRate: [0.03, '通知·一'],
      itemCoverage: [1, '通知·一'],
      doubleRandomShare: [0.4, '通知·一'],
      riskApplicationRate: [1, '通知·二'],
      lowRiskMaxChecksPerYear: [2, '通知·二'],
      jointShare: [0.3, '通知·三'],
      mobileEnforcementRate: [1, '通知·四'],
      publicationRate: [1, '通知·四'],
      followUpRate: [1, '通知·四'],
      issueDay: [5, '通知·一'],
      generalItemCount: [7, '通知·一'],
      completionDeadline: ['10-31', '通知·四'],
    };
    for (const [field, [value, clause]] of Object.entries(clauses)) {
      expect((zhejiang2023 as Record<string, unknown>)[field], field).toEqual(value);
      expect(zhejiang2023.sources[field]?.startsWith(clause), field).toBe(true);
    }
  });

  it('marks practice defaults the notice does not give as (verify)', () => {
    for (const field of ['publicationWorkingDays', 'unclassifiedRiskClass', 'excludedStatuses', 'inspectorMaxLoad', 'riskRatios']) {
      expect(zhejiang2023.sources[field], field).toMatch(/\(verify\)/);
    }
  });
});
