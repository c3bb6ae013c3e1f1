import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { computeKpis, computeKpisAsync, createKpiAccumulator, type KpiReport } from '../../src/kpi/index.js';
import { defineResultCategories, type InspectionRecordInput } from '../../src/publication/index.js';
import { ShuangsuijiError } from '../../src/core/index.js';
import { context, districtRecords, plainCheck, plan } from './district-fixture.js';
import { expectDistrict } from './district-expected.js';

function thrown(f: () => unknown): ShuangsuijiError {
  try {
    f();
  } catch (error) {
    if (error instanceof ShuangsuijiError) return error;
    throw error;
  }
  throw new Error('did not throw');
}

describe('createKpiAccumulator — merge, batches and streams', () => {
  const records = districtRecords();
  const onePass = computeKpis(records, context);

  it('one pass is the hand-computed district', () => {
    expectDistrict(onePass);
  });

  it('merging two halves equals one pass', () => {
    const even = createKpiAccumulator(context).addMany(records.filter((_, i) => i % 2 === 0));
    const odd = createKpiAccumulator(context).addMany(records.filter((_, i) => i % 2 === 1));
    const merged = even.merge(odd).result();
    expectDistrict(merged);
    expect(merged).toEqual(onePass);
  });

  it('merging any split, in either order, equals one pass (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: records.length, maxLength: records.length }), fc.boolean(), (sides, swap) => {
        const left = createKpiAccumulator(context).addMany(records.filter((_, i) => sides[i]));
        const right = createKpiAccumulator(context).addMany(records.filter((_, i) => !sides[i]));
        const merged: KpiReport = swap ? right.merge(left).result() : left.merge(right).result();
        expect(merged.totals.checks).toBe(80);
        expect(merged.indicators[0]?.numerator).toBe(35);
        expect(merged).toEqual(onePass);
      }),
      { numRuns: 50 },
    );
  });

  it('adding records one by one equals addMany', () => {
    const accumulator = createKpiAccumulator(context);
    for (const record of records) accumulator.add(record);
    expect(accumulator.count).toBe(81);
    expectDistrict(accumulator.result());
    expect(accumulator.result()).toEqual(onePass);
  });

  it('addMany over a generator equals over an array', () => {
    function* generate(): Generator<InspectionRecordInput> {
      yield* records;
    }
    expect(createKpiAccumulator(context).addMany(generate()).result()).toEqual(onePass);
  });

  it('an async iterable of records, or of batches, equals the sync result', async () => {
    async function* single(): AsyncGenerator<InspectionRecordInput> {
      for (const record of records) yield record;
    }
    async function* batches(): AsyncGenerator<readonly InspectionRecordInput[]> {
      for (let i = 0; i < records.length; i += 10) yield records.slice(i, i + 10);
    }
    expect(await computeKpisAsync(single(), context)).toEqual(onePass);
    expect(await computeKpisAsync(batches(), context)).toEqual(onePass);
  });

  it('result() can be called twice and the accumulator keeps counting', () => {
    const accumulator = createKpiAccumulator(context).addMany(records.slice(0, 40));
    const first = accumulator.result();
    expect(accumulator.result()).toEqual(first);
    expect(accumulator.addMany(records.slice(40)).result()).toEqual(onePass);
  });

  it('refuses to merge accumulators of different contexts: ACCUMULATOR_MISMATCH', () => {
    const a = createKpiAccumulator(context);
    expect(() => a.merge(createKpiAccumulator({ ...context, asOf: '2023-10-30' }))).toThrow(
      expect.objectContaining({ code: 'ACCUMULATOR_MISMATCH' }),
    );
    expect(() => a.merge(createKpiAccumulator({ ...context, enterprises: 999 }))).toThrow(expect.objectContaining({ code: 'ACCUMULATOR_MISMATCH' }));
    expect(() => a.merge(a)).toThrow(expect.objectContaining({ code: 'ACCUMULATOR_MISMATCH' }));
    const fake = { count: 0, add: () => fake, addMany: () => fake, merge: () => fake, result: () => onePass };
    expect(() => a.merge(fake as never)).toThrow(expect.objectContaining({ code: 'ACCUMULATOR_MISMATCH' }));
    // The same context given twice (two separate parses) merges.
    expect(() => a.merge(createKpiAccumulator({ ...context }))).not.toThrow();
  });
});

