import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../src/core/index.js';
import { zhejiang2023 } from '../../src/presets/index.js';
import { MergeResultSchema, mergeTasks, type Assignment } from '../../src/merge/index.js';
import { catalogue, plan, task } from './fixtures.js';

const mergeGroupOnly = { ...zhejiang2023, mergeDefault: 'merge-group-only' as const };

/** 通知·一 food example: three departments' tasks paired in merge group 'food'. Plan order STD, PRICE, CATER. */
const foodPlan = plan([
  task({ id: 'T-STD', month: 4, leadDepartment: '标准科', itemCodes: ['B03', 'A101', 'A99'], mergeGroup: 'food' }),
  task({ id: 'T-PRICE', month: 3, leadDepartment: '价竞分局', itemCodes: ['B02', 'A100', 'A99'], mergeGroup: 'food' }),
  task({ id: 'T-CATER', month: 3, leadDepartment: '餐饮科', itemCodes: ['B01', 'A99', 'A100'], mergeGroup: 'food' }),
]);

/** 通知·一 lift example: 市场合同科 and 特种设备科 paired in merge group 'lift'. */
const liftPlan = plan([
  task({ id: 'L-CONTRACT', month: 5, leadDepartment: '市场合同科', partnerDepartments: ['永中市监所'], itemCodes: ['C02', 'A99'], mergeGroup: 'lift' }),
  task({ id: 'L-SE', month: 5, leadDepartment: '特种设备科', partnerDepartments: ['永中市监所'], itemCodes: ['C01', 'A99'], mergeGroup: 'lift' }),
]);

const pairs = (subjectId: string, taskIds: string[]): Assignment[] => taskIds.map((taskId) => ({ taskId, subjectId }));

describe('mergeTasks — the food example of 通知·一', () => {
  const result = mergeTasks(pairs('s-food', ['T-CATER', 'T-STD', 'T-PRICE']), { plan: foodPlan, catalogue, policy: zhejiang2023 });

  it('makes one joint visit with the three tasks, general items once', () => {
    expect(result.visits).toHaveLength(1);
    expect(result.visits[0]).toEqual({
      // task ids sorted by code units: T-CATER < T-PRICE < T-STD
      id: 's-food:T-CATER+T-PRICE+T-STD',
      subjectId: 's-food',
      // schedule order: month 3 (PRICE plan #1, CATER plan #2), then month 4 (STD)
      tasks: ['T-PRICE', 'T-CATER', 'T-STD'],
      // general A99, A100, A101 in catalogue order, then B01, B02, B03 in catalogue order
      items: ['A99', 'A100', 'A101', 'B01', 'B02', 'B03'],
      // lead first; then 标 (U+6807) < 餐 (U+9910)
      departments: ['价竞分局', '标准科', '餐饮科'],
      // the first task in schedule order is T-PRICE (month 3, earlier in the plan than T-CATER)
      leadDepartment: '价竞分局',
      joint: true,
      // latest start: T-STD on 04-01; earliest end: the completion deadline 10-31 (通知·四)
      window: { from: '2023-04-01', to: '2023-10-31' },
      requiredQualifications: [],
    });
  });

  it('counts the visits saved: 3 pairs, 1 visit, 2 saved', () => {
    expect(result.summary).toEqual({ pairs: 3, subjects: 1, visits: 1, saved: 2, jointVisits: 1 });
    expect(result.repeatVisits).toEqual([]);
    expect(result.findings).toEqual([
      {
        ruleId: 'merge.visits-saved',
        severity: 'info',
        message: '3 个任务—对象配对合并为 1 次上门检查，减少 2 次（进一次门、查多项事）',
        clause: '通知·一',
        data: { pairs: 3, subjects: 1, visits: 1, saved: 2, jointVisits: 1 },
      },
    ]);
  });

  it('merges a paired group even across months under merge-group-only', () => {
    const other = mergeTasks(pairs('s-food', ['T-CATER', 'T-STD']), { plan: foodPlan, catalogue, policy: mergeGroupOnly });
    expect(other.visits.map((v) => [v.id, v.leadDepartment, v.departments])).toEqual([
      ['s-food:T-CATER+T-STD', '餐饮科', ['餐饮科', '标准科']],
    ]);
  });

  it('returns a result that fits its schema, with frozen shared parts', () => {
    expect(MergeResultSchema.safeParse(result).success).toBe(true);
    expect(Object.isFrozen(result.visits[0]!.items)).toBe(true);
    expect(Object.isFrozen(result.visits[0]!.window)).toBe(true);
  });
});

