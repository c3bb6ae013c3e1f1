/** The policy module's helpers, including the examples of their TSDoc. */
import { describe, it, expect } from 'vitest';
import {
  FieldSourceSchema,
  INDICATORS,
  INDICATOR_IDS,
  KPI_INDICATOR_IDS,
  POLICY_FIELDS,
  POLICY_FIELD_LABELS,
  citeField,
  citeSource,
  definePolicy,
  describeIndicator,
  describePolicyChanges,
  fieldSource,
  formatPolicyValue,
  indicatorClause,
  indicatorTarget,
  lindian2024,
  national,
  policyRef,
  publicationLimitText,
  requirePolicy,
  requirePolicyField,
  targetText,
  zhejiang2023,
} from '../../src/index.js';
import { errorOf } from '../support/error-of.js';

describe('sources', () => {
  it('accepts a citation string as a sourced source', () => {
    expect(FieldSourceSchema.parse('本省通知：联合抽查率40%以上')).toEqual({ status: 'sourced', ref: '本省通知：联合抽查率40%以上' });
    expect(FieldSourceSchema.parse({ status: 'unset', ref: '未规定', note: '原文未规定联合抽查率' }).status).toBe('unset');
    expect(FieldSourceSchema.safeParse({ status: 'sourced', ref: 'x', url: 'ftp://x' }).success).toBe(false);
  });

  it('cites a source in one line, and says when it is a practice default, unset or unsourced', () => {
    expect(citeSource(zhejiang2023.sources.jointShare)).toBe('通知·三：“确保部门联合随机抽查率达到30%以上”');
    expect(citeSource({ status: 'practice-default', ref: '实践默认值', note: '通知未规定倍数' })).toBe('实践默认值（实践默认值，非出处规定：通知未规定倍数）');
    expect(citeSource({ status: 'unset', ref: '原文未规定', note: '没有数字' })).toBe('原文未规定（未规定：没有数字）');
    expect(citeSource({ status: 'unsourced', ref: '未注明出处', note: '覆盖 x 的取值' })).toBe('未注明出处（覆盖 x 的取值）');
    expect(citeSource(undefined)).toBe('未注明出处');
    expect(errorOf(() => citeSource({ status: 'verified', ref: 'x' } as never))).toMatchObject({ code: 'INVALID_INPUT', path: ['source', 'status'] });
  });

  it('finds a field\'s source, per class where the class has its own', () => {
    expect(fieldSource(zhejiang2023, 'jointShare')?.ref).toBe('通知·三');
    expect(fieldSource(zhejiang2023, 'riskMultipliers', 'D')?.status).toBe('practice-default');
    expect(fieldSource(lindian2024, 'riskRanges', 'B')?.quote).toBe('对信用风险一般的B类企业，抽查比例范围为5%-20%');
    expect(policyRef(zhejiang2023, 'jointShare')).toBe('通知·三');
    expect(policyRef(zhejiang2023, 'inspectorsPerSubject')).toBe('《行政处罚法》第四十二条');
    expect(citeField(zhejiang2023, 'issueDay')).toBe('通知·一：“在每个月5日前下发任务”');
    expect(errorOf(() => fieldSource(zhejiang2023, 'jointshare' as never))).toMatchObject({ code: 'INVALID_INPUT', path: ['field'] });
    expect(errorOf(() => fieldSource(zhejiang2023, 'riskRatios', 'E' as never))).toMatchObject({ code: 'UNKNOWN_STRATUM' });
  });
});

describe('requirePolicy / requirePolicyField', () => {
  it('parses a given policy and names a missing one', () => {
    expect(requirePolicy(zhejiang2023, ['policy']).id).toBe('zhejiang2023');
    expect(errorOf(() => requirePolicy(undefined, ['options', 'policy']))).toMatchObject({ code: 'MISSING_ARGUMENT', path: ['options', 'policy'] });
    expect(errorOf(() => requirePolicy({ ...zhejiang2023, jointShare: 2 }, ['policy']))).toMatchObject({ code: 'INVALID_POLICY', path: ['policy', 'jointShare'] });
  });

  it('reads a field the caller needs, or names it with the source\'s reason', () => {
    expect(requirePolicyField(zhejiang2023, 'issueDay', ['policy'])).toBe(5);
    const error = errorOf(() => requirePolicyField(national, 'issueDay', ['policy']));
    expect(error).toMatchObject({ code: 'POLICY_FIELD_UNSET', path: ['policy', 'issueDay'] });
    expect(error.message).toBe('政策参数 national 未规定每月任务下发日（字段 issueDay）（本库查到的全国文件未规定每月任务下发日，由各地规定），请在本局预设中以 definePolicy 规定并注明出处');
  });
});

describe('POLICY_FIELDS and their labels and values', () => {
  it('lists every field a source can fix, each with a Chinese label', () => {
    expect(POLICY_FIELDS.includes('jointShare')).toBe(true);
    expect(POLICY_FIELDS.includes('sources' as never)).toBe(false);
    expect(Object.keys(POLICY_FIELD_LABELS).sort()).toEqual([...POLICY_FIELDS].sort());
    expect(POLICY_FIELD_LABELS.publicationStart).toBe('公示时限起算点');
  });

  it('renders values in words', () => {
    expect(formatPolicyValue(zhejiang2023, 'jointShare')).toBe('30%');
    expect(formatPolicyValue(zhejiang2023, 'issueDay')).toBe('每月5日');
    expect(formatPolicyValue(zhejiang2023, 'completionDeadline')).toBe('10月31日');
    expect(formatPolicyValue(zhejiang2023, 'riskMultipliers', 'D')).toBe('× 4');
    expect(formatPolicyValue(zhejiang2023, 'riskMultipliers')).toBe('A类 × 0.5，B类 × 1，C类 × 2，D类 × 4');
    expect(formatPolicyValue(lindian2024, 'riskRanges')).toBe('A类 ≤ 5%，B类 5%–20%，C类 21%–60%，D类 61%–100%');
    expect(formatPolicyValue(national, 'publicationStart')).toBe('产生之日');
    expect(formatPolicyValue(national, 'jointShare')).toBe('未规定');
  });
});