describe('createKpiAccumulator — bad records', () => {
  const good = districtRecords()[0] as InspectionRecordInput;
  const add = (record: unknown, before = 2) => {
    const accumulator = createKpiAccumulator(context).addMany(districtRecords().slice(0, before));
    return thrown(() => accumulator.add(record as InspectionRecordInput));
  };

  it('missing or wrong fields → INVALID_RECORD with the path', () => {
    const { subjectId: _s, ...noSubject } = good;
    expect(add(noSubject)).toMatchObject({ code: 'INVALID_RECORD', path: ['records', 2, 'subjectId'] });
    expect(add({ ...good, subjectKind: 'company' })).toMatchObject({ code: 'INVALID_RECORD', path: ['records', 2, 'subjectKind'] });
    expect(add({ ...good, riskClass: 'E' })).toMatchObject({ code: 'INVALID_RECORD', path: ['records', 2, 'riskClass'] });
    expect(add({ ...good, joint: 'yes' })).toMatchObject({ code: 'INVALID_RECORD', path: ['records', 2, 'joint'] });
    expect(add({ ...good, department: '' })).toMatchObject({ code: 'INVALID_RECORD', path: ['records', 2, 'department'] });
    expect(add({ ...good, followUp: 'done' })).toMatchObject({ code: 'INVALID_RECORD', path: ['records', 2, 'followUp'] });
    expect(add(null)).toMatchObject({ code: 'INVALID_RECORD', path: ['records', 2] });
  });

  it('unknown result category → INVALID_RECORD at resultCategory', () => {
    const error = add({ ...good, resultCategory: '正常经营' });
    expect(error).toMatchObject({ code: 'INVALID_RECORD', path: ['records', 2, 'resultCategory'] });
    expect(error.message).toContain('未知的检查结果类别');
  });

  it('bad dates → INVALID_DATE with the path', () => {
    expect(add({ ...good, checkDate: '2023-02-30' })).toMatchObject({ code: 'INVALID_DATE', path: ['records', 2, 'checkDate'] });
    expect(add({ ...good, checkDate: '2023-3-15' })).toMatchObject({ code: 'INVALID_DATE', path: ['records', 2, 'checkDate'] });
    expect(add({ ...good, resultDate: 20230315 })).toMatchObject({ code: 'INVALID_DATE', path: ['records', 2, 'resultDate'] });
    expect(add({ ...good, publishedOn: '2023-13-01' })).toMatchObject({ code: 'INVALID_DATE', path: ['records', 2, 'publishedOn'] });
    expect(add({ ...good, followUpDate: '' })).toMatchObject({ code: 'INVALID_DATE', path: ['records', 2, 'followUpDate'] });
  });

  it('dates out of order or out of the plan year → INVALID_RECORD', () => {
    expect(add({ ...good, resultDate: '2023-03-14' })).toMatchObject({ code: 'INVALID_RECORD', path: ['records', 2, 'resultDate'] });
    expect(add({ ...good, publishedOn: '2023-03-14' })).toMatchObject({ code: 'INVALID_RECORD', path: ['records', 2, 'publishedOn'] });
    expect(add({ ...good, checkDate: '2022-12-30' })).toMatchObject({ code: 'INVALID_RECORD', path: ['records', 2, 'checkDate'] });
  });

  it('a task not in the plan → UNKNOWN_TASK', () => {
    expect(add({ ...good, taskId: 'T99' })).toMatchObject({ code: 'UNKNOWN_TASK', path: ['records', 2, 'taskId'] });
  });

  it('a rejected record leaves the accumulator as it was', () => {
    const records = districtRecords();
    const accumulator = createKpiAccumulator(context).addMany(records.slice(0, 40));
    expect(() => accumulator.add({ ...good, taskId: 'T99' })).toThrow(expect.objectContaining({ code: 'UNKNOWN_TASK' }));
    expect(() => accumulator.add({ ...good, resultCategory: 'x' })).toThrow(expect.objectContaining({ code: 'INVALID_RECORD' }));
    expect(accumulator.count).toBe(40);
    expect(accumulator.addMany(records.slice(40)).result()).toEqual(computeKpis(records, context));
  });

  it('computeKpis reports the index in the input', () => {
    const records = districtRecords();
    records[57] = { ...(records[57] as InspectionRecordInput), checkDate: '2023-02-29' };
    expect(thrown(() => computeKpis(records, context))).toMatchObject({ code: 'INVALID_DATE', path: ['records', 57, 'checkDate'] });
  });

  it('bad contexts', () => {
    expect(thrown(() => createKpiAccumulator({ ...context, enterprises: -1 }))).toMatchObject({ code: 'INVALID_INPUT', path: ['enterprises'] });
    expect(thrown(() => createKpiAccumulator({ ...context, asOf: '2023-10-32' }))).toMatchObject({ code: 'INVALID_DATE', path: ['asOf'] });
    expect(thrown(() => createKpiAccumulator({ ...context, catalogue: { items: [] } as never }))).toMatchObject({ code: 'INVALID_INPUT', path: ['catalogue'] });
    expect(thrown(() => createKpiAccumulator({ ...context, taskPublications: [{ taskId: 'T9', publishedOn: '2023-03-01' }] }))).toMatchObject({
      code: 'UNKNOWN_TASK',
      path: ['taskPublications', 0, 'taskId'],
    });
    const twice = { ...plan, tasks: [...plan.tasks, { ...plan.tasks[0]! }] };
    expect(thrown(() => createKpiAccumulator({ ...context, plan: twice }))).toMatchObject({ code: 'DUPLICATE_ID', path: ['plan', 'tasks', 4, 'id'] });
    expect(thrown(() => createKpiAccumulator({ ...context, policy: { ...context.policy, completionDeadline: '02-30' } }))).toMatchObject({
      code: 'INVALID_INPUT',
      path: ['policy', 'completionDeadline'],
    });
  });

  it('a bureau category given in the context is accepted and its implications used', () => {
    const resultCategories = defineResultCategories([{ id: 'warned', text: '发现问题已予警告', problemFound: true, followUpNeeded: false }]);
    const records = [{ ...good, resultCategory: 'warned' }];
    expect(thrown(() => computeKpis(records, context))).toMatchObject({ code: 'INVALID_RECORD' });
    const report = computeKpis(records, { ...context, resultCategories });
    // One problem, needing no follow-up → followed up 1 / 1.
    expect(report.indicators.find((i) => i.id === 'followUpRate')).toMatchObject({ numerator: 1, denominator: 1, met: true });
  });
});

