import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  computeKpis,
  createKpiAccumulator,
  KpiAccumulatorStateSchema,
  KPI_ACCUMULATOR_STATE_FORMAT,
  type KpiAccumulatorState,
} from '../../src/kpi/index.js';
import { chinaCalendar, createCalendar } from '../../src/calendar/index.js';
import { defineResultCategories, type InspectionRecordInput } from '../../src/publication/index.js';
import { ShuangsuijiError } from '../../src/core/index.js';
import { context, districtRecords, plainCheck } from './district-fixture.js';
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

/** What a worker sends and the driver reads: the state through JSON text. */
const overTheWire = (state: KpiAccumulatorState): KpiAccumulatorState => JSON.parse(JSON.stringify(state)) as KpiAccumulatorState;

const records = districtRecords();
const onePass = computeKpis(records, context);
const wholeState = createKpiAccumulator(context).addMany(records).state();

const zero = {
  checks: 0,
  doubleRandomChecks: 0,
  mobileChecks: 0,
  randomChecks: 0,
  jointRandomChecks: 0,
  resultsFormed: 0,
  problemsFound: 0,
  problemsFollowedUp: 0,
  resultsDue: 0,
  resultsPublished: 0,
  resultsPublishedInTime: 0,
  resultsOverdue: 0,
  resultsLate: 0,
};

