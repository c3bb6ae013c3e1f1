import { describe, it, expect } from 'vitest';
import { isJointTask } from '../../src/plan/index.js';
import { longwan2023SamplePlan, zhejiang2023Catalogue } from '../../src/presets/index.js';

const tasks = longwan2023SamplePlan.tasks;

describe('longwan2023SamplePlan', () => {
  it('is a frozen 2023 plan of 20 random tasks', () => {
    expect(longwan2023SamplePlan.year).toBe(2023);
    expect(tasks).toHaveLength(20);
    expect(tasks.every((task) => task.random)).toBe(true);
    expect(Object.isFrozen(longwan2023SamplePlan.tasks[0]?.itemCodes)).toBe(true);
  });

  it('issues every task from March to October (通知·四 10月底前)', () => {
    expect([...new Set(tasks.map((task) => task.month))]).toEqual([3, 4, 5, 6, 7, 8, 9, 10]);
    expect(tasks.every((task) => task.dueOn !== undefined && task.dueOn <= '2023-10-31')).toBe(true);
  });

  it('merges the 7 general items into every task (通知·一)', () => {
    for (const task of tasks) expect(task.itemCodes.slice(0, 7)).toEqual(zhejiang2023Catalogue.generalCodes);
  });

  it('covers every real item of the catalogue', () => {
    const covered = new Set(tasks.flatMap((task) => task.itemCodes));
    expect(zhejiang2023Catalogue.items.filter((item) => !covered.has(item.code))).toEqual([]);
  });

  it('has 10 joint tasks of 20 (通知·三 is met in checks: see test/presets/plan-simulation-agreement.test.ts)', () => {
    expect(tasks.filter(isJointTask).map((task) => task.id)).toEqual(['T02', 'T03', 'T06', 'T08', 'T09', 'T11', 'T13', 'T14', 'T16', 'T17']);
  });

  it('pairs the food tasks of 食品生产流通科, 餐饮科, 标准计量科 and 价竞分局, and the lift tasks of 特种设备科 and 市场合同科 (通知·一)', () => {
    const groups = new Map<string, string[]>();
    for (const task of tasks) if (task.mergeGroup !== undefined) groups.set(task.mergeGroup, [...(groups.get(task.mergeGroup) ?? []), task.leadDepartment]);
    expect([...groups.values()]).toEqual([
      ['食品生产流通科', '食品生产流通科', '餐饮科', '标准计量科', '价竞分局'],
      ['特种设备科', '市场合同科'],
    ]);
  });

  it('has one undirected whole-directory task', () => {
    expect(tasks.filter((task) => task.kind === 'undirected').map((task) => [task.id, task.pool])).toEqual([['T12', { statuses: ['operating'] }]]);
  });
});