describe('deadlines past the end of the calendar (2026)', () => {
  const plan2026 = { year: 2026, unit: '区局', tasks: [{ id: 'T1', name: '年末任务', month: 12, leadDepartment: '餐饮科', itemCodes: ['A99'], sampling: { count: 1 } }] };
  const late: InspectionRecordInput = {
    subjectId: 'E1',
    subjectKind: 'enterprise',
    taskId: 'T1',
    department: '餐饮科',
    checkDate: '2026-12-20',
    doubleRandom: true,
    joint: false,
    riskApplied: true,
    mobile: true,
    resultCategory: 'no-problem',
  };

  it('a result of 2026-12-20 is not yet due at 2026-12-31 although its deadline is in 2027', () => {
    const report = computeKpis([late, { ...late, subjectId: 'E2', publishedOn: '2026-12-30' }], { ...context, plan: plan2026, asOf: '2026-12-31', taskPublications: [] });
    // E1 unpublished, deadline after 2026-12-31 → not due; E2 published → due and in time.
    expect(report.publication).toMatchObject({ resultsDue: 1, resultsPublished: 1, resultsPublishedInTime: 1, resultsOverdue: 0 });
  });

  it('with asOf after the calendar, the deadline cannot be known: CALENDAR_OUT_OF_RANGE', () => {
    expect(() => computeKpis([late], { ...context, plan: plan2026, asOf: '2027-02-01', taskPublications: [] })).toThrow(
      expect.objectContaining({ code: 'CALENDAR_OUT_OF_RANGE' }),
    );
  });
});

