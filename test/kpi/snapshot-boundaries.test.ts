/**
 * The KPI snapshot at `asOf`, pinned on the day and the day after (issue 19): a check on asOf, a
 * result formed or published after asOf, a publication exactly on its deadline, a follow-up dated
 * asOf, an unpublished result whose deadline is asOf; and the context's policy and calendar as
 * they decide the issue deadline. Every expected count is worked out by hand below.
 */
import { describe, it, expect } from 'vitest';
import { computeKpis, createKpiAccumulator, type KpiReport } from '../../src/kpi/index.js';
import { createCalendar, chinaCalendar } from '../../src/calendar/index.js';
import { definePolicy } from '../../src/policy/index.js';
import type { InspectionRecordInput } from '../../src/publication/index.js';
import { catalogue, context, plan, plainCheck, policy } from './district-fixture.js';

// A result formed 2023-03-15 has 20 working days to be published (《企业信息公示暂行条例》第六条):
// 16–17, 20–24, 27–31 March = 12; 3–4 April = 14; 5 April is 清明; 6–7 = 16; 10–13 = 20 → 2023-04-13.
const DEADLINE = '2023-04-13';

function t01(subjectId: string, extra: Partial<InspectionRecordInput>): InspectionRecordInput {
  return { ...plainCheck(subjectId, 'T01', `v-${subjectId}`, 'B'), checkDate: '2023-03-15', ...extra };
}

const records: InspectionRecordInput[] = [
  // R1: published exactly on its deadline → in time.
  t01('E1', { publishedOn: DEADLINE }),
  // R2: never published; its deadline is 04-13.
  t01('E2', {}),
  // R3: checked on 04-13 itself.
  t01('E3', { checkDate: '2023-04-13' }),
  // R4: checked 03-15, result formed 04-14.
  t01('E4', { resultDate: '2023-04-14' }),
  // R5: published 04-14, the day after the deadline.
  t01('E5', { publishedOn: '2023-04-14' }),
  // R6, R7: problems rectified on 04-13 and on 04-14.
  t01('E6', { resultCategory: 'ordered-to-correct', followUp: 'rectified', followUpDate: '2023-04-13' }),
  t01('E7', { resultCategory: 'ordered-to-correct', followUp: 'rectified', followUpDate: '2023-04-14' }),
];

const catering = (report: KpiReport) => {
  const row = report.byDepartment.find((d) => d.department === '餐饮科');
  if (row === undefined) throw new Error('no 餐饮科 row');
  const { department: _department, shares: _shares, ...counts } = row;
  return counts;
};

describe('KPI snapshot on asOf = the deadline (2023-04-13)', () => {
  const report = computeKpis(records, { ...context, asOf: DEADLINE });

  it('counts a check dated asOf and ignores none of the seven', () => {
    expect(report.records).toBe(7);
    expect(report.ignoredAfterAsOf).toBe(0);
  });

  it('every count, worked out by hand', () => {
    // checks 7 (R3 on asOf counts). Results formed by asOf: all but R4 (formed 04-14) = 6.
    // Problems R6, R7 = 2; followed up by asOf: R6 (dated asOf) = 1.
    // Publication: R1 published on its deadline → due, published, in time. R2 unpublished, deadline 04-13
    // = asOf is not past → not due. R5 published after asOf → not yet published and not due. R3, R6, R7
    // unpublished, not past their deadline. R4 has no result yet.
    expect(catering(report)).toEqual({
      checks: 7,
      doubleRandomChecks: 7,
      mobileChecks: 7,
      randomChecks: 7,
      jointRandomChecks: 0,
      resultsFormed: 6,
      problemsFound: 2,
      problemsFollowedUp: 1,
      resultsDue: 1,
      resultsPublished: 1,
      resultsPublishedInTime: 1,
      resultsOverdue: 0,
      resultsLate: 0,
    });
    // Problem rate by class B counts the 6 results formed by asOf, not R4.
    expect(report.byRiskClass.find((r) => r.riskClass === 'B')).toEqual({ riskClass: 'B', checks: 6, problemsFound: 2, problemRate: 2 / 6 });
    expect(report.indicators.find((i) => i.id === 'followUpRate')).toMatchObject({ numerator: 1, denominator: 2, value: 0.5 });
    expect(report.indicators.find((i) => i.id === 'timelyPublicationRate')).toMatchObject({ numerator: 1, denominator: 1, value: 1 });
  });

  it('the same counts from an accumulator fed one record at a time', () => {
    const accumulator = createKpiAccumulator({ ...context, asOf: DEADLINE });
    for (const record of records) accumulator.add(record);
    expect(catering(accumulator.result())).toMatchObject({ checks: 7, resultsFormed: 6, problemsFollowedUp: 1, resultsDue: 1, resultsOverdue: 0 });
  });
});