describe('KpiAccumulator.state / mergeState — across processes', () => {
  it('three partitions, sent as JSON, merge into exactly the one-pass report', () => {
    const partitions = [0, 1, 2].map((p) => records.filter((_, i) => i % 3 === p));
    expect(partitions.map((p) => p.length)).toEqual([27, 27, 27]); // 81 records / 3
    const sent = partitions.map((partition) => JSON.stringify(createKpiAccumulator(context).addMany(partition).state()));
    const driver = createKpiAccumulator(context);
    for (const text of sent) driver.mergeState(JSON.parse(text) as KpiAccumulatorState);
    expect(driver.count).toBe(81);
    expectDistrict(driver.result());
    expect(driver.result()).toEqual(onePass);
    // The driver's own state is the state of one pass.
    expect(driver.state()).toEqual(wholeState);
  });

  it('contiguous partitions (a low-risk enterprise split across workers) also merge exactly', () => {
    const cuts = [0, 20, 50, 81];
    const driver = createKpiAccumulator(context);
    for (let k = 0; k < 3; k += 1) {
      driver.mergeState(overTheWire(createKpiAccumulator(context).addMany(records.slice(cuts[k], cuts[k + 1])).state()));
    }
    expectDistrict(driver.result());
    expect(driver.result()).toEqual(onePass);
  });

  it('the state of the district holds the hand-counted numbers, sorted', () => {
    const state = wholeState;
    expect(state.format).toBe('kpi-accumulator/1');
    expect(KPI_ACCUMULATOR_STATE_FORMAT).toBe('kpi-accumulator/1');
    expect(state.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    // 81 records, the T03 record of 2023-11-15 is after asOf.
    expect([state.records, state.ignoredAfterAsOf]).toEqual([81, 1]);
    // T01 35 checks all risk-applied; T02 15 checks, E035 without → 14; T03 30 counted checks, none applied; T04 no checks → absent.
    expect(state.tasks).toEqual([
      { id: 'T01', checks: 35, riskApplied: 35 },
      { id: 'T02', checks: 15, riskApplied: 14 },
      { id: 'T03', checks: 30, riskApplied: 0 },
    ]);
    // Sorted by UTF-16 code unit: 信 U+4FE1 < 特 U+7279 < 餐 U+9910.
    expect(state.departments).toEqual([
      // T03: 30 checks, not double-random, mobile, not random.
      { department: '信用监管科', ...zero, checks: 30, mobileChecks: 30 },
      // T02: 15 joint random checks, E034/E035 not mobile → 13; problems E031, E032 → 2, followed up E031 only
      // (E032's date 11-05 > asOf); E021–E025 published 10-20 ≤ deadline 11-01 → 5 due, all in time; the
      // other 10 are within their limit → not due.
      {
        department: '特种设备科',
        ...zero,
        checks: 15,
        doubleRandomChecks: 15,
        mobileChecks: 13,
        randomChecks: 15,
        jointRandomChecks: 15,
        resultsFormed: 15,
        problemsFound: 2,
        problemsFollowedUp: 1,
        resultsDue: 5,
        resultsPublished: 5,
        resultsPublishedInTime: 5,
      },
      // T01: 35 checks; problems E026–E030 = 5, followed up E026–E028 (rectified) + E030 (transferred needs
      // none) = 4; due 35 = 34 published (33 in time + I001 late) + I002 overdue.
      {
        department: '餐饮科',
        ...zero,
        checks: 35,
        doubleRandomChecks: 35,
        mobileChecks: 35,
        randomChecks: 35,
        resultsFormed: 35,
        problemsFound: 5,
        problemsFollowedUp: 4,
        resultsDue: 35,
        resultsPublished: 34,
        resultsPublishedInTime: 33,
        resultsOverdue: 1,
        resultsLate: 1,
      },
    ]);
    // Formed random-check results: T01 A 5, B 20, C 5, individuals unclassified 5; T02 B 5, C 5, D 5.
    // Problems: E026–E030 (C) 5; E031, E032 (D) 2.
    expect(state.byRiskClass).toEqual({
      A: { checks: 5, problemsFound: 0 },
      B: { checks: 25, problemsFound: 0 },
      C: { checks: 10, problemsFound: 5 },
      D: { checks: 5, problemsFound: 2 },
      unclassified: { checks: 5, problemsFound: 0 },
    });
    // E001–E030 (T01) ∪ E021–E035 (T02) = E001–E035; T03 is not random.
    expect(state.enterprises).toEqual(Array.from({ length: 35 }, (_, i) => `E${String(i + 1).padStart(3, '0')}`));
    // Low risk = class A: E001–E005, one visit each in T01.
    expect(state.lowRiskVisits).toEqual(
      [1, 2, 3, 4, 5].map((n) => ({ subjectId: `E00${n}`, visitIds: [`T01-E00${n}`], taskIds: [] })),
    );
    // It is plain JSON and fits its schema.
    expect(overTheWire(state)).toEqual(state);
    expect(KpiAccumulatorStateSchema.parse(overTheWire(state))).toEqual(state);
  });

  it('an empty accumulator has an empty state, and merging it changes nothing', () => {
    const empty = createKpiAccumulator(context).state();
    expect(empty).toMatchObject({ records: 0, ignoredAfterAsOf: 0, tasks: [], departments: [], enterprises: [], lowRiskVisits: [] });
    const acc = createKpiAccumulator(context).addMany(records).mergeState(empty);
    expect(acc.result()).toEqual(onePass);
  });

  it('a state holding a non-canonical id keeps it apart from the canonical id of later records (the set fast path is off)', () => {
    // A hand-made state with `E001 ` (trailing space) instead of `E001`: the state's id is kept as given,
    // and a later record `E001 ` counts under its canonical id `E001`, exactly as before issue 18's fast
    // path (which skips subjectKey for an id already in the set only while every id there is canonical).
    const state = overTheWire(wholeState);
    state.enterprises = state.enterprises.map((id) => (id === 'E001' ? 'E001 ' : id));
    const driver = createKpiAccumulator(context).mergeState(state).add(plainCheck('E001 ', 'T01', undefined));
    const enterprises = driver.state().enterprises;
    expect(enterprises.length).toBe(wholeState.enterprises.length + 1);
    expect(enterprises.filter((id) => id.startsWith('E001'))).toEqual(['E001', 'E001 ']);
    // Merged into a fresh accumulator, the flag travels with the ids.
    const merged = createKpiAccumulator(context).merge(createKpiAccumulator(context).mergeState(state)).add(plainCheck('E001 ', 'T01', undefined));
    expect(merged.state().enterprises.filter((id) => id.startsWith('E001'))).toEqual(['E001', 'E001 ']);
    // Canonical records still take the fast path with the same counts.
    const plain = createKpiAccumulator(context).addMany(records).add(plainCheck('E001', 'T01', undefined)).add(plainCheck('E001 ', 'T01', undefined));
    expect(plain.state().enterprises).toEqual(wholeState.enterprises);
  });

  it('mixes with in-process merge, and merging one state twice counts it twice', () => {
    const left = createKpiAccumulator(context).addMany(records.slice(0, 40));
    const right = createKpiAccumulator(context).addMany(records.slice(40));
    expect(createKpiAccumulator(context).mergeState(overTheWire(left.state())).merge(right).result()).toEqual(onePass);
    const twice = createKpiAccumulator(context).mergeState(wholeState).mergeState(wholeState);
    expect(twice.count).toBe(162); // 2 × 81
    expect(twice.state().tasks[0]).toEqual({ id: 'T01', checks: 70, riskApplied: 70 });
    expect(twice.state().enterprises).toEqual(wholeState.enterprises); // a set: still 35
  });

  it('does not mutate the state it merges, and state() shares nothing with the accumulator', () => {
    const state = overTheWire(wholeState);
    const copy = structuredClone(state);
    const acc = createKpiAccumulator(context).mergeState(state);
    expect(state).toEqual(copy);
    const taken = acc.state();
    taken.enterprises.push('E999');
    (taken.tasks[0] as { checks: number }).checks = 0;
    expect(acc.state()).toEqual(wholeState);
  });

  it('keeps a visit id and a task without visit id apart (two visits), through the state', () => {
    const check = (taskId: string, visitId: string | undefined): InspectionRecordInput => plainCheck('E500', taskId, visitId, 'A');
    // Visit 'T01' (an id that happens to equal a task id), T01 without a visit id, T02 without, T02 again → 3 visits > 2.
    const input = [check('T01', 'T01'), check('T01', undefined), check('T02', undefined), check('T02', undefined)];
    const state = overTheWire(createKpiAccumulator(context).addMany(input).state());
    expect(state.lowRiskVisits).toEqual([{ subjectId: 'E500', visitIds: ['T01'], taskIds: ['T01', 'T02'] }]);
    const report = createKpiAccumulator(context).mergeState(state).result();
    expect(report.lowRiskOverCap).toEqual([{ subjectId: 'E500', checks: 3 }]);
    expect(report).toEqual(computeKpis(input, context));
  });

  it('is deterministic: the same records in any order, in any split, give deep-equal states (property)', () => {
    const reference = JSON.stringify(wholeState);
    fc.assert(
      fc.property(
        fc.shuffledSubarray(records, { minLength: records.length, maxLength: records.length }),
        fc.array(fc.integer({ min: 0, max: 2 }), { minLength: records.length, maxLength: records.length }),
        (shuffled, parts) => {
          const state = createKpiAccumulator(context).addMany(shuffled).state();
          expect(state).toEqual(wholeState);
          expect(JSON.stringify(state)).toBe(reference); // same key order too
          const driver = createKpiAccumulator(context);
          for (const p of [2, 0, 1]) {
            driver.mergeState(overTheWire(createKpiAccumulator(context).addMany(shuffled.filter((_, i) => parts[i] === p)).state()));
          }
          expect(JSON.stringify(driver.state())).toBe(reference);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('mergeState — refusals', () => {
  it('refuses a state of another context: ACCUMULATOR_MISMATCH at fingerprint', () => {
    const others = [
      { ...context, asOf: '2023-10-30' },
      { ...context, enterprises: 999 },
      { ...context, taskPublications: [] },
      { ...context, resultCategories: defineResultCategories([{ id: 'warned', text: '发现问题已予警告', problemFound: true, followUpNeeded: false }]) },
      {
        ...context,
        calendar: createCalendar({ base: chinaCalendar, holidays: ['2023-12-29'] }),
      },
    ];
    for (const other of others) {
      const state = overTheWire(createKpiAccumulator(other).state());
      const error = thrown(() => createKpiAccumulator(context).mergeState(state));
      expect(error.code).toBe('ACCUMULATOR_MISMATCH');
      expect(error.path).toEqual(['fingerprint']);
      // …and the other way round.
      expect(() => createKpiAccumulator(other).mergeState(wholeState)).toThrow(expect.objectContaining({ code: 'ACCUMULATOR_MISMATCH' }));
    }
  });

  it('accepts a state of the same context built separately (content, not object identity)', () => {
    const sameCalendar = createCalendar({ base: chinaCalendar });
    const state = overTheWire(createKpiAccumulator({ ...context, calendar: sameCalendar }).addMany(records).state());
    expect(state.fingerprint).toBe(wholeState.fingerprint);
    expect(createKpiAccumulator({ ...context }).mergeState(state).result()).toEqual(onePass);
  });

  const malformed: [string, (s: Record<string, unknown>) => unknown, (string | number)[]][] = [
    ['not an object', () => null, []],
    ['an array', () => [], []],
    ['another format', (s) => ({ ...s, format: 'kpi-accumulator/2' }), ['format']],
    ['a fingerprint that is not a digest', (s) => ({ ...s, fingerprint: 'ABC' }), ['fingerprint']],
    ['a missing field', ({ enterprises: _, ...s }) => s, ['enterprises']],
    ['a fractional count', (s) => ({ ...s, records: 81.5 }), ['records']],
    ['a negative count', (s) => ({ ...s, departments: [{ ...wholeState.departments[0], mobileChecks: -1 }, ...wholeState.departments.slice(1)] }), ['departments', 0, 'mobileChecks']],
    ['a count as a string', (s) => ({ ...s, byRiskClass: { ...wholeState.byRiskClass, C: { checks: '10', problemsFound: 5 } } }), ['byRiskClass', 'C', 'checks']],
    ['an empty enterprise id', (s) => ({ ...s, enterprises: ['E001', ''] }), ['enterprises', 1]],
    ['more ignored than records', (s) => ({ ...s, ignoredAfterAsOf: 82 }), ['ignoredAfterAsOf']],
    ['a repeated task', (s) => ({ ...s, tasks: [...wholeState.tasks, { id: 'T01', checks: 0, riskApplied: 0 }] }), ['tasks', 3, 'id']],
    ['riskApplied above checks', (s) => ({ ...s, tasks: [{ id: 'T01', checks: 35, riskApplied: 36 }, ...wholeState.tasks.slice(1)] }), ['tasks', 0, 'riskApplied']],
    // Task checks 35 + 15 + 29 = 79 ≠ 81 − 1.
    ['task checks that do not add up', (s) => ({ ...s, tasks: [...wholeState.tasks.slice(0, 2), { id: 'T03', checks: 29, riskApplied: 0 }] }), ['tasks']],
    ['department checks that do not add up', (s) => ({ ...s, departments: wholeState.departments.slice(1) }), ['departments']],
    ['a repeated department', (s) => ({ ...s, departments: [...wholeState.departments, { ...zero, department: '餐饮科' }] }), ['departments', 3, 'department']],
    ['a repeated low-risk enterprise', (s) => ({ ...s, lowRiskVisits: [...wholeState.lowRiskVisits, { subjectId: 'E001', visitIds: ['x'], taskIds: [] }] }), ['lowRiskVisits', 5, 'subjectId']],
    ['a low-risk enterprise without visits', (s) => ({ ...s, lowRiskVisits: [{ subjectId: 'E001', visitIds: [], taskIds: [] }] }), ['lowRiskVisits', 0]],
    // Same counts, but the task is not in the plan.
    ['a task not in the plan', (s) => ({ ...s, tasks: [{ id: 'T09', checks: 35, riskApplied: 35 }, ...wholeState.tasks.slice(1)] }), ['tasks', 0, 'id']],
    ['a low-risk visit of a task not in the plan', (s) => ({ ...s, lowRiskVisits: [{ subjectId: 'E001', visitIds: [], taskIds: ['T09'] }] }), ['lowRiskVisits', 0, 'taskIds', 0]],
  ];

  it.each(malformed)('refuses %s: INVALID_INPUT with the path, and leaves the accumulator as it was', (_, spoil, path) => {
    const acc = createKpiAccumulator(context).addMany(records.slice(0, 10));
    const before = acc.state();
    const error = thrown(() => acc.mergeState(spoil(overTheWire(wholeState) as unknown as Record<string, unknown>) as KpiAccumulatorState));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.path).toEqual(path);
    expect(acc.state()).toEqual(before);
    expect(acc.count).toBe(10);
  });

  it('refuses garbage with INVALID_INPUT, never a raw error', () => {
    for (const garbage of [undefined, 42, 'x', Symbol('s'), {}, { ...wholeState, records: 10n }, { ...wholeState, enterprises: 'E001' }]) {
      expect(thrown(() => createKpiAccumulator(context).mergeState(garbage as never)).code).toBe('INVALID_INPUT');
    }
  });

  it('a malformed state is INVALID_INPUT even when its fingerprint is also wrong', () => {
    const error = thrown(() => createKpiAccumulator(context).mergeState({ ...wholeState, fingerprint: '0'.repeat(64), records: -1 }));
    expect([error.code, error.path]).toEqual(['INVALID_INPUT', ['records']]);
  });
});
