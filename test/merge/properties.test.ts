import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { zhejiang2023 } from '../../src/presets/index.js';
import { mergeTasks, type Assignment } from '../../src/merge/index.js';
import { taskWindow } from '../../src/merge/task-window.js';
import { mayMerge } from '../../src/merge/split-visits.js';
import type { PlannedTaskInput } from '../../src/plan/index.js';
import { catalogue, plan, task } from './fixtures.js';

const CODES = catalogue.items.map((item) => item.code);
const DEPARTMENTS = ['餐饮科', '价竞分局', '标准科', '市场合同科', '特种设备科', '永中市监所'];

const taskArb = fc.record({
  month: fc.integer({ min: 1, max: 12 }),
  group: fc.option(fc.constantFrom('food', 'lift'), { nil: undefined }),
  lead: fc.constantFrom(...DEPARTMENTS),
  partners: fc.subarray(DEPARTMENTS, { maxLength: 2 }),
  items: fc.subarray(CODES, { minLength: 1 }),
  dueDay: fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }),
});

type TaskValue = typeof taskArb extends fc.Arbitrary<infer T> ? T : never;

const scenarioArb = fc
  .record({
    tasks: fc.array(taskArb, { minLength: 1, maxLength: 6 }),
    subjects: fc.integer({ min: 1, max: 5 }),
    mergeDefault: fc.constantFrom('same-month' as const, 'merge-group-only' as const),
  })
  .chain((scenario) =>
    fc.record({
      scenario: fc.constant(scenario),
      // distinct (task, subject) cells
      cells: fc.uniqueArray(fc.tuple(fc.nat(scenario.tasks.length - 1), fc.nat(scenario.subjects - 1)), {
        selector: ([t, s]) => `${t}/${s}`,
        maxLength: scenario.tasks.length * scenario.subjects,
      }),
      shuffleSeed: fc.integer(),
    }),
  );


interface Built {
  plan: ReturnType<typeof plan>;
  draws: Assignment[];
  policy: typeof zhejiang2023;
  tasks: PlannedTaskInput[];
}

function scenarioToInput(value: { scenario: { tasks: TaskValue[]; mergeDefault: 'same-month' | 'merge-group-only' }; cells: [number, number][] }): Built {
  const tasks = value.scenario.tasks.map((t, i) => {
    // a due date 0–120 days after the first of the month, kept within the year
    const start = Date.UTC(2023, t.month - 1, 1);
    const due = t.dueDay === undefined ? undefined : new Date(Math.min(start + t.dueDay * 86_400_000, Date.UTC(2023, 11, 31))).toISOString().slice(0, 10);
    return task({
      id: `T${i}`,
      month: t.month,
      leadDepartment: t.lead,
      partnerDepartments: t.partners,
      itemCodes: t.items,
      ...(t.group === undefined ? {} : { mergeGroup: t.group }),
      ...(due === undefined ? {} : { dueOn: due }),
    });
  });
  const draws = value.cells.map(([t, s]) => ({ taskId: `T${t}`, subjectId: `s${s}` }));
  return { plan: plan(tasks), draws, policy: { ...zhejiang2023, mergeDefault: value.scenario.mergeDefault }, tasks };
}