describe('KPI snapshot the day after (asOf 2023-04-14)', () => {
  const report = computeKpis(records, { ...context, asOf: '2023-04-14' });

  it('every count, worked out by hand', () => {
    // All 7 results formed (R4 on asOf). Problems 2, both followed up by 04-14.
    // Due: R1 (in time), R5 (published 04-14 > 04-13: late), R2, R6, R7 (deadline 04-13 < asOf: overdue) = 5.
    // R3 (result 04-13) and R4 (result 04-14) have deadlines in May: not due.
    expect(catering(report)).toEqual({
      checks: 7,
      doubleRandomChecks: 7,
      mobileChecks: 7,
      randomChecks: 7,
      jointRandomChecks: 0,
      resultsFormed: 7,
      problemsFound: 2,
      problemsFollowedUp: 2,
      resultsDue: 5,
      resultsPublished: 2,
      resultsPublishedInTime: 1,
      resultsOverdue: 3,
      resultsLate: 1,
    });
  });
});

describe('KPI snapshot the day before (asOf 2023-04-12)', () => {
  it('ignores the check of 04-13 and counts nothing due yet', () => {
    const report = computeKpis(records, { ...context, asOf: '2023-04-12' });
    expect(report.records).toBe(7);
    expect(report.ignoredAfterAsOf).toBe(1);
    // R3 ignored; R4 formed 04-14 → 5 results; R6, R7 not yet rectified; R1 published 04-13 after asOf.
    expect(catering(report)).toMatchObject({ checks: 6, resultsFormed: 5, problemsFound: 2, problemsFollowedUp: 0, resultsDue: 0, resultsPublished: 0 });
  });
});

describe('publication counted from the check date (publicationStart check-ended)', () => {
  it('a result formed 03-20 of a check of 03-15 is due by 04-13, not 04-18', () => {
    const fromCheck = definePolicy({ id: 'from-check', publicationStart: 'check-ended' }, policy);
    const late = [t01('E1', { resultDate: '2023-03-20', publishedOn: '2023-04-14' })];
    // From the check date: deadline 04-13 → published 04-14 is late.
    expect(computeKpis(late, { ...context, policy: fromCheck, asOf: '2023-04-30' }).publication).toMatchObject({
      resultsPublishedInTime: 0,
      resultsLate: 1,
    });
    // From the result date (03-20): 20 working days → 04-18 (21–24, 27–31 = 9; 3–4 = 11; 6–7 = 13; 10–14 = 18; 17–18 = 20).
    expect(computeKpis(late, { ...context, asOf: '2023-04-30' }).publication).toMatchObject({ resultsPublishedInTime: 1, resultsLate: 0 });
  });
});

describe('the issue deadline uses the context policy and calendar', () => {
  // T01 issued 03-03 (deadline 03-05 Sunday → 03-06), T02 04-06 (04-05 清明 → 04-06), T04 10-09
  // (10-05 国庆 → 10-07, a 调休 Saturday): the district's T04 is late.
  it('policy issueDeferral none: 04-06 and 10-09 are both after the 5th', () => {
    const noDeferral = definePolicy({ id: 'no-deferral', issueDeferral: 'none' }, policy);
    const report = computeKpis([], { ...context, policy: noDeferral });
    expect(report.lateTasks).toEqual(['T02', 'T04']);
    expect(report.indicators.find((i) => i.id === 'issueTimeliness')).toMatchObject({ numerator: 1, denominator: 3 });
  });

  it('policy issueDay 10: every task in time', () => {
    const tenth = definePolicy({ id: 'tenth', issueDay: 10 }, policy);
    const report = computeKpis([], { ...context, policy: tenth });
    expect(report.lateTasks).toEqual([]);
    expect(report.indicators.find((i) => i.id === 'issueTimeliness')).toMatchObject({ numerator: 3, denominator: 3 });
  });

  it('a calendar making the 调休 weekend 2023-10-07/08 days off moves T04’s deadline to Monday 10-09: in time', () => {
    const local = createCalendar({ id: 'local', base: chinaCalendar, holidays: ['2023-10-07', '2023-10-08'] });
    expect(computeKpis([], context).lateTasks).toEqual(['T04']);
    const report = computeKpis([], { ...context, calendar: local });
    expect(report.lateTasks).toEqual([]);
    expect(report.indicators.find((i) => i.id === 'issueTimeliness')).toMatchObject({ numerator: 3, denominator: 3 });
  });
});

describe('item coverage ignores plan codes that are not in the catalogue', () => {
  it('a task naming an unknown code covers the known ones only', () => {
    const withUnknown = {
      ...plan,
      tasks: [{ id: 'T01', name: '餐饮服务单位检查', month: 3, leadDepartment: '餐饮科', itemCodes: ['A99', 'Z42'], sampling: { count: 1 }, issuedOn: '2023-03-03' }],
    };
    const report = computeKpis([t01('E1', {})], { ...context, catalogue, plan: withUnknown, taskPublications: [] });
    // Covered A99 of A99 A100 A101 B01 B02 → 1 of 5; Z42 counts nowhere.
    expect(report.indicators.find((i) => i.id === 'itemCoverage')).toMatchObject({ numerator: 1, denominator: 5, value: 0.2 });
    expect(report.uncoveredItems).toEqual(['A100', 'A101', 'B01', 'B02']);
  });
});
