import { describe, expect, it } from 'vitest';
import { groupAssignments } from '../../src/merge/group-assignments.js';
import { thrown } from '../support/error-of.js';


describe('groupAssignments (按检查对象分组)', () => {
  it('40 tasks (two 32-bit words a subject) and 2 500 subjects (past the first buffer twice): each bit where it belongs', () => {
    const taskCount = 40;
    const rankOf = new Map(Array.from({ length: taskCount }, (_, r) => [`T${r}`, r] as const));
    const pairs = [];
    for (let s = 0; s < 2500; s += 1) {
      pairs.push({ taskId: `T${s % taskCount}`, subjectId: `S${s}` });
      if (s % taskCount !== 39) pairs.push({ taskId: 'T39', subjectId: `S${s}` });
    }
    const grouped = groupAssignments(pairs, rankOf, taskCount);
    expect(grouped.words).toBe(2);
    expect(grouped.pairs).toBe(pairs.length);
    expect(grouped.subjectIds.length).toBe(2500);
    for (const s of [0, 1, 31, 32, 33, 1023, 1024, 1025, 2047, 2048, 2499]) {
      const n = grouped.numberOf.get(`S${s}`)!;
      expect(n).toBe(s);
      const r = s % taskCount;
      // word 0 holds ranks 0–31, word 1 ranks 32–39; T39 is bit 7 of word 1.
      const low = r < 32 ? (1 << r) | 0 : 0;
      const high = (r >= 32 ? 1 << (r - 32) : 0) | (1 << 7);
      expect([grouped.masks[n * 2], grouped.masks[n * 2 + 1]]).toEqual([low, high]);
    }
  });

  it('one word for up to 32 tasks, at least one for none', () => {
    expect(groupAssignments([], new Map(), 0).words).toBe(1);
    expect(groupAssignments([], new Map(), 32).words).toBe(1);
    expect(groupAssignments([], new Map(), 33).words).toBe(2);
  });

  it('bad pairs, with index and message', () => {
    const rankOf = new Map([['T1', 0]]);
    expect(thrown(() => groupAssignments(null as never, rankOf, 1))).toEqual({
      code: 'INVALID_INPUT',
      path: ['draws'],
      message: '抽取结果应为 { taskId, subjectId } 的可迭代序列',
    });
    const good = { taskId: 'T1', subjectId: 'S0' };
    expect(thrown(() => groupAssignments([good, 5 as never], rankOf, 1))).toEqual({
      code: 'INVALID_INPUT',
      path: ['draws', 1],
      message: '抽取结果第 1 项应为 { taskId, subjectId }',
    });
    expect(thrown(() => groupAssignments([good, { taskId: 3, subjectId: 'S1' } as never], rankOf, 1))).toEqual({
      code: 'INVALID_INPUT',
      path: ['draws', 1, 'taskId'],
      message: '抽取结果第 1 项的 taskId 应为字符串',
    });
    expect(thrown(() => groupAssignments([good, { taskId: 'T9', subjectId: 'S1' }], rankOf, 1))).toMatchObject({
      code: 'UNKNOWN_TASK',
      path: ['draws', 1, 'taskId'],
      message: '抽取结果第 1 项的任务 T9 不在年度计划中',
    });
    expect(thrown(() => groupAssignments([good, { taskId: 'T1', subjectId: '' }], rankOf, 1))).toEqual({
      code: 'INVALID_INPUT',
      path: ['draws', 1, 'subjectId'],
      message: '抽取结果第 1 项的 subjectId 应为非空字符串',
    });
    expect(thrown(() => groupAssignments([good, { taskId: 'T1', subjectId: 'S0 ' }], rankOf, 1))).toMatchObject({
      code: 'DUPLICATE_ID',
      path: ['draws', 1],
      message: '抽取结果第 1 项重复：任务 T1 已抽中检查对象 S0',
    });
  });
});
