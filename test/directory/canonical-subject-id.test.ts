/**
 * Canonical subject ids (issue 12, attack 7): one enterprise entered two ways is one subject in
 * draws, merges, eligibility histories and KPI distinct counts.
 */
import { describe, expect, it } from 'vitest';
import { canonicalSubjectId, isCanonicalSubjectId, matchesIdFormat } from '../../src/directory/index.js';
import { computeKpis } from '../../src/kpi/index.js';
import { mergeTasks, type MergeOptions } from '../../src/merge/index.js';
import { zhejiang2023 } from '../../src/presets/index.js';
import { eligibleSubjects } from '../../src/risk/index.js';
import { context, plainCheck } from '../kpi/district-fixture.js';
import { catalogue, plan, task } from '../merge/fixtures.js';

describe('canonicalSubjectId', () => {
  it.each([
    ['Cafe\u0301', 'Café'],
    ['Café', 'Café'],
    ['X ', 'X'],
    ['\tX', 'X'],
    ['X\u200b', 'X'],
    ['\ufeffX\u200c\u200d', 'X'],
    ['１２３', '123'],
    ['Ａ\u3000Ｂ', 'A B'],
    ['91350100m000100y43', '91350100M000100Y43'],
    ['９１３５０１００ｍ０００１００ｙ４３', '91350100M000100Y43'],
    ['abcdefghijklmnopqr', 'abcdefghijklmnopqr'], // 18 letters but not a USCC: case kept
    ['a b', 'a b'],
    ['甲店', '甲店'],
  ])('%j → %j', (raw, canonical) => {
    expect(canonicalSubjectId(raw)).toBe(canonical);
    expect(isCanonicalSubjectId(raw)).toBe(raw === canonical);
    expect(isCanonicalSubjectId(canonical)).toBe(true);
  });

  it.each([[''], [' '], ['\u200b'], ['a\nb'], ['a\tb'], ['\ud800']])('%j has no canonical form (INVALID_INPUT)', (raw) => {
    expect(() => canonicalSubjectId(raw)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path: ['id'] }));
    expect(isCanonicalSubjectId(raw)).toBe(false);
  });

  it('matchesIdFormat checks USCC and 注册号', () => {
    expect(matchesIdFormat('91350100M000100Y43', 'uscc')).toBe(true);
    expect(matchesIdFormat('91350100M000100Y44', 'uscc')).toBe(false);
    expect(matchesIdFormat('110105000000004', 'registration')).toBe(true);
    expect(matchesIdFormat('110105000000004', 'uscc')).toBe(false);
    expect(matchesIdFormat('anything', 'any')).toBe(true);
    expect(matchesIdFormat('anything', 'other' as never)).toBe(false);
  });
});

describe('look-alike ids are one subject everywhere ids meet', () => {
  it('mergeTasks makes one visit for X and X ', () => {
    const options: MergeOptions = {
      plan: plan([task({ id: 'T1', month: 3, leadDepartment: '餐饮科', itemCodes: ['A99'] }), task({ id: 'T2', month: 3, leadDepartment: '餐饮科', itemCodes: ['B01'] })]),
      catalogue,
      policy: zhejiang2023,
    };
    const merged = mergeTasks(
      [
        { taskId: 'T1', subjectId: 'X' },
        { taskId: 'T2', subjectId: 'X ' },
      ],
      options,
    );
    expect(merged.visits.map((visit) => visit.subjectId)).toEqual(['X']);
  });

  it('mergeTasks: X  first then X is still one subject, and the same task on both is a repeated pair (issue 18 lookup order)', () => {
    const options: MergeOptions = {
      plan: plan([task({ id: 'T1', month: 3, leadDepartment: '餐饮科', itemCodes: ['A99'] }), task({ id: 'T2', month: 3, leadDepartment: '餐饮科', itemCodes: ['B01'] })]),
      catalogue,
      policy: zhejiang2023,
    };
    const pairs = [
      { taskId: 'T1', subjectId: 'X ' },
      { taskId: 'T2', subjectId: 'X' },
      { taskId: 'T1', subjectId: 'Y' },
      { taskId: 'T2', subjectId: 'Y\u200b' },
    ];
    const merged = mergeTasks(pairs, options);
    expect(merged.visits.map((visit) => visit.id)).toEqual(['X:T1+T2', 'Y:T1+T2']);
    expect(merged.summary).toEqual({ pairs: 4, subjects: 2, visits: 2, saved: 2, jointVisits: 0 });
    let code: unknown;
    try {
      mergeTasks([{ taskId: 'T1', subjectId: 'X' }, { taskId: 'T1', subjectId: 'X ' }], options);
    } catch (error) {
      code = (error as { code?: unknown }).code;
    }
    expect(code).toBe('DUPLICATE_ID');
  });

  it('eligibleSubjects applies a history kept under X to X  (the low-risk cap of 通知·二 holds)', () => {
    const pool = [{ id: 'X ', kind: 'enterprise' as const, riskClass: 'A' as const }];
    expect(eligibleSubjects(pool, { X: 2 }, zhejiang2023).excluded.map((e) => e.reason)).toEqual(['low-risk-cap']);
    // and counts kept under two spellings add up
    const subject = [{ id: 'X', kind: 'enterprise' as const, riskClass: 'A' as const }];
    expect(eligibleSubjects(subject, { X: 1, 'X\u200b': 1 }, zhejiang2023).excluded.map((e) => e.reason)).toEqual(['low-risk-cap']);
    expect(eligibleSubjects(subject, new Map([['X', 1], ['Ｘ', 1]]), zhejiang2023).excluded.map((e) => e.reason)).toEqual(['low-risk-cap']);
    expect(eligibleSubjects(subject, { X: 1 }, zhejiang2023).eligible.map((s) => s.id)).toEqual(['X']);
    // a listed exclusion under another spelling applies too
    expect(eligibleSubjects(subject, {}, zhejiang2023, { exclusions: [{ id: 'X ', reason: '已注销' }] }).eligible).toEqual([]);
  });

  it('KPI distinct enterprise counts count X and X  once', () => {
    const rate = (ids: string[]) =>
      computeKpis(
        ids.map((id, i) => plainCheck(id, 'T01', `V${i}`)),
        context,
      ).indicators.find((indicator) => indicator.id === 'enterpriseInspectionRate')?.numerator;
    expect(rate(['X', 'Y'])).toBe(2);
    expect(rate(['X', 'X ', 'Ｘ', 'Y'])).toBe(2);
  });
});
