import { describe, expect, it } from 'vitest';
import { zhejiang2023 } from '../../src/presets/index.js';
import { assignmentsFromDraws, mergeTasks, visitId } from '../../src/merge/index.js';
import { taskWindow } from '../../src/merge/task-window.js';
import { mayMerge } from '../../src/merge/split-visits.js';
import { escapeVisitIdPart } from '../../src/merge/visit-id.js';
import { catalogue, plan, task } from './fixtures.js';

describe('visitId', () => {
  it('joins the subject and the sorted task ids', () => {
    expect(visitId('91330303MA2ABCDE1X', ['T07', 'T03'])).toBe('91330303MA2ABCDE1X:T03+T07');
  });

  it('escapes %, : and + so different visits never share an id', () => {
    expect(escapeVisitIdPart('a:b+c%')).toBe('a%3Ab%2Bc%25');
    // without escaping both would read 'a:b:c'
    expect(visitId('a:b', ['c'])).not.toBe(visitId('a', ['b:c']));
    expect(visitId('a', ['b+c'])).not.toBe(visitId('a', ['b', 'c']));
  });

  it('is the id mergeTasks gives', () => {
    const p = plan([
      task({ id: 'T+2', month: 1, leadDepartment: '餐饮科', itemCodes: ['A99'], mergeGroup: 'g' }),
      task({ id: 'T1', month: 1, leadDepartment: '标准科', itemCodes: ['A99'], mergeGroup: 'g' }),
    ]);
    const [visit] = mergeTasks(
      [
        { taskId: 'T1', subjectId: 's%' },
        { taskId: 'T+2', subjectId: 's%' },
      ],
      { plan: p, catalogue, policy: zhejiang2023 },
    ).visits;
    // 'T+2' < 'T1' because '+' (0x2B) < '1' (0x31)
    expect(visit?.id).toBe(visitId('s%', ['T1', 'T+2']));
    expect(visit?.id).toBe('s%25:T%2B2+T1');
  });
});

describe('taskWindow', () => {
  it('runs from the issue date or the first of the month to the due date or the deadline', () => {
    expect(taskWindow({ month: 3 }, 2023, '2023-10-31')).toEqual({ from: '2023-03-01', to: '2023-10-31' });
    expect(taskWindow({ month: 3, issuedOn: '2023-03-06', dueOn: '2023-06-30' }, 2023, '2023-10-31')).toEqual({
      from: '2023-03-06',
      to: '2023-06-30',
    });
    expect(taskWindow({ month: 10 }, 2023, '2023-10-31')).toEqual({ from: '2023-10-01', to: '2023-10-31' });
    expect(taskWindow({ month: 11 }, 2023, '2023-10-31')).toEqual({ from: '2023-11-01', to: '2023-12-31' });
  });
});

describe('mayMerge', () => {
  it('allows the same merge group in any month, and the same month only under same-month', () => {
    expect(mayMerge({ month: 3, mergeGroup: 'food' }, { month: 6, mergeGroup: 'food' }, false)).toBe(true);
    expect(mayMerge({ month: 3, mergeGroup: undefined }, { month: 3, mergeGroup: 'lift' }, true)).toBe(true);
    expect(mayMerge({ month: 3, mergeGroup: undefined }, { month: 3, mergeGroup: 'lift' }, false)).toBe(false);
    expect(mayMerge({ month: 3, mergeGroup: undefined }, { month: 3, mergeGroup: undefined }, false)).toBe(false);
    expect(mayMerge({ month: 3, mergeGroup: 'food' }, { month: 4, mergeGroup: 'lift' }, true)).toBe(false);
  });
});

describe('assignmentsFromDraws', () => {
  it('flattens { taskId, selected } and the draw module’s { selected, record: { taskId } }', () => {
    const results = [
      { taskId: 'T01', selected: [{ id: 's1' }, { id: 's2' }] },
      { selected: [{ id: 's1', stratum: 'B', ticket: '0.12' }], record: { taskId: 'T02', seed: 'x' } },
    ];
    expect([...assignmentsFromDraws(results)]).toEqual([
      { taskId: 'T01', subjectId: 's1' },
      { taskId: 'T01', subjectId: 's2' },
      { taskId: 'T02', subjectId: 's1' },
    ]);
  });

  it('feeds mergeTasks', () => {
    const p = plan([
      task({ id: 'T01', month: 4, leadDepartment: '餐饮科', itemCodes: ['B01', 'A99'], mergeGroup: 'food' }),
      task({ id: 'T02', month: 4, leadDepartment: '价竞分局', itemCodes: ['B02', 'A100'], mergeGroup: 'food' }),
    ]);
    const results = [
      { taskId: 'T01', selected: [{ id: 's1' }, { id: 's2' }] },
      { selected: [{ id: 's1' }], record: { taskId: 'T02' } },
    ];
    const merged = mergeTasks(assignmentsFromDraws(results), { plan: p, catalogue, policy: zhejiang2023 });
    expect(merged.visits.map((v) => [v.id, v.joint])).toEqual([
      ['s1:T01+T02', true],
      ['s2:T01', false],
    ]);
    // 3 pairs − 2 visits = 1 saved
    expect(merged.summary.saved).toBe(1);
  });
});

describe('TSDoc example of mergeTasks', () => {
  it('holds as written', () => {
    const p = plan([
      task({ id: 'T1', month: 3, leadDepartment: '餐饮科', itemCodes: ['A99', 'B01'], mergeGroup: 'food' }),
      task({ id: 'T2', month: 3, leadDepartment: '价竞分局', itemCodes: ['A99', 'A100'], mergeGroup: 'food' }),
    ]);
    const result = mergeTasks(
      [
        { taskId: 'T2', subjectId: 's1' },
        { taskId: 'T1', subjectId: 's1' },
      ],
      { plan: p, catalogue, policy: zhejiang2023 },
    );
    expect(result.visits[0]?.id).toBe('s1:T1+T2');
    expect(result.visits[0]?.items).toEqual(['A99', 'A100', 'B01']);
    expect(result.visits[0]?.departments).toEqual(['餐饮科', '价竞分局']);
    expect(result.summary).toEqual({ pairs: 2, subjects: 1, visits: 1, saved: 1, jointVisits: 1 });
  });
});
