import { describe, it, expect } from 'vitest';
import { definePolicy } from '../../src/policy/index.js';
import { national, zhejiang2023, zhejiang2023Catalogue } from '../../src/presets/index.js';
import { parseMergeOptions } from '../../src/merge/merge-options.js';
import { thrown } from '../support/error-of.js';


const plan = { year: 2023, unit: '龙湾区市场监督管理局', tasks: [] };
const options = { plan, catalogue: zhejiang2023Catalogue, policy: zhejiang2023 };

describe('parseMergeOptions (合并实施参数)', () => {
  it('rejects options that are not an object, and a missing policy, with the messages', () => {
    const notObject = { code: 'INVALID_INPUT', path: [], message: '合并实施参数应为对象 { plan, catalogue, policy }' };
    expect(thrown(() => parseMergeOptions(null as never))).toEqual(notObject);
    expect(thrown(() => parseMergeOptions(3 as never))).toEqual(notObject);
    const missing = { code: 'MISSING_ARGUMENT', path: ['policy'], message: '缺少参数 policy：合并实施需要政策参数（合并范围、完成期限）' };
    expect(thrown(() => parseMergeOptions({ plan, catalogue: zhejiang2023Catalogue } as never))).toEqual(missing);
    expect(thrown(() => parseMergeOptions({ ...options, policy: null } as never))).toEqual(missing);
  });

  it('puts the option name in front of the path of a bad plan or policy', () => {
    const badPlan = thrown(() => parseMergeOptions({ ...options, plan: { ...plan, year: 'x' } } as never));
    expect(badPlan.code).toBe('INVALID_PLAN');
    expect(badPlan.path).toEqual(['plan', 'year']);
    expect(badPlan.message).toContain('年度计划');
    const badPolicy = thrown(() => parseMergeOptions({ ...options, policy: { publicationWorkingDays: 'x' } } as never));
    expect(badPolicy.code).toBe('INVALID_POLICY');
    expect(badPolicy.path[0]).toBe('policy');
    expect(badPolicy.message).toContain('政策参数');
  });

  it('rejects a catalogue not built by defineCatalogue', () => {
    expect(thrown(() => parseMergeOptions({ ...options, catalogue: {} as never }))).toEqual({
      code: 'INVALID_CATALOGUE',
      path: ['catalogue'],
      message: '抽查事项清单无效：应为 defineCatalogue 的结果',
    });
  });

  it('a completion deadline of 02-29 is the 28th in 2023 and the 29th in 2024, as the plan rule and the KPI read it', () => {
    const leap = definePolicy({ completionDeadline: '02-29', sources: { completionDeadline: '测试：2 月 29 日' } }, zhejiang2023);
    expect(parseMergeOptions({ ...options, policy: leap }).deadline).toBe('2023-02-28');
    expect(parseMergeOptions({ ...options, plan: { ...plan, year: 2024 }, policy: leap }).deadline).toBe('2024-02-29');
    expect(parseMergeOptions(options).deadline).toBe('2023-10-31');
  });

  it('a policy without a completion deadline is accepted', () => {
    const parsed = parseMergeOptions({ ...options, policy: national });
    expect(national.completionDeadline).toBeUndefined();
    expect(parsed.deadline).toMatch(/^2023-\d\d-\d\d$/);
  });

  it('hands back what a getter of the caller throws', () => {
    const tricky = {
      ...options,
      plan: {
        ...plan,
        get year(): never {
          throw new RangeError('caller');
        },
      },
    };
    expect(() => parseMergeOptions(tricky as never)).toThrow(RangeError);
  });
});
