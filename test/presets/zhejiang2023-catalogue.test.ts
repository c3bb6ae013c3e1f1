import { describe, it, expect } from 'vitest';
import { SUPERVISION_TAGS, SUPERVISION_TAG_OWNERS, isSupervisionTag } from '../../src/catalogue/index.js';
import { zhejiang2023Catalogue } from '../../src/presets/index.js';

const { items, byCode } = zhejiang2023Catalogue;

describe('zhejiang2023Catalogue', () => {
  it('has the 7 general items of 通知·一: A99–A101 as named, A102–A105 as placeholders', () => {
    expect(zhejiang2023Catalogue.generalCodes).toEqual(['A99', 'A100', 'A101', 'A102', 'A103', 'A104', 'A105']);
    expect(byCode.get('A99')?.name).toBe(
      '通用检查事项（公示信息检查——对企业、个体工商户、农民专业合作社经营场所及存续状态年度报告公示信息的检查）',
    );
    expect(byCode.get('A100')?.name).toBe('通用检查事项（价格行为检查——对违反明码标价规定行为的行政检查）');
    expect(byCode.get('A101')?.name).toBe('通用检查事项（市场类标准监督检查——对企业履行标准自我声明公开义务的监督检查）');
    expect(items.filter((item) => item.placeholder).map((item) => [item.code, item.name])).toEqual([
      ['A102', '通用检查事项（待依附件1补充·第4项）'],
      ['A103', '通用检查事项（待依附件1补充·第5项）'],
      ['A104', '通用检查事项（待依附件1补充·第6项）'],
      ['A105', '通用检查事项（待依附件1补充·第7项）'],
    ]);
    for (const code of ['A99', 'A100', 'A101']) expect(byCode.get(code)?.source).toMatch(/^通知·一/);
    for (const code of ['A102', 'A103', 'A104', 'A105']) expect(byCode.get(code)?.source).toMatch(/附件1.*待补充/);
  });

  it('gives every item a source, and every real item a legal basis', () => {
    for (const item of items) {
      expect(item.source, item.code).not.toBe('');
      if (!item.placeholder) expect(item.basis, item.code).toMatch(/《.+》/);
    }
  });

  it('uses only the known tags, and covers every tag that defines a pool (all but 执法报备)', () => {
    const used = new Set(items.flatMap((item) => item.targetTags));
    for (const tag of used) expect(isSupervisionTag(tag), tag).toBe(true);
    expect(Object.keys(SUPERVISION_TAGS).filter((tag) => !used.has(tag))).toEqual(['law-enforcement-filing']);
  });

  it('has each specialised item led by the department that owns its tags (通知·四)', () => {
    for (const item of items.filter((candidate) => candidate.category === 'specialised')) {
      for (const tag of item.targetTags) expect(item.leadDepartment, item.code).toBe(SUPERVISION_TAG_OWNERS[tag as keyof typeof SUPERVISION_TAG_OWNERS]);
    }
  });

  it('requires the special-equipment qualification for lift users', () => {
    expect(byCode.get('B04')).toMatchObject({
      name: '电梯使用单位监督检查',
      leadDepartment: '特种设备科',
      targetTags: ['lift-user'],
      requiredQualifications: ['special-equipment'],
      domain: 'special-equipment',
    });
    expect(items.filter((item) => item.requiredQualifications.length > 0).map((item) => item.code)).toEqual(['B04']);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(zhejiang2023Catalogue.items)).toBe(true);
    expect(Object.isFrozen(byCode.get('A99'))).toBe(true);
  });
});