describe('INDICATORS: one definition shared by the plan rules and the KPI report', () => {
  it('has the KPI report\'s ids, each with what it counts', () => {
    expect(KPI_INDICATOR_IDS).toBe(INDICATOR_IDS);
    expect(INDICATOR_IDS).toHaveLength(11);
    expect([INDICATORS.jointShare.numerator, INDICATORS.jointShare.denominator, INDICATORS.jointShare.unit]).toEqual(['部门联合随机抽查次数', '随机抽查次数', '次']);
    expect(INDICATORS.itemCoverage.planStage).toBe('exact');
  });

  it('takes target and clause from the policy; an unset target is null', () => {
    expect(indicatorTarget(zhejiang2023, 'jointShare')).toBe(0.3);
    expect(indicatorTarget(zhejiang2023, 'lowRiskOverCap')).toBe(0);
    expect(indicatorTarget(national, 'jointShare')).toBeNull();
    expect(indicatorTarget(national, 'issueTimeliness')).toBeNull(); // no issue day, nothing to be on time for
    expect(indicatorClause(zhejiang2023, 'jointShare')).toBe('通知·三');
    expect(targetText(zhejiang2023, 'jointShare')).toBe('≥ 30%');
    expect(targetText(zhejiang2023, 'lowRiskOverCap')).toBe('≤ 0%（每户每年不超过 2 次）');
    expect(targetText(national, 'jointShare')).toBe('政策未规定目标');
    expect(publicationLimitText(zhejiang2023)).toBe('产生之日起20个工作日内');
    expect(describeIndicator(zhejiang2023, 'jointShare')).toBe('部门联合随机抽查率 = 部门联合随机抽查次数 ÷ 随机抽查次数，目标 ≥ 30%（通知·三）');
    expect(describeIndicator(definePolicy({ jointShare: 0.35 }, zhejiang2023), 'jointShare')).toBe(
      '部门联合随机抽查率 = 部门联合随机抽查次数 ÷ 随机抽查次数，目标 ≥ 35%（未注明出处）',
    );
    expect(errorOf(() => indicatorTarget(zhejiang2023, 'nope' as never))).toMatchObject({ code: 'INVALID_INPUT', path: ['id'] });
  });
});

describe('describePolicyChanges', () => {
  it('says in Chinese what changed from last year\'s preset, value and source', () => {
    const next = definePolicy({ id: 'next', jointShare: 0.35, issueDay: 10, sources: { issueDay: '区局通知·一' } }, zhejiang2023);
    expect(describePolicyChanges(zhejiang2023, next).map((change) => change.message)).toEqual([
      '部门联合随机抽查率：30% → 35%（出处：通知·三：“确保部门联合随机抽查率达到30%以上” → 未注明出处（覆盖 zhejiang2023 的取值））',
      '每月任务下发日：每月5日 → 每月10日（出处：通知·一：“在每个月5日前下发任务” → 区局通知·一）',
    ]);
    expect(describePolicyChanges(zhejiang2023, next)[0]).toMatchObject({ field: 'jointShare', kind: 'changed', before: '30%', after: '35%' });
    expect(describePolicyChanges(zhejiang2023, zhejiang2023)).toEqual([]);
  });

  it('reports per class, additions, removals, new sources for the same value, and result categories', () => {
    const year2024 = definePolicy(
      {
        id: 'z2024',
        year: 2024,
        riskMultipliers: { D: 5 },
        sources: { 'riskMultipliers.D': '2024年通知·二：D类五倍', completionDeadline: '2024年通知·四：10月底前', jointShare: { status: 'unset', ref: '2024年通知未规定' } },
        resultCategories: [{ id: 'warned', text: '发现问题已予警告', problemFound: true, followUpNeeded: false, source: '2024年通知·四' }],
      },
      zhejiang2023,
    );
    const changes = describePolicyChanges(zhejiang2023, year2024);
    expect(changes.map((change) => [change.field, change.kind])).toEqual([
      ['jointShare', 'removed'],
      ['completionDeadline', 'source'],
      ['riskMultipliers.D', 'changed'],
      ['resultCategories.warned', 'added'],
    ]);
    expect(changes[1]?.message).toBe('指标完成期限：仍为 10月31日，出处变更（通知·四：“确保10月底前完成各项指标” → 2024年通知·四：10月底前）');
    expect(changes[3]?.message).toBe('新增检查结果类别 warned：发现问题已予警告（出处：2024年通知·四）');
  });

  it('compares the national base with a county built on it', () => {
    expect(describePolicyChanges(national, lindian2024).map((change) => change.field)).toEqual(['riskRanges.A', 'riskRanges.B', 'riskRanges.C', 'riskRanges.D']);
  });

  it('names a missing policy', () => {
    expect(errorOf(() => describePolicyChanges(undefined as never, zhejiang2023))).toMatchObject({ code: 'MISSING_ARGUMENT', path: ['before'] });
  });
});