function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i -= 1) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('mergeTasks — properties', () => {
  it('puts every drawn pair in exactly one visit and every visit’s tasks come from the pairs', () => {
    fc.assert(
      fc.property(scenarioArb, (value) => {
        const { plan: p, draws, policy } = scenarioToInput(value);
        const { visits, summary } = mergeTasks(draws, { plan: p, catalogue, policy });
        const seen = new Map<string, number>();
        for (const visit of visits) for (const taskId of visit.tasks) seen.set(`${taskId}/${visit.subjectId}`, (seen.get(`${taskId}/${visit.subjectId}`) ?? 0) + 1);
        expect(seen.size).toBe(draws.length);
        for (const d of draws) expect(seen.get(`${d.taskId}/${d.subjectId}`)).toBe(1);
        expect(summary.pairs).toBe(draws.length);
        expect(summary.visits).toBe(visits.length);
        expect(summary.saved).toBe(draws.length - visits.length);
        expect(summary.jointVisits).toBe(visits.filter((v) => v.joint).length);
        expect(new Set(visits.map((v) => v.id)).size).toBe(visits.length);
      }),
      { numRuns: 300 },
    );
  });

  it('loses no item, department or qualification and keeps windows non-empty', () => {
    fc.assert(
      fc.property(scenarioArb, (value) => {
        const { plan: p, draws, policy, tasks } = scenarioToInput(value);
        const byId = new Map(tasks.map((t) => [t.id, t]));
        for (const visit of mergeTasks(draws, { plan: p, catalogue, policy }).visits) {
          const own = visit.tasks.map((id) => byId.get(id)!);
          const items = new Set(own.flatMap((t) => t.itemCodes));
          expect(new Set(visit.items)).toEqual(items);
          expect(visit.items.length).toBe(items.size);
          // general items first, each part in catalogue order
          const rank = (code: string) => {
            const item = catalogue.byCode.get(code)!;
            return (item.category === 'general' ? 0 : 100) + catalogue.items.indexOf(item);
          };
          expect(visit.items.map(rank)).toEqual([...visit.items.map(rank)].sort((a, b) => a - b));
          const departments = new Set(own.flatMap((t) => [t.leadDepartment, ...(t.partnerDepartments ?? [])]));
          expect(new Set(visit.departments)).toEqual(departments);
          expect(visit.departments.length).toBe(departments.size);
          expect(visit.departments[0]).toBe(visit.leadDepartment);
          expect(visit.joint).toBe(departments.size > 1);
          const qualifications = new Set([...items].flatMap((code) => catalogue.byCode.get(code)!.requiredQualifications));
          expect(visit.requiredQualifications).toEqual([...qualifications].sort());
          expect(visit.window.from <= visit.window.to).toBe(true);
          for (const t of own) {
            const w = taskWindow(t, 2023, '2023-10-31');
            expect(w.from <= visit.window.from && visit.window.to <= w.to).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('merges only what may merge, and separates mergeable tasks only for disjoint windows', () => {
    fc.assert(
      fc.property(scenarioArb, (value) => {
        const { plan: p, draws, policy, tasks } = scenarioToInput(value);
        const byId = new Map(tasks.map((t) => [t.id, { month: t.month, mergeGroup: t.mergeGroup }]));
        const sameMonth = policy.mergeDefault === 'same-month';
        const result = mergeTasks(draws, { plan: p, catalogue, policy });
        const reasonOf = new Map(result.repeatVisits.map((r) => [r.subjectId, r.reason]));
        const bySubject = new Map<string, (typeof result.visits)[number][]>();
        for (const visit of result.visits) bySubject.set(visit.subjectId, [...(bySubject.get(visit.subjectId) ?? []), visit]);
        for (const [subjectId, visits] of bySubject) {
          expect(visits.length > 1).toBe(reasonOf.has(subjectId));
          // every visit's tasks are connected by mayMerge
          for (const visit of visits) {
            const ids = [...visit.tasks];
            const reached = new Set([ids[0]]);
            for (let grew = true; grew; ) {
              grew = false;
              for (const id of ids) {
                if (!reached.has(id) && [...reached].some((r) => mayMerge(byId.get(r!)!, byId.get(id)!, sameMonth))) {
                  reached.add(id);
                  grew = true;
                }
              }
            }
            expect(reached.size).toBe(ids.length);
          }
          // mergeable tasks in two visits of one subject: only for disjoint windows
          for (let i = 0; i < visits.length; i += 1) {
            for (let j = i + 1; j < visits.length; j += 1) {
              const linked = visits[i]!.tasks.some((a) => visits[j]!.tasks.some((b) => mayMerge(byId.get(a)!, byId.get(b)!, sameMonth)));
              if (linked) expect(reasonOf.get(subjectId)).toBe('disjoint-windows');
            }
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same result whatever the order of the draws', () => {
    fc.assert(
      fc.property(scenarioArb, (value) => {
        const { plan: p, draws, policy } = scenarioToInput(value);
        const a = mergeTasks(draws, { plan: p, catalogue, policy });
        const b = mergeTasks(shuffle(draws, value.shuffleSeed), { plan: p, catalogue, policy });
        expect(b).toEqual(a);
        // visits ordered by subject id, then window, then id
        const keys = a.visits.map((v) => [v.subjectId, v.window.from, v.window.to, v.id]);
        const sorted = [...keys].sort((x, y) => {
          for (let k = 0; k < 4; k += 1) if (x[k] !== y[k]) return x[k]! < y[k]! ? -1 : 1;
          return 0;
        });
        expect(keys).toEqual(sorted);
      }),
      { numRuns: 300 },
    );
  });
});