describe('mergeTasks — the lift example of 通知·一', () => {
  it('makes one visit needing special-equipment qualification, departments with the 市监所', () => {
    const result = mergeTasks(pairs('s-lift', ['L-SE', 'L-CONTRACT']), { plan: liftPlan, catalogue, policy: zhejiang2023 });
    expect(result.visits).toEqual([
      {
        id: 's-lift:L-CONTRACT+L-SE',
        subjectId: 's-lift',
        tasks: ['L-CONTRACT', 'L-SE'],
        items: ['A99', 'C01', 'C02'],
        // lead 市场合同科 (first in the plan, same month); then 永 (U+6C38) < 特 (U+7279)
        departments: ['市场合同科', '永中市监所', '特种设备科'],
        leadDepartment: '市场合同科',
        joint: true,
        window: { from: '2023-05-01', to: '2023-10-31' },
        requiredQualifications: ['contract', 'special-equipment'],
      },
    ]);
  });

  it('asks for special-equipment when only the 特种设备科 task is drawn; its 市监所 partner makes it joint', () => {
    const [visit] = mergeTasks(pairs('s-lift', ['L-SE']), { plan: liftPlan, catalogue, policy: zhejiang2023 }).visits;
    expect(visit?.requiredQualifications).toEqual(['special-equipment']);
    expect(visit?.departments).toEqual(['特种设备科', '永中市监所']);
    expect(visit?.joint).toBe(true);
  });
});

describe('mergeTasks — tasks that stay apart', () => {
  const yearPlan = plan([
    task({ id: 'AD', month: 6, leadDepartment: '市场合同科', itemCodes: ['C02', 'A99'] }),
    task({ id: 'IP', month: 6, leadDepartment: '知识产权科', itemCodes: ['A99'] }),
    task({ id: 'Q', month: 9, leadDepartment: '质量监管科', itemCodes: ['A99'], dueOn: '2023-09-30' }),
    task({ id: 'F', month: 6, leadDepartment: '餐饮科', itemCodes: ['B01', 'A99'], mergeGroup: 'food' }),
    task({ id: 'L', month: 6, leadDepartment: '特种设备科', itemCodes: ['C01', 'A99'], mergeGroup: 'lift' }),
  ]);

  it('keeps tasks in different months apart under same-month and reports different-month (info)', () => {
    const result = mergeTasks(pairs('s1', ['Q', 'AD']), { plan: yearPlan, catalogue, policy: zhejiang2023 });
    expect(result.visits.map((v) => [v.id, v.window, v.joint])).toEqual([
      ['s1:AD', { from: '2023-06-01', to: '2023-10-31' }, false],
      ['s1:Q', { from: '2023-09-01', to: '2023-09-30' }, false],
    ]);
    expect(result.repeatVisits).toEqual([{ subjectId: 's1', visitIds: ['s1:AD', 's1:Q'], reason: 'different-month' }]);
    expect(result.summary).toEqual({ pairs: 2, subjects: 1, visits: 2, saved: 0, jointVisits: 0 });
    expect(result.findings.map((f) => [f.ruleId, f.severity, f.clause, f.subjects, f.data])).toEqual([
      ['merge.repeat-visit.different-month', 'info', '通知·四', ['s1'], { reason: 'different-month', subjects: 1, visits: 2 }],
      ['merge.visits-saved', 'info', '通知·一', undefined, { pairs: 2, subjects: 1, visits: 2, saved: 0, jointVisits: 0 }],
    ]);
  });

  it('merges unpaired same-month tasks under same-month, and transitively with paired ones', () => {
    const result = mergeTasks(pairs('s1', ['AD', 'IP', 'F', 'L']), { plan: yearPlan, catalogue, policy: zhejiang2023 });
    expect(result.visits.map((v) => [v.id, v.leadDepartment, v.departments])).toEqual([
      // all in June; lead of AD (first in the plan); 市 U+5E02 < 特 U+7279 < 知 U+77E5 < 餐 U+9910
      ['s1:AD+F+IP+L', '市场合同科', ['市场合同科', '特种设备科', '知识产权科', '餐饮科']],
    ]);
  });

  it('keeps unpaired same-month tasks apart under merge-group-only (warning)', () => {
    const result = mergeTasks(pairs('s1', ['AD', 'IP']), { plan: yearPlan, catalogue, policy: mergeGroupOnly });
    expect(result.visits.map((v) => v.id)).toEqual(['s1:AD', 's1:IP']);
    expect(result.repeatVisits).toEqual([{ subjectId: 's1', visitIds: ['s1:AD', 's1:IP'], reason: 'merge-group-only-policy' }]);
    const finding = result.findings.find((f) => f.ruleId === 'merge.repeat-visit.merge-group-only-policy');
    expect(finding?.severity).toBe('warning');
  });

  it('reports same-month tasks of different merge groups under merge-group-only', () => {
    const result = mergeTasks(pairs('s1', ['L', 'F']), { plan: yearPlan, catalogue, policy: mergeGroupOnly });
    expect(result.visits.map((v) => v.id)).toEqual(['s1:F', 's1:L']);
    expect(result.repeatVisits[0]?.reason).toBe('different-merge-group');
  });

  it('picks the most avoidable reason across three visits', () => {
    // AD/IP share June without a group (merge-group-only-policy); Q is in September (different-month)
    const result = mergeTasks(pairs('s1', ['Q', 'IP', 'AD']), { plan: yearPlan, catalogue, policy: mergeGroupOnly });
    expect(result.repeatVisits).toEqual([{ subjectId: 's1', visitIds: ['s1:AD', 's1:IP', 's1:Q'], reason: 'merge-group-only-policy' }]);
  });
});

