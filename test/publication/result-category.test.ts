import { describe, it, expect } from 'vitest';
import {
  defineResultCategories,
  resultCategoriesOf,
  FOLLOWED_UP_STATUSES,
  FOLLOW_UP_STATUS_LABELS,
  FollowUpStatusSchema,
} from '../../src/publication/index.js';
import { definePolicy } from '../../src/policy/index.js';
import { henan2021, lindian2024, national, nationalResultCategories, zhejiang2023 } from '../../src/presets/index.js';
import { errorOf } from '../support/error-of.js';

/**
 * The code table of the Zhejiang 工商 抽查 system as read in GuanzhouSong/ZhejiangMicroEnt at commit
 * b2e194a (scresultinsert_list.js, lines 114–151; PubSccheckWeChatServiceImpl.getCheckResult).
 * Code 2 is commented out in the Java service; the JS text of code 7 is used, the Java one is an alias.
 */
const ZHEJIANG_SYSTEM: Readonly<Record<string, string>> = {
  '1': '未发现问题',
  '3': '违反食品药品管理相关规定',
  '4': '违反质量技术监督相关规定',
  '5': '违反其他部门相关规定',
  '6': '通过登记的住所（经营场所）无法联系',
  '7': '已关闭停业或正在组织清算',
  '8': '不配合检查情节严重',
  '9': '注销',
  '10': '被吊销',
  '11': '被撤销',
  '12': '迁出',
  A: '发现问题待后续处理',
  B: '未按规定公示应当公示的信息',
  C: '公示信息隐瞒真实情况弄虚作假',
  D: '违反其他工商行政管理规定行为',
  E: '发现问题经责令已改正',
  F: '未发现开展本次抽查涉及的经营活动',
  G: '违反公安部门相关规定',
};

describe('the national result categories', () => {
  const registry = resultCategoriesOf(national);

  it('are those of the Zhejiang 工商 system, code for code and text for text', () => {
    expect(Object.fromEntries(registry.categories.map((category) => [category.code, category.text]))).toEqual(ZHEJIANG_SYSTEM);
    expect(registry.categories).toHaveLength(18);
  });

  it('each carries a sourced citation of its code, and the variant wordings attested elsewhere', () => {
    for (const category of registry.categories) {
      expect(category.source).toMatchObject({ status: 'sourced', ref: `浙江工商抽查系统结果代码 ${String(category.code)}`, setBy: 'national' });
      expect(category.source?.url).toMatch(/^https:\/\/github\.com\/GuanzhouSong\/ZhejiangMicroEnt\//);
    }
    expect(registry.byId.get('ordered-to-correct')?.aliases).toEqual(['发现问题已责令改正']);
    expect(registry.byId.get('closed-or-liquidating')?.aliases).toEqual(['已关闭停业或正在清算']);
  });

  it('drop the unattested 已移送其他部门处理 and the old ids it replaced', () => {
    const texts = registry.categories.flatMap((category) => [category.text, ...category.aliases]);
    expect(texts).not.toContain('已移送其他部门处理');
    expect(registry.byId.has('transferred')).toBe(false);
    expect(registry.byId.get('deregistered')?.text).toBe('注销');
    expect(registry.byId.get('revoked')?.text).toBe('被吊销');
  });

  it('mark which categories found a problem and which need a follow-up', () => {
    const problems = registry.categories.filter((c) => c.problemFound).map((c) => c.code);
    expect(problems).toEqual(['3', '4', '5', '6', '8', 'A', 'B', 'C', 'D', 'E', 'G']);
    expect(registry.categories.filter((c) => c.followUpNeeded).map((c) => c.code)).toEqual(problems);
  });

  it('are inherited by every preset built on the national base', () => {
    for (const policy of [zhejiang2023, henan2021, lindian2024]) expect(policy.resultCategories).toEqual(national.resultCategories);
    expect(nationalResultCategories.map((category) => category.id)).toEqual(registry.categories.map((category) => category.id));
  });

  it('are frozen', () => {
    expect(Object.isFrozen(national.resultCategories)).toBe(true);
    expect(Object.isFrozen(national.resultCategories[0])).toBe(true);
  });
});

describe('adding a bureau category with definePolicy', () => {
  it('appends it with its source; an existing id is reworded, not duplicated', () => {
    const policy = definePolicy(
      {
        id: 'myBureau',
        resultCategories: [
          { id: 'warned', text: '发现问题已予警告', problemFound: true, followUpNeeded: false, source: '本局2024年通知·三' },
          { id: 'no-problem', code: '1', text: '未发现问题', problemFound: false, followUpNeeded: false, aliases: ['正常'] },
        ],
      },
      zhejiang2023,
    );
    const registry = resultCategoriesOf(policy);
    expect(registry.categories).toHaveLength(19);
    expect(registry.categories[18]).toMatchObject({ id: 'warned', source: { status: 'sourced', ref: '本局2024年通知·三', setBy: 'myBureau' } });
    expect(registry.byId.get('no-problem')).toMatchObject({ aliases: ['正常'], source: { status: 'unsourced', setBy: 'myBureau' } });
  });

  it('rejects a malformed category with the path inside the policy', () => {
    expect(errorOf(() => definePolicy({ resultCategories: [{ id: 'Bad!', text: 'x', problemFound: true, followUpNeeded: true }] }, zhejiang2023))).toMatchObject({
      code: 'INVALID_POLICY',
      path: ['resultCategories', 0, 'id'],
    });
  });
});

describe('defineResultCategories', () => {
  it('builds a registry from a complete list', () => {
    const registry = defineResultCategories([{ id: 'warned', text: '发现问题已予警告', problemFound: true, followUpNeeded: false }]);
    expect(registry.categories).toHaveLength(1);
    expect(registry.byId.get('warned')?.followUpNeeded).toBe(false);
  });

  it('rejects a repeated id with DUPLICATE_ID, a bad one and an empty list with INVALID_INPUT', () => {
    const warned = { id: 'warned', text: '警告', problemFound: true, followUpNeeded: false };
    expect(() => defineResultCategories([warned, warned])).toThrow(expect.objectContaining({ code: 'DUPLICATE_ID', path: [1, 'id'] }));
    expect(() => defineResultCategories([{ ...warned, id: 'Warned!' }])).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path: [0, 'id'] }));
    expect(() => defineResultCategories([{ ...warned, text: '' }])).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path: [0, 'text'] }));
    expect(() => defineResultCategories([])).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });

  it('resultCategoriesOf needs a policy', () => {
    expect(errorOf(() => resultCategoriesOf(undefined as never))).toMatchObject({ code: 'MISSING_ARGUMENT', path: ['policy'] });
  });
});

describe('follow-up statuses', () => {
  it('every status has a Chinese label; none and pending are not followed up', () => {
    for (const status of FollowUpStatusSchema.options) expect(FOLLOW_UP_STATUS_LABELS[status]).toBeTruthy();
    expect(FollowUpStatusSchema.options.filter((s) => !FOLLOWED_UP_STATUSES.includes(s))).toEqual(['none', 'pending']);
  });
});
