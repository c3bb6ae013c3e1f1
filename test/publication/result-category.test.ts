import { describe, it, expect } from 'vitest';
import {
  RESULT_CATEGORIES,
  ResultCategoryIdSchema,
  defineResultCategories,
  defaultResultCategories,
  FOLLOWED_UP_STATUSES,
  FOLLOW_UP_STATUS_LABELS,
  FollowUpStatusSchema,
} from '../../src/publication/index.js';

describe('RESULT_CATEGORIES', () => {
  it('holds the 11 official categories with their Chinese text, in order (domain.md)', () => {
    expect(RESULT_CATEGORIES.map((c) => c.text)).toEqual([
      '未发现问题',
      '未按规定公示应当公示的信息',
      '公示信息隐瞒真实情况、弄虚作假',
      '通过登记的住所（经营场所）无法联系',
      '不配合检查情节严重',
      '发现问题已责令改正',
      '发现问题待后续处理',
      '未发现开展本次抽查涉及的经营活动',
      '检查对象已注销',
      '检查对象已吊销',
      '已移送其他部门处理',
    ]);
    expect(RESULT_CATEGORIES.map((c) => c.id)).toEqual(ResultCategoryIdSchema.options);
  });

  it('marks which categories found a problem and which need a follow-up', () => {
    const problems = RESULT_CATEGORIES.filter((c) => c.problemFound).map((c) => c.id);
    expect(problems).toEqual(['info-not-published', 'info-falsified', 'unreachable-at-address', 'obstruction', 'ordered-to-correct', 'pending-follow-up', 'transferred']);
    const followUp = RESULT_CATEGORIES.filter((c) => c.followUpNeeded).map((c) => c.id);
    expect(followUp).toEqual(problems.filter((id) => id !== 'transferred'));
  });

  it('is frozen', () => {
    expect(Object.isFrozen(RESULT_CATEGORIES)).toBe(true);
    expect(Object.isFrozen(RESULT_CATEGORIES[0])).toBe(true);
  });
});

describe('defineResultCategories', () => {
  it('adds a bureau category after the official ones', () => {
    const registry = defineResultCategories([{ id: 'warned', text: '发现问题已予警告', problemFound: true, followUpNeeded: false }]);
    expect(registry.categories).toHaveLength(12);
    expect(registry.categories[11]?.id).toBe('warned');
    expect(registry.byId.get('warned')?.followUpNeeded).toBe(false);
  });

  it('rejects a repeated or official id with DUPLICATE_ID and a bad one with INVALID_INPUT', () => {
    expect(() => defineResultCategories([{ id: 'no-problem', text: '正常', problemFound: false, followUpNeeded: false }])).toThrow(
      expect.objectContaining({ code: 'DUPLICATE_ID', path: [0, 'id'] }),
    );
    const warned = { id: 'warned', text: '警告', problemFound: true, followUpNeeded: false };
    expect(() => defineResultCategories([warned, warned])).toThrow(expect.objectContaining({ code: 'DUPLICATE_ID', path: [1, 'id'] }));
    expect(() => defineResultCategories([{ ...warned, id: 'Warned!' }])).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path: [0, 'id'] }));
    expect(() => defineResultCategories([{ ...warned, text: '' }])).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path: [0, 'text'] }));
  });

  it('the default registry holds the official list only', () => {
    expect(defaultResultCategories.categories).toHaveLength(11);
  });
});

describe('follow-up statuses', () => {
  it('every status has a Chinese label; none and pending are not followed up', () => {
    for (const status of FollowUpStatusSchema.options) expect(FOLLOW_UP_STATUS_LABELS[status]).toBeTruthy();
    expect(FollowUpStatusSchema.options.filter((s) => !FOLLOWED_UP_STATUSES.includes(s))).toEqual(['none', 'pending']);
  });
});