describe('mergeTasks — windows', () => {
  const windowPlan = plan([
    task({ id: 'A', month: 3, leadDepartment: '餐饮科', itemCodes: ['A99'], mergeGroup: 'g', dueOn: '2023-03-31' }),
    task({ id: 'B', month: 5, leadDepartment: '标准科', itemCodes: ['A101'], mergeGroup: 'g' }),
    task({ id: 'C', month: 3, leadDepartment: '价竞分局', itemCodes: ['A100'], mergeGroup: 'g', issuedOn: '2023-03-06' }),
    task({ id: 'D', month: 11, leadDepartment: '质量监管科', itemCodes: ['A99'] }),
  ]);

  it('splits a paired group whose windows do not overlap into the fewest visits (disjoint-windows)', () => {
    const result = mergeTasks(pairs('s1', ['B', 'A', 'C']), { plan: windowPlan, catalogue, policy: zhejiang2023 });
    // by end: A (03-31), C (10-31, from 03-06), B (10-31, from 05-01); point 03-31 takes A and C; B opens a new visit
    expect(result.visits.map((v) => [v.id, v.tasks, v.window, v.leadDepartment])).toEqual([
      ['s1:A+C', ['A', 'C'], { from: '2023-03-06', to: '2023-03-31' }, '餐饮科'],
      ['s1:B', ['B'], { from: '2023-05-01', to: '2023-10-31' }, '标准科'],
    ]);
    expect(result.repeatVisits[0]?.reason).toBe('disjoint-windows');
    const finding = result.findings.find((f) => f.ruleId === 'merge.repeat-visit.disjoint-windows');
    expect([finding?.severity, finding?.clause]).toEqual(['warning', '通知·一']);
  });

  it('keeps every split visit linked: a task joins only a visit it may merge with', () => {
    const p = plan([
      task({ id: 'P', month: 2, leadDepartment: '餐饮科', itemCodes: ['A99'], mergeGroup: 'food', dueOn: '2023-05-21' }),
      task({ id: 'Q', month: 8, leadDepartment: '价竞分局', itemCodes: ['A100'], mergeGroup: 'food', dueOn: '2023-08-04' }),
      task({ id: 'R', month: 2, leadDepartment: '特种设备科', itemCodes: ['C01'], mergeGroup: 'lift' }),
    ]);
    // one component: P–Q (food), P–R (February). By end: P opens (05-21); Q starts 08-01 > 05-21, opens (08-04);
    // R starts 02-01 ≤ 05-21 and shares February with P, so joins P — never Q (other group, other month)
    const result = mergeTasks(pairs('s1', ['Q', 'R', 'P']), { plan: p, catalogue, policy: zhejiang2023 });
    expect(result.visits.map((v) => [v.id, v.window])).toEqual([
      ['s1:P+R', { from: '2023-02-01', to: '2023-05-21' }],
      ['s1:Q', { from: '2023-08-01', to: '2023-08-04' }],
    ]);
    expect(result.repeatVisits[0]?.reason).toBe('disjoint-windows');
  });

  it('gives a task issued after the completion deadline the rest of the year', () => {
    const [visit] = mergeTasks(pairs('s1', ['D']), { plan: windowPlan, catalogue, policy: zhejiang2023 }).visits;
    expect(visit?.window).toEqual({ from: '2023-11-01', to: '2023-12-31' });
  });
});

describe('mergeTasks — determinism and order', () => {
  const p = plan([
    task({ id: 'T1', month: 1, leadDepartment: '餐饮科', itemCodes: ['A99'] }),
    task({ id: 'T2', month: 2, leadDepartment: '标准科', itemCodes: ['A101'] }),
  ]);

  it('orders visits by subject id, window, id (code units) and escapes ids', () => {
    const draws = [...pairs('b', ['T2', 'T1']), ...pairs('a:+', ['T1']), ...pairs('B', ['T1'])];
    const result = mergeTasks(draws, { plan: p, catalogue, policy: zhejiang2023 });
    // 'B' (0x42) < 'a' (0x61) < 'b'
    expect(result.visits.map((v) => v.id)).toEqual(['B:T1', 'a%3A%2B:T1', 'b:T1', 'b:T2']);
  });

  it('accepts any iterable, e.g. a generator, and does not mutate its inputs', () => {
    const draws = deepFreeze(pairs('s', ['T1', 'T2']));
    const frozenPlan = deepFreeze(structuredClone(p));
    function* gen(): Generator<Assignment> {
      yield* draws;
    }
    const fromGenerator = mergeTasks(gen(), { plan: frozenPlan, catalogue, policy: zhejiang2023 });
    expect(fromGenerator).toEqual(mergeTasks([...draws].reverse(), { plan: p, catalogue, policy: zhejiang2023 }));
    expect(fromGenerator.summary.visits).toBe(2);
  });

  it('handles no draws', () => {
    const result = mergeTasks([], { plan: p, catalogue, policy: zhejiang2023 });
    expect(result.visits).toEqual([]);
    expect(result.summary).toEqual({ pairs: 0, subjects: 0, visits: 0, saved: 0, jointVisits: 0 });
  });
});
