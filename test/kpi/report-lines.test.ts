import { describe, it, expect } from 'vitest';
import { computeKpis } from '../../src/kpi/index.js';
import { context, plainCheck } from './district-fixture.js';

// asOf 2023-03-01: day 60 of the 304 days from 01-01 to the completion deadline 10-31 (31 + 28 + 1 = 60).
const asOf = '2023-03-01';
const line = (report: ReturnType<typeof computeKpis>, id: string) => report.indicators.find((i) => i.id === id)!.line;

describe('KPI report lines (指标报告行) while the year is in progress', () => {
  it('1 of 100 enterprises by 03-01: 1 %, projected 1 % × 304 / 60 = 5.07 % → 5.1 %, on track for ≥ 3 %', () => {
    const report = computeKpis([{ ...plainCheck('E1', 'T01', 'v1'), checkDate: asOf }], { ...context, enterprises: 100, asOf });
    expect(report.phase).toBe('in-progress');
    expect(line(report, 'enterpriseInspectionRate')).toMatch(/^抽查企业比例 1%（1\/100 户），目标 ≥ 3%，目前未达标，按进度预计 5\.1%，进度正常（.+）$/);
  });

  it('1 of 1 000 enterprises: 0.1 %, projected 0.5 %, behind', () => {
    const report = computeKpis([{ ...plainCheck('E1', 'T01', 'v1'), checkDate: asOf }], { ...context, enterprises: 1000, asOf });
    // 0.001 × 304 / 60 = 0.00507 → 0.5 %
    expect(line(report, 'enterpriseInspectionRate')).toMatch(/^抽查企业比例 0\.1%（1\/1000 户），目标 ≥ 3%，目前未达标，按进度预计 0\.5%，进度落后（.+）$/);
  });

  it('no records: an indicator with nothing to count is not applicable, naming its denominator', () => {
    const report = computeKpis([], { ...context, asOf });
    expect(line(report, 'doubleRandomShare')).toMatch(/^.+：不适用（.+为 0）（.+）$/);
  });

  it('after the deadline the verdict has no 目前 and no projection', () => {
    const report = computeKpis([{ ...plainCheck('E1', 'T01', 'v1'), checkDate: asOf }], { ...context, enterprises: 100, asOf: '2023-11-30' });
    expect(report.phase).toBe('final');
    expect(line(report, 'enterpriseInspectionRate')).toMatch(/^抽查企业比例 1%（1\/100 户），目标 ≥ 3%，未达标（.+）$/);
  });
});
