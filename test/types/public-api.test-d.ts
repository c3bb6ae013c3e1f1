/**
 * Type-level tests of the public API (vitest typecheck mode, `expectTypeOf`): every generic keeps
 * the caller's type, and every `…Input` type accepts what the docs show and rejects what the schema
 * rejects. `npm run test:types` runs them (vitest typecheck mode); `npm run typecheck` checks them too.
 * Imports are from src/index.ts and src/draw/index.ts, the sources of the published declarations.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import {
  deepFreeze,
  defineRule,
  drawSubjects,
  drawSubjectsAsync,
  eligibleSubjects,
  evaluateRules,
  filterEligible,
  isShuangsuijiError,
  longwan2023SamplePlan,
  parseInput,
  PlannedTaskSchema,
  ShuangsuijiError,
  SubjectSchema,
  verifyDraw,
  zhejiang2023,
  type AllocationRequestInput,
  type AnnualPlanInput,
  type CalendarDefinitionInput,
  type CheckItemInput,
  type DrawInspectorsInput,
  type DrawnSubject,
  type DrawSubjectsInput,
  type DrawSubjectsResult,
  type DrawVisitInput,
  type EligibilityCounts,
  type EligibilityOptionsInput,
  type ErrorCode,
  type Finding,
  type GenerateDirectoryOptionsInput,
  type GenerateSubjectsOptionsInput,
  type InspectionRecordInput,
  type InspectorInput,
  type InspectorRulesInput,
  type PlannedTask,
  type PlannedTaskInput,
  type PlanRuleContext,
  type PolicyInput,
  type PoolFilterInput,
  type PublicationInput,
  type RequiredRateRequestInput,
  type ResultModelInput,
  type RiskClass,
  type Rule,
  type RuleFindingInput,
  type StratumSizesInput,
  type Subject,
  type SubjectInput,
  type TaskPublicationInput,
} from '../../src/index.js';
import { drawSubjects as drawFromSubpath } from '../../src/draw/index.js';

type PoolItem = Subject & { stratum: RiskClass };
declare const items: PoolItem[];
declare const subjects: Subject[];

describe('drawSubjects<T>', () => {
  it('returns the caller\'s items, typed T, in selected[i].item and reserves[i].item', () => {
    const result = drawSubjects({ seed: 's', taskId: 'T1', pool: items, allocation: { A: 1 }, reserve: 1 });
    expectTypeOf(result).toEqualTypeOf<DrawSubjectsResult<PoolItem>>();
    expectTypeOf(result.selected[0]!.item).toEqualTypeOf<PoolItem>();
    expectTypeOf(result.reserves[0]!.item).toEqualTypeOf<PoolItem>();
    expectTypeOf(result.selected[0]!.item.stratum).toEqualTypeOf<RiskClass>();
    expectTypeOf(result.selected).toEqualTypeOf<DrawnSubject<PoolItem>[]>();
  });

  it('takes plain ids (README) and gives string items', () => {
    const pool = ['91330303MA2AAAAA1X', '91330303MA2BBBBB2Y', '91330303MA2CCCCC3Z'];
    const { selected, record } = drawSubjects({ seed: '20230301-公开摇号', taskId: 'T01', pool, size: 2 });
    expectTypeOf(selected[0]!.item).toEqualTypeOf<string>();
    // literal ids stay literal
    expectTypeOf(drawSubjects({ seed: 's', taskId: 'T1', pool: ['a', 'b'], size: 1 }).selected[0]!.item).toEqualTypeOf<'a' | 'b'>();
    expectTypeOf(selected[0]!.id).toEqualTypeOf<string>();
    expectTypeOf(record.seedCommitment).toEqualTypeOf<string>();
  });

  it('types stratumOf by the pool item, and is the same function from shuangsuiji/draw', () => {
    drawSubjects({ seed: 's', taskId: 'T1', pool: subjects, allocation: { A: 1 }, stratumOf: (subject) => subject.riskClass });
    const input: DrawSubjectsInput<Subject> = { seed: 's', taskId: 'T1', pool: subjects, size: 1 };
    expectTypeOf(input.stratumOf).toEqualTypeOf<((item: Subject) => string | undefined) | undefined>();
    expectTypeOf(drawFromSubpath).toEqualTypeOf(drawSubjects);
  });

  it('rejects pool items without an id', () => {
    // @ts-expect-error an item must be an id or an object with one
    drawSubjects({ seed: 's', taskId: 'T1', pool: [{ name: 'x' }], size: 1 });
    // @ts-expect-error seed is required
    drawSubjects({ taskId: 'T1', pool: ['a'], size: 1 });
  });

  it('drawSubjectsAsync resolves to the same typed result', () => {
    async function* stream(): AsyncGenerator<PoolItem> {
      yield* items;
    }
    expectTypeOf(drawSubjectsAsync({ seed: 's', taskId: 'T1', pool: stream(), allocation: { A: 1 } })).toEqualTypeOf<Promise<DrawSubjectsResult<PoolItem>>>();
  });
});

describe('other generics', () => {
  it('verifyDraw types stratumOf by the pool it is given', () => {
    const { record } = drawSubjects({ seed: 's', taskId: 'T1', pool: items, allocation: { A: 1 } });
    verifyDraw(record, items, { stratumOf: (item) => item.stratum });
    // @ts-expect-error PoolItem has no field `class`
    verifyDraw(record, items, { stratumOf: (item) => item.class });
  });

  it('eligibleSubjects<T> and filterEligible<T> give back T', () => {
    const { eligible, riskClasses } = eligibleSubjects(items, new Map<string, number>(), zhejiang2023, { domain: 'food' });
    expectTypeOf(eligible).toEqualTypeOf<PoolItem[]>();
    expectTypeOf(riskClasses[0]!).toEqualTypeOf<RiskClass>();
    const filter = null! as Parameters<typeof filterEligible<PoolItem>>[1];
    expectTypeOf(filterEligible(items, filter)).toEqualTypeOf<Generator<PoolItem, EligibilityCounts, undefined>>();
  });

  it('defineRule gives check the plan context by default, or the context it is told', () => {
    const rule = defineRule({
      id: 'local.q4-joint',
      clause: '本省补充规定',
      severity: 'error',
      description: '第四季度下发的随机抽查任务应部门联合实施',
      check: ({ plan }) => {
        expectTypeOf(plan.tasks[0]!).toEqualTypeOf<PlannedTask>();
        return [];
      },
    });
    expectTypeOf(rule).toEqualTypeOf<Rule<PlanRuleContext>>();
    const custom = defineRule<{ limit: number }>({ id: 'x', clause: 'c', severity: 'warning', description: 'd', check: ({ limit }) => (limit > 1 ? [{ message: '超过' }] : []) });
    expectTypeOf(evaluateRules([custom], { limit: 2 })).toEqualTypeOf<Finding[]>();
    // @ts-expect-error the context must be the rule's
    evaluateRules([custom], { limit: '2' });
    const finding: RuleFindingInput = { message: '任务 T20（10月）未安排联合部门', tasks: ['T20'] };
    expectTypeOf(finding.message).toEqualTypeOf<string>();
  });

  it('parseInput<S> returns the schema\'s output type; deepFreeze<T> keeps T', () => {
    expectTypeOf(parseInput(PlannedTaskSchema, {})).toEqualTypeOf<PlannedTask>();
    expectTypeOf(parseInput(SubjectSchema, {})).toEqualTypeOf<z.output<typeof SubjectSchema>>();
    expectTypeOf(deepFreeze({ a: [1] })).toEqualTypeOf<{ a: number[] }>();
  });

  it('isShuangsuijiError narrows unknown to ShuangsuijiError with a typed code', () => {
    const caught: unknown = undefined;
    if (isShuangsuijiError(caught, 'EMPTY_SEED')) {
      expectTypeOf(caught).toEqualTypeOf<ShuangsuijiError>();
      expectTypeOf(caught.code).toEqualTypeOf<ErrorCode>();
    }
    // @ts-expect-error not an error code
    isShuangsuijiError(caught, 'NO_SUCH_CODE');
  });
});

describe('…Input types accept what the docs show, with defaults optional', () => {
  it('SubjectInput / InspectorInput (directories)', () => {
    const subject: SubjectInput = { id: 's1', name: '甲', kind: 'enterprise' }; // status defaults to 'operating'
    expectTypeOf(subject).toMatchTypeOf<SubjectInput>();
    expectTypeOf<Subject['status']>().not.toBeUndefined();
    // @ts-expect-error kind is one of the subject kinds
    const wrongKind: SubjectInput = { id: 's1', name: '甲', kind: 'company' };
    // guide §6: partner departments lend inspectors { id, name, department }
    const lent: InspectorInput[] = ['区卫生健康局'].flatMap((department, d) => [1, 2, 3].map((k) => ({ id: `P${d}-${k}`, name: `${department}${k}`, department })));
    expectTypeOf(lent).toMatchTypeOf<InspectorInput[]>();
    void wrongKind;
  });

  it('PlannedTaskInput / AnnualPlanInput (plan): defaults may be left out, a plan output is an input', () => {
    const task: PlannedTaskInput = { id: 'T01', name: '餐饮服务单位检查', month: 3, leadDepartment: '餐饮科', itemCodes: ['A99', 'B03'], sampling: { ratio: 0.05 } };
    const plan: AnnualPlanInput = { year: 2023, unit: '龙湾区市场监督管理局', tasks: [task] };
    expectTypeOf(longwan2023SamplePlan).toMatchTypeOf<AnnualPlanInput>();
    // @ts-expect-error month is a number
    const wrongMonth: PlannedTaskInput = { ...task, month: '3' };
    void plan;
    void wrongMonth;
  });

  it('PolicyInput, PoolFilterInput, EligibilityOptionsInput, AllocationRequestInput, RequiredRateRequestInput (policy, risk)', () => {
    expectTypeOf(zhejiang2023).toMatchTypeOf<PolicyInput>();
    const filter: PoolFilterInput = { tags: ['catering'] };
    const options: EligibilityOptionsInput = { domain: 'food' };
    const request: AllocationRequestInput = { poolCounts: { A: 10, B: 20, C: 5, D: 1 }, sampling: { ratio: 0.03 } };
    const rate: RequiredRateRequestInput = { enterprises: 6000, alreadyCovered: 120, poolSize: 900 };
    void [filter, options, request, rate];
  });

  it('CalendarDefinitionInput, CheckItemInput (calendar, catalogue)', () => {
    const definition: CalendarDefinitionInput = { years: { from: 2023, to: 2023 }, holidays: ['2023-10-02'] };
    // @ts-expect-error years is { from, to }
    const wrong: CalendarDefinitionInput = { years: 2023 };
    const item: CheckItemInput = { code: 'X01', name: '自定义事项', category: 'general', leadDepartment: '综合科', targetKinds: ['enterprise'] };
    void [definition, wrong, item];
  });

  it('StratumSizesInput, DrawVisitInput, InspectorRulesInput, DrawInspectorsInput (draw)', () => {
    const sizes: StratumSizesInput = { A: 414, B: 1745, C: 491, D: 249 };
    const visit: DrawVisitInput = { id: 'V1', subjectId: 's1', departments: ['餐饮科'] };
    const rules: InspectorRulesInput = { perSubject: 2, asOf: '2023-03-01' };
    const input: DrawInspectorsInput = { seed: 's', visits: [visit], inspectors: [{ id: 'I1', name: '张三', department: '餐饮科' }], rules };
    void [sizes, input];
  });

  it('InspectionRecordInput, TaskPublicationInput, PublicationInput (publication)', () => {
    const record: InspectionRecordInput = {
      subjectId: 's1', subjectKind: 'enterprise', riskClass: 'B', taskId: 'T03', department: '餐饮科',
      checkDate: '2023-03-10', doubleRandom: true, joint: true, riskApplied: true, mobile: true, resultCategory: 'ordered-to-correct',
    };
    const task: TaskPublicationInput = { task: longwan2023SamplePlan.tasks[2]!, year: 2023, poolSize: 400, sampleSize: 12, seedCommitment: 'ab12…' };
    const published: PublicationInput = { kind: 'task', task: longwan2023SamplePlan.tasks[0]!, sampleSize: 12 };
    const result: PublicationInput = { kind: 'result', record: { ...record, resultCategory: 'no-problem' } };
    // @ts-expect-error a result publication needs the record
    const missing: PublicationInput = { kind: 'result' };
    void [task, published, result, missing];
  });

  it('GenerateDirectoryOptionsInput, GenerateSubjectsOptionsInput, ResultModelInput (simulate)', () => {
    const directory: GenerateDirectoryOptionsInput = { seed: 'longwan-2023-demo', size: 20_000 };
    const generated: GenerateSubjectsOptionsInput = { seed: 'x', size: 10 };
    const model: ResultModelInput = { problemRates: { A: 0.02, B: 0.05, C: 0.12, D: 0.25 } };
    void [directory, generated, model];
  });
});
