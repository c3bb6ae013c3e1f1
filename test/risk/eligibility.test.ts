import { describe, expect, it } from 'vitest';
import { SubjectSchema, type SubjectInput } from '../../src/directory/index.js';
import { PolicySchema } from '../../src/policy/index.js';
import { zhejiang2023 } from '../../src/presets/index.js';
import {
  EXCLUSION_REASON_LABELS,
  allocateSample,
  countByClass,
  countChecks,
  createEligibilityFilter,
  eligibleSubjects,
  filterEligible,
  type EligibilitySubject,
} from '../../src/risk/index.js';
import { errorOf } from '../support/error-of.js';

const subject = (fields: Partial<SubjectInput> & Pick<SubjectInput, 'id'>) => SubjectSchema.parse({ name: fields.id, kind: 'enterprise', ...fields });


describe('eligibleSubjects — yearly cap on low-risk enterprises (通知·二, at most 2)', () => {
  const pool = [
    subject({ id: 'a-two', riskClass: 'A' }), // A enterprise, 2 random checks → excluded
    subject({ id: 'a-one', riskClass: 'A' }), // A enterprise, 1 → kept
    subject({ id: 'b-five', riskClass: 'B' }), // B enterprise, 5 → kept (not low risk)
    subject({ id: 'a-indiv', kind: 'individual', riskClass: 'A' }), // A 个体工商户, 3 → kept by default
    subject({ id: 'a-three', riskClass: 'A' }), // 3 (over the cap) → excluded
  ];
  const history = { 'a-two': 2, 'a-one': 1, 'b-five': 5, 'a-indiv': 3, 'a-three': 3 };

  it('excludes an A enterprise at the cap and keeps the rest', () => {
    const result = eligibleSubjects(pool, history, zhejiang2023);
    expect(result.eligible.map((s) => s.id)).toEqual(['a-one', 'b-five', 'a-indiv']);
    expect(result.riskClasses).toEqual(['A', 'B', 'A']);
    expect(result.excluded).toEqual([
      { id: 'a-two', reason: 'low-risk-cap', riskClass: 'A', checks: 2, message: '低风险企业（A类）本年度已被随机抽查 2 次，达到上限 2 次（通知·二）' },
      { id: 'a-three', reason: 'low-risk-cap', riskClass: 'A', checks: 3, message: '低风险企业（A类）本年度已被随机抽查 3 次，达到上限 2 次（通知·二）' },
    ]);
    expect(result.counts).toEqual({
      seen: 5,
      eligible: 3,
      excluded: 2,
      byClass: { A: 2, B: 1, C: 0, D: 0 },
      byReason: { 'excluded-status': 0, listed: 0, 'low-risk-cap': 2 },
    });
    // the eligible subjects are the input objects, not copies
    expect(result.eligible[0]).toBe(pool[1]);
  });

  it('caps individual businesses only when the bureau says so (lowRiskKinds)', () => {
    const result = eligibleSubjects(pool, history, zhejiang2023, { lowRiskKinds: ['enterprise', 'individual'] });
    expect(result.eligible.map((s) => s.id)).toEqual(['a-one', 'b-five']);
    expect(result.excluded.find((e) => e.id === 'a-indiv')?.message).toBe('低风险个体工商户（A类）本年度已被随机抽查 3 次，达到上限 2 次（通知·二）');
  });

  it('accepts the history as a Map, or built by countChecks from records', () => {
    const records = [
      { subjectId: 'a-two', random: true },
      { subjectId: 'a-two', random: true },
      { subjectId: 'a-one', random: true },
      { subjectId: 'a-one', random: false }, // not a random check: not counted
    ];
    const counted = countChecks(records);
    expect(counted).toEqual(new Map([['a-two', 2], ['a-one', 1]]));
    expect(eligibleSubjects(pool, counted, zhejiang2023).excluded.map((e) => e.id)).toEqual(['a-two']);
  });

  it('follows the policy: the classes counted as low risk and the cap', () => {
    const strict = PolicySchema.parse({ ...zhejiang2023, id: 'strict', lowRiskMaxChecksPerYear: 1, lowRiskClasses: ['A', 'B'] });
    // a-one (1 check) now at the cap; b-five (B, 5) now low risk
    expect(eligibleSubjects(pool, history, strict).eligible.map((s) => s.id)).toEqual(['a-indiv']);
  });

  it('with a cap of 0 excludes every low-risk enterprise, in the history or not', () => {
    const none = PolicySchema.parse({ ...zhejiang2023, id: 'none', lowRiskMaxChecksPerYear: 0 });
    expect(eligibleSubjects(pool, {}, none).eligible.map((s) => s.id)).toEqual(['b-five', 'a-indiv']);
  });

  it('checks many subjects exactly, whatever the prefilter lets through', () => {
    // 20 000 A enterprises; every 7th has 2 checks → excluded, the others (0 or 1 check) kept
    const many = Array.from({ length: 20_000 }, (_, i) => ({ id: `E${i}`, kind: 'enterprise' as const, riskClass: 'A' as const }));
    const checks = new Map(many.map((s, i) => [s.id, i % 7 === 0 ? 2 : i % 2]));
    const result = eligibleSubjects(many, checks, zhejiang2023, { listExcluded: false });
    expect(result.counts.byReason['low-risk-cap']).toBe(Math.ceil(20_000 / 7)); // i = 0, 7, …, 19999 → 2858
    expect(result.counts.byClass.A).toBe(20_000 - 2858);
  });

  it('uses the effective (fused) class for the task domain', () => {
    // general A, food C: for a food task under specialised-first it is not low risk
    const fused = [subject({ id: 'f', riskClass: 'A', domainRiskClasses: { food: 'C' } })];
    expect(eligibleSubjects(fused, { f: 2 }, zhejiang2023).eligible).toHaveLength(0);
    const food = eligibleSubjects(fused, { f: 2 }, zhejiang2023, { domain: 'food' });
    expect(food.eligible).toHaveLength(1);
    expect(food.riskClasses).toEqual(['C']);
    // unclassified subjects take policy.unclassifiedRiskClass (B)
    expect(eligibleSubjects([subject({ id: 'u' })], {}, zhejiang2023).counts.byClass).toEqual({ A: 0, B: 1, C: 0, D: 0 });
  });
});

