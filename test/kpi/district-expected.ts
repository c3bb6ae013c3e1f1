import { expect } from 'vitest';
import type { KpiReport } from '../../src/kpi/index.js';

/**
 * The district's totals worked out by hand (see district-fixture.ts and compute-kpis.test.ts), so the
 * "equals one pass" tests do not only compare the accumulator with itself.
 */
export function expectDistrict(report: KpiReport): void {
  expect(report.records).toBe(81);
  expect(report.ignoredAfterAsOf).toBe(1);
  expect(report.totals).toMatchObject({
    checks: 80,
    doubleRandomChecks: 50,
    mobileChecks: 78,
    randomChecks: 50,
    jointRandomChecks: 15,
    resultsFormed: 50,
    problemsFound: 7,
    problemsFollowedUp: 5,
    resultsDue: 40,
    resultsPublished: 39,
    resultsPublishedInTime: 38,
    resultsOverdue: 1,
    resultsLate: 1,
  });
  expect(report.indicators.find((i) => i.id === 'enterpriseInspectionRate')).toMatchObject({ numerator: 35, denominator: 1000 });
  expect(report.lowRiskOverCap).toEqual([]);
  expect(report.byRiskClass.map((r) => r.checks)).toEqual([5, 25, 10, 5, 5]);
}
