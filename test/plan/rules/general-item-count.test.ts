import { describe, it, expect } from 'vitest';
import { generalItemCountRule } from '../../../src/plan/index.js';
import { defineCatalogue } from '../../../src/catalogue/index.js';
import { zhejiang2023Catalogue } from '../../../src/presets/index.js';
import { definePolicy } from '../../../src/policy/index.js';
import { runRule, samplePlan } from '../fixtures.js';
import { zhejiang2023 } from '../../../src/presets/index.js';

describe('plan.general-item-count (通知·一 等7个抽查事项)', () => {
  it('passes the notice catalogue, which has 7 general items (3 named + 4 placeholders)', () => {
    expect(runRule(generalItemCountRule, samplePlan())).toEqual([]);
  });

  it('warns when the policy expects another number', () => {
    expect(runRule(generalItemCountRule, samplePlan(), { policy: definePolicy({ generalItemCount: 8 }, zhejiang2023) })).toEqual([
      {
        ruleId: 'plan.general-item-count',
        severity: 'warning',
        clause: '未注明出处',
        message: '抽查事项清单有 7 个通用检查事项，政策要求 8 个',
        data: { value: 7, target: 8 },
      },
    ]);
  });

  it('warns when a catalogue leaves out the placeholders', () => {
    const catalogue = defineCatalogue({
      year: 2023,
      region: '浙江省',
      items: zhejiang2023Catalogue.items.filter((item) => !item.placeholder),
    });
    expect(runRule(generalItemCountRule, samplePlan(), { catalogue }).map((f) => f.message)).toEqual([
      '抽查事项清单有 3 个通用检查事项，政策要求 7 个',
    ]);
  });
});