describe('eligibleSubjects — statuses and listed exclusions', () => {
  const pool = [
    subject({ id: 'gone', status: 'deregistered', riskClass: 'D' }),
    subject({ id: 'revoked', status: 'revoked' }),
    subject({ id: 'resting', status: 'suspended', riskClass: 'C' }),
    subject({ id: 'filed', riskClass: 'D' }),
    subject({ id: 'ok', riskClass: 'D' }),
  ];

  it('excludes 注销 and 吊销 subjects and listed ids, with the first reason that applies', () => {
    const result = eligibleSubjects(pool, {}, zhejiang2023, {
      exclusions: [
        { id: 'filed', reason: '执法报备企业，本年度不纳入随机抽取' },
        { id: 'gone', reason: '重复' },
      ],
    });
    expect(result.eligible.map((s) => s.id)).toEqual(['resting', 'ok']);
    expect(result.excluded.map(({ id, reason, message }) => [id, reason, message])).toEqual([
      ['gone', 'excluded-status', '已注销，不纳入随机抽取'],
      ['revoked', 'excluded-status', '已吊销，不纳入随机抽取'],
      ['filed', 'listed', '执法报备企业，本年度不纳入随机抽取'],
    ]);
    expect(result.counts.byReason).toEqual({ 'excluded-status': 2, listed: 1, 'low-risk-cap': 0 });
    expect(EXCLUSION_REASON_LABELS.listed).toBe('按规定排除');
  });

  it('keeps only the counts with listExcluded: false', () => {
    const result = eligibleSubjects(pool, {}, zhejiang2023, { listExcluded: false });
    expect(result.excluded).toEqual([]);
    expect(result.counts.excluded).toBe(2);
  });

  it('feeds allocateSample with its per-class counts', () => {
    const { counts } = eligibleSubjects(pool, {}, zhejiang2023);
    expect(counts.byClass).toEqual({ A: 0, B: 0, C: 1, D: 2 });
    // C: ⌈1 × 6%⌉ = 1, D: ⌈2 × 12%⌉ = 1
    expect(allocateSample({ poolCounts: counts.byClass, sampling: { ratio: 0.03 } }, zhejiang2023).sizes).toEqual({ A: 0, B: 0, C: 1, D: 1 });
  });
});

describe('streaming', () => {
  function* directory(size: number): Generator<EligibilitySubject> {
    for (let i = 0; i < size; i += 1) yield { id: `s${i}`, kind: 'enterprise', riskClass: (['A', 'B', 'C', 'D'] as const)[i % 4] };
  }

  it('filterEligible streams a generator once and returns the counts', () => {
    const filter = createEligibilityFilter({ s0: 2, s4: 1 }, zhejiang2023);
    const generator = filterEligible(directory(10), filter);
    const ids: string[] = [];
    let step = generator.next();
    while (step.done !== true) {
      ids.push(step.value.id);
      step = generator.next();
    }
    // s0 (A, 2 checks) excluded; s4 (A, 1 check) and s8 (A, 0) kept
    expect(ids).toEqual(['s1', 's2', 's3', 's4', 's5', 's6', 's7', 's8', 's9']);
    expect(step.value.byClass).toEqual({ A: 2, B: 3, C: 2, D: 2 });
    expect(filter.counts()).toEqual(step.value);
  });

  it('the filter works inside any loop and snapshots its state', () => {
    const filter = createEligibilityFilter({}, zhejiang2023, { exclusions: [{ id: 's1', reason: '已列入专项检查' }] });
    const classes = [...directory(3)].map((s) => filter.check(s));
    expect(classes).toEqual(['A', undefined, 'C']);
    const snapshot = filter.exclusions();
    snapshot.pop();
    expect(filter.exclusions()).toHaveLength(1);
  });

  it('countByClass counts a pool per effective class in one pass', () => {
    expect(countByClass(directory(10), zhejiang2023)).toEqual({ A: 3, B: 3, C: 2, D: 2 });
    expect(countByClass([{ riskClass: 'A' }, { riskClass: 'A', domainRiskClasses: { food: 'D' } }, {}], zhejiang2023, 'food')).toEqual({ A: 1, B: 1, C: 0, D: 1 });
    expect(countByClass([{ riskClass: 'D' }, { riskClass: 'A', domainRiskClasses: { food: 'C' } }], { riskFusion: 'higher-risk', unclassifiedRiskClass: 'A' }, 'food')).toEqual({
      A: 0,
      B: 0,
      C: 1,
      D: 1,
    });
  });
});