describe('low-risk enterprises over the yearly cap (通知·二: ≤ 2)', () => {
  const lowPlan = {
    year: 2023,
    unit: '龙湾区市场监督管理局',
    tasks: ['T1', 'T2', 'T3', 'T4'].map((id, i) => ({
      id,
      name: `任务${id}`,
      month: i + 3,
      leadDepartment: '餐饮科',
      itemCodes: ['A99'],
      sampling: { count: 5 },
      ...(id === 'T4' ? { random: false } : {}),
    })),
  };
  const lowContext = { ...context, plan: lowPlan, taskPublications: [] };
  const check = plainCheck;

  it('counts distinct visits of random tasks while in a low-risk class', () => {
    const records = [
      // E1: three separate visits in T1, T2, T3 → 3 > 2.
      check('E1', 'T1', 'v1', 'A'),
      check('E1', 'T2', 'v2', 'A'),
      check('E1', 'T3', 'v3', 'A'),
      // E2: T2 and T3 merged in one visit (进一次门、查多项事) + T1 → 2 visits.
      check('E2', 'T1', 'w1', 'A'),
      check('E2', 'T2', 'w2', 'A'),
      check('E2', 'T3', 'w2', 'A'),
      // E3: no visit ids → each task is its own visit; T4 is not random → 3 random visits.
      check('E3', 'T1', undefined, 'A'),
      check('E3', 'T2', undefined, 'A'),
      check('E3', 'T3', undefined, 'A'),
      check('E3', 'T4', undefined, 'A'),
      // E4: class B at the third check → 2 low-risk visits.
      check('E4', 'T1', 'x1', 'A'),
      check('E4', 'T2', 'x2', 'A'),
      check('E4', 'T3', 'x3', 'B'),
      // E5: unclassified → policy.unclassifiedRiskClass 'B', not low risk.
      check('E5', 'T1', 'y1'),
      check('E5', 'T2', 'y2'),
      check('E5', 'T3', 'y3'),
    ];
    const report = computeKpis(records, lowContext);
    expect(report.lowRiskOverCap).toEqual([
      { subjectId: 'E1', checks: 3 },
      { subjectId: 'E3', checks: 3 },
    ]);
    // Low-risk enterprises randomly checked: E1, E2, E3, E4 = 4; over the cap 2 → 0.5.
    expect(report.indicators.find((i) => i.id === 'lowRiskOverCap')).toMatchObject({ numerator: 2, denominator: 4, value: 0.5, met: false });
    // The same split across two accumulators still sees E1's three visits.
    const left = createKpiAccumulator(lowContext).addMany(records.slice(0, 8));
    const right = createKpiAccumulator(lowContext).addMany(records.slice(8));
    expect(left.merge(right).result()).toEqual(report);
  });

  it('counts many visits of one enterprise exactly (past the short-array limit), also across merges', () => {
    // 40 records of E9 with visit ids v0…v19, each twice → 20 distinct visits.
    const records = Array.from({ length: 40 }, (_, i) => check('E9', ['T1', 'T2', 'T3'][i % 3] as string, `v${i % 20}`, 'A'));
    expect(computeKpis(records, lowContext).lowRiskOverCap).toEqual([{ subjectId: 'E9', checks: 20 }]);
    const left = createKpiAccumulator(lowContext).addMany(records.slice(0, 25));
    const right = createKpiAccumulator(lowContext).addMany(records.slice(25));
    expect(right.merge(left).result().lowRiskOverCap).toEqual([{ subjectId: 'E9', checks: 20 }]);
  });
});

describe('progress before the completion deadline (10-31)', () => {
  // asOf 2023-06-30: 1 Jan – 30 Jun = 181 days of 1 Jan – 31 Oct = 304 days.
  const june = { ...context, asOf: '2023-06-30' };
  const t01 = districtRecords().filter((r) => r.taskId === 'T01');

  it('projects the enterprise share linearly: 30/1000 = 0.03 now → 0.03 × 304 / 181 ≈ 0.0504 on track', () => {
    const report = computeKpis(t01, june);
    expect(report.phase).toBe('in-progress');
    expect(report.elapsedShare).toBe(181 / 304);
    const share = report.indicators[0];
    expect(share).toMatchObject({ numerator: 30, value: 0.03, met: true, projection: 'linear', onTrack: true });
    expect(share?.projected).toBeCloseTo((0.03 * 304) / 181, 12);
  });

  it('10 of 1 000 by June projects to ≈ 0.0168 < 0.03: off track', () => {
    const report = computeKpis(t01.slice(0, 10), june);
    const share = report.indicators[0];
    expect(share).toMatchObject({ numerator: 10, value: 0.01, met: false, onTrack: false });
    expect(share?.projected).toBeCloseTo((0.01 * 304) / 181, 12);
  });

  it('shares are on track when the current share meets the target', () => {
    const report = computeKpis(t01, june);
    // T01 only: no joint check among 35 random checks → 0 < 0.3, off track; double-random 35/35 on track.
    expect(report.indicators.find((i) => i.id === 'jointShare')).toMatchObject({ value: 0, projection: 'current', projected: 0, onTrack: false });
    expect(report.indicators.find((i) => i.id === 'doubleRandomShare')).toMatchObject({ value: 1, onTrack: true });
    // T04 (month 10) is not due for issue yet: issue timeliness counts T01, T02 → 2 / 2.
    expect(report.indicators.find((i) => i.id === 'issueTimeliness')).toMatchObject({ numerator: 2, denominator: 2, onTrack: true });
  });
});
