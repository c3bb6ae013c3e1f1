import { describe, expect, it } from 'vitest';
import { zhejiang2023 } from '../../src/presets/index.js';
import { mergeTasks } from '../../src/merge/index.js';
import { catalogue, plan, task } from './fixtures.js';

describe('mergeTasks: a merged visit has the intersection of its tasks’ windows, in either plan order', () => {
  // X: 03-10 (issued) to 06-30; Y: 03-01 (month start) to 05-31. Same month, same merge group: one visit, 03-10 to 05-31.
  const x = task({ id: 'X', month: 3, leadDepartment: '餐饮科', itemCodes: ['A99'], mergeGroup: 'g', issuedOn: '2023-03-10', dueOn: '2023-06-30' });
  const y = task({ id: 'Y', month: 3, leadDepartment: '标准科', itemCodes: ['A101'], mergeGroup: 'g', dueOn: '2023-05-31' });
  const draws = [
    { taskId: 'X', subjectId: 's1' },
    { taskId: 'Y', subjectId: 's1' },
  ];

  it('X first in the plan', () => {
    const result = mergeTasks(draws, { plan: plan([x, y]), catalogue, policy: zhejiang2023 });
    expect(result.visits.map((v) => [v.id, v.window, v.leadDepartment])).toEqual([['s1:X+Y', { from: '2023-03-10', to: '2023-05-31' }, '餐饮科']]);
  });

  it('Y first in the plan', () => {
    const result = mergeTasks(draws, { plan: plan([y, x]), catalogue, policy: zhejiang2023 });
    expect(result.visits.map((v) => [v.id, v.window, v.leadDepartment])).toEqual([['s1:X+Y', { from: '2023-03-10', to: '2023-05-31' }, '标准科']]);
  });

  it('windows that touch on one day still merge: 03-01..03-10 and 03-10..03-31', () => {
    const a = task({ id: 'A', month: 3, leadDepartment: '餐饮科', itemCodes: ['A99'], mergeGroup: 'g', dueOn: '2023-03-10' });
    const b = task({ id: 'B', month: 3, leadDepartment: '标准科', itemCodes: ['A101'], mergeGroup: 'g', issuedOn: '2023-03-10', dueOn: '2023-03-31' });
    const result = mergeTasks(
      [
        { taskId: 'A', subjectId: 's1' },
        { taskId: 'B', subjectId: 's1' },
      ],
      { plan: plan([a, b]), catalogue, policy: zhejiang2023 },
    );
    expect(result.visits.map((v) => [v.id, v.window])).toEqual([['s1:A+B', { from: '2023-03-10', to: '2023-03-10' }]]);
    expect(result.repeatVisits).toEqual([]);
  });
});