describe('bad input', () => {
  it('names the bad subject by pool index and field', () => {
    const cases: [unknown, unknown[]][] = [
      [{ kind: 'enterprise' }, ['pool', 1, 'id']],
      [{ id: '', kind: 'enterprise' }, ['pool', 1, 'id']],
      [{ id: 'x', kind: 'company' }, ['pool', 1, 'kind']],
      [{ id: 'x', kind: 'enterprise', status: 'closed' }, ['pool', 1, 'status']],
      [{ id: 'x', kind: 'enterprise', riskClass: 'E' }, ['pool', 1, 'riskClass']],
      [null, ['pool', 1]],
    ];
    for (const [bad, path] of cases) {
      const pool = [{ id: 'ok', kind: 'enterprise' }, bad] as EligibilitySubject[];
      expect(errorOf(() => eligibleSubjects(pool, {}, zhejiang2023))).toMatchObject({ code: 'INVALID_INPUT', path });
    }
    const food = [{ id: 'x', kind: 'enterprise', domainRiskClasses: { food: 'Q' } }] as unknown as EligibilitySubject[];
    expect(errorOf(() => eligibleSubjects(food, {}, zhejiang2023, { domain: 'food' }))).toMatchObject({
      code: 'INVALID_INPUT',
      path: ['pool', 0, 'domainRiskClasses', 'food'],
    });
    expect(errorOf(() => countByClass([{}, { riskClass: 'X' }] as never, zhejiang2023))).toMatchObject({ code: 'INVALID_INPUT', path: ['pool', 1, 'riskClass'] });
  });

  it('rejects a pool that is not iterable, a bad history, policy or options', () => {
    expect(errorOf(() => eligibleSubjects(42 as never, {}, zhejiang2023))).toMatchObject({ code: 'INVALID_INPUT', path: ['pool'] });
    expect(errorOf(() => countByClass({} as never, zhejiang2023))).toMatchObject({ code: 'INVALID_INPUT', path: ['pool'] });
    expect(errorOf(() => eligibleSubjects([], { x: -1 }, zhejiang2023))).toMatchObject({ code: 'INVALID_INPUT', path: ['history', 'x'] });
    expect(errorOf(() => eligibleSubjects([], new Map([['x', 1.5]]), zhejiang2023))).toMatchObject({ code: 'INVALID_INPUT', path: ['history', 'x'] });
    expect(errorOf(() => eligibleSubjects([], null as never, zhejiang2023))).toMatchObject({ code: 'INVALID_INPUT', path: ['history'] });
    expect(errorOf(() => eligibleSubjects([], {}, { ...zhejiang2023, lowRiskMaxChecksPerYear: -1 }))).toMatchObject({
      code: 'INVALID_POLICY',
      path: ['policy', 'lowRiskMaxChecksPerYear'],
    });
    expect(errorOf(() => eligibleSubjects([], {}, zhejiang2023, { lowRiskKinds: ['company' as 'enterprise'] }))).toMatchObject({
      code: 'INVALID_INPUT',
      path: ['lowRiskKinds', 0],
    });
    expect(errorOf(() => eligibleSubjects([], {}, zhejiang2023, { exclusions: [{ id: 'x', reason: '' }] }))).toMatchObject({
      code: 'INVALID_INPUT',
      path: ['exclusions', 0, 'reason'],
    });
  });

  it('rejects bad check records', () => {
    expect(errorOf(() => countChecks([{ subjectId: 's', random: true }, { subjectId: '', random: true }]))).toMatchObject({
      code: 'INVALID_INPUT',
      path: ['records', 1, 'subjectId'],
    });
    expect(errorOf(() => countChecks([{ subjectId: 's', random: 'yes' as unknown as boolean }]))).toMatchObject({
      code: 'INVALID_INPUT',
      path: ['records', 0, 'random'],
    });
    expect(errorOf(() => countChecks(7 as never))).toMatchObject({ code: 'INVALID_INPUT', path: ['records'] });
  });
});
