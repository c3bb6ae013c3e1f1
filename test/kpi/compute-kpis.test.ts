import { describe, it, expect } from 'vitest';
import { computeKpis, type KpiIndicator, type KpiIndicatorId, type KpiReport } from '../../src/kpi/index.js';
import { context, districtRecords } from './district-fixture.js';

const byId = (report: KpiReport, id: KpiIndicatorId): KpiIndicator => {
  const found = report.indicators.find((indicator) => indicator.id === id);
  if (found === undefined) throw new Error(`no indicator ${id}`);
  return found;
};

describe('computeKpis — the district of 1 000 enterprises (asOf 2023-10-31)', () => {
  const report = computeKpis(districtRecords(), context);

  it('counts records, the record after asOf and the phase', () => {
    // 35 (T01) + 15 (T02) + 30 (T03) + 1 after asOf = 81 records; 80 checks counted.
    expect(report.records).toBe(81);
    expect(report.ignoredAfterAsOf).toBe(1);
    expect(report.totals.checks).toBe(80);
    // asOf is the completion deadline itself (10-31) → final.
    expect(report.completionDeadline).toBe('2023-10-31');
    expect(report.phase).toBe('final');
    expect(report.elapsedShare).toBe(1);
  });

  it('enterprise share: 35 distinct enterprises of 1 000 = 3.5 % ≥ 3 %', () => {
    // T01 E001–E030 and T02 E021–E035 overlap on E021–E030: distinct E001–E035 = 35.
    // T03 (not random) E036–E065 and the individuals do not count.
    expect(byId(report, 'enterpriseInspectionRate')).toMatchObject({
      name: '抽查企业比例',
      numerator: 35,
      denominator: 1000,
      value: 0.035,
      target: 0.03,
      met: true,
      clause: '通知·一',
      source: '通知·一：“确保全年市场监管部门抽查企业比例不低于3%”',
      description: '抽查企业比例 = 被随机抽查的企业数（去重） ÷ 名录库中可抽取的企业数，目标 ≥ 3%（通知·一）',
      line: '抽查企业比例 3.5%（35/1000 户），目标 ≥ 3%，已达标（通知·一）',
      onTrack: true,
    });
  });

  it('item coverage: A99 A100 B01 (T01) + A101 (T02) = 4 of 5; B02 only in the non-random T03', () => {
    expect(byId(report, 'itemCoverage')).toMatchObject({ numerator: 4, denominator: 5, value: 0.8, target: 1, met: false });
    expect(report.uncoveredItems).toEqual(['B02']);
  });

  it('double-random share: (35 + 15) / 80 = 0.625 ≥ 0.4', () => {
    expect(byId(report, 'doubleRandomShare')).toMatchObject({ numerator: 50, denominator: 80, value: 0.625, met: true });
  });

  it('risk application: T01 all 35 applied, T02 14 of 15 → 1 of 2 random tasks; T04 has no check', () => {
    expect(byId(report, 'riskApplicationRate')).toMatchObject({ numerator: 1, denominator: 2, value: 0.5, met: false });
    expect(report.tasksWithoutRiskApplication).toEqual(['T02']);
  });

  it('joint share: 15 joint of 50 random checks = 0.3, exactly the target', () => {
    expect(byId(report, 'jointShare')).toMatchObject({ numerator: 15, denominator: 50, value: 0.3, target: 0.3, met: true });
  });

  it('mobile: 35 + 13 + 30 = 78 of 80 = 0.975 < 1', () => {
    expect(byId(report, 'mobileEnforcementRate')).toMatchObject({ numerator: 78, denominator: 80, value: 0.975, met: false });
  });

  it('publication: tasks 2 of 3 due, results 39 of 40 due → 41 / 43', () => {
    // Tasks due: T01, T02, T04 (issued by asOf); published T01, T04; T03 is not random.
    // Results of T01 (deadline 2023-04-13): 33 published 03-20, I001 published 04-14 (late), I002 never → 35 due.
    // Results of T02 (deadline 2023-11-01 > asOf): only the 5 published are due.
    expect(report.publication).toEqual({
      tasksDue: 3,
      tasksPublished: 2,
      resultsDue: 40,
      resultsPublished: 39,
      resultsPublishedInTime: 38,
      resultsOverdue: 1,
      resultsLate: 1,
      unpublishedTasks: ['T02'],
    });
    expect(byId(report, 'publicationRate')).toMatchObject({ numerator: 41, denominator: 43, value: 41 / 43, met: false });
    // In time: 33 + 5 = 38 of 40 = 0.95.
    expect(byId(report, 'timelyPublicationRate')).toMatchObject({ numerator: 38, denominator: 40, value: 0.95, met: false });
  });

  it('follow-up: problems E026–E030 (T01) and E031–E032 (T02) = 7; followed up 3 rectified + transferred + E031 = 5', () => {
    // E029 is pending; E032's listing is dated 2023-11-05, after asOf.
    expect(byId(report, 'followUpRate')).toMatchObject({ numerator: 5, denominator: 7, value: 5 / 7, met: false });
  });

  it('issue timeliness: T01 03-03 ≤ 03-06, T02 04-06 ≤ 04-06 (清明), T04 10-09 > 10-07 (国庆) → 2 of 3', () => {
    expect(byId(report, 'issueTimeliness')).toMatchObject({ numerator: 2, denominator: 3, met: false, target: 1 });
    expect(byId(report, 'issueTimeliness').value).toBe(2 / 3);
    expect(report.lateTasks).toEqual(['T04']);
  });

  it('low-risk cap: E001–E005 checked once each → 0 of 5 over the cap', () => {
    expect(byId(report, 'lowRiskOverCap')).toMatchObject({ numerator: 0, denominator: 5, value: 0, target: 0, comparison: 'at-most', met: true });
    expect(report.lowRiskOverCap).toEqual([]);
  });

  it('problem rate by risk class', () => {
    // A: E001–E005 (T01) 5; B: E006–E025 (T01) 20 + E021–E025 (T02) 5 = 25; C: E026–E030 twice = 10 with
    // 5 problems; D: E031–E035 = 5 with 2 problems; unclassified: I001–I005 = 5.
    expect(report.byRiskClass).toEqual([
      { riskClass: 'A', checks: 5, problemsFound: 0, problemRate: 0 },
      { riskClass: 'B', checks: 25, problemsFound: 0, problemRate: 0 },
      { riskClass: 'C', checks: 10, problemsFound: 5, problemRate: 0.5 },
      { riskClass: 'D', checks: 5, problemsFound: 2, problemRate: 0.4 },
      { riskClass: 'unclassified', checks: 5, problemsFound: 0, problemRate: 0 },
    ]);
  });

  it('per-department breakdown', () => {
    expect(report.byDepartment.map((d) => d.department)).toEqual(['信用监管科', '特种设备科', '餐饮科']);
    const catering = report.byDepartment.find((d) => d.department === '餐饮科');
    expect(catering).toMatchObject({
      checks: 35,
      doubleRandomChecks: 35,
      mobileChecks: 35,
      randomChecks: 35,
      jointRandomChecks: 0,
      resultsFormed: 35,
      problemsFound: 5,
      problemsFollowedUp: 4,
      resultsDue: 35,
      resultsPublished: 34,
      resultsPublishedInTime: 33,
      resultsOverdue: 1,
      resultsLate: 1,
      shares: { doubleRandomShare: 1, jointShare: 0, mobileEnforcementRate: 1, followUpRate: 0.8, resultPublicationRate: 34 / 35 },
    });
    const credit = report.byDepartment.find((d) => d.department === '信用监管科');
    expect(credit).toMatchObject({ checks: 30, doubleRandomChecks: 0, randomChecks: 0, resultsDue: 0 });
    expect(credit?.shares.jointShare).toBeNull();
  });

  it('lists every indicator once, in a fixed order', () => {
    expect(report.indicators.map((i) => i.id)).toEqual([
      'enterpriseInspectionRate',
      'itemCoverage',
      'doubleRandomShare',
      'riskApplicationRate',
      'jointShare',
      'mobileEnforcementRate',
      'publicationRate',
      'timelyPublicationRate',
      'followUpRate',
      'issueTimeliness',
      'lowRiskOverCap',
    ]);
  });

  it('does not mutate its input', () => {
    const records = districtRecords();
    const copy = structuredClone(records);
    computeKpis(records, context);
    expect(records).toEqual(copy);
  });
});

describe('computeKpis — empty input', () => {
  it('gives null values and null met for empty denominators', () => {
    const report = computeKpis([], { ...context, asOf: '2023-02-01', taskPublications: [] });
    const share = report.indicators.find((i) => i.id === 'doubleRandomShare');
    expect(share).toMatchObject({ numerator: 0, denominator: 0, value: null, met: null, onTrack: null });
    // 0 of 1 000 enterprises: value 0, not met, projected 0 → off track.
    expect(report.indicators[0]).toMatchObject({ value: 0, met: false, projected: 0, onTrack: false });
  });
});
