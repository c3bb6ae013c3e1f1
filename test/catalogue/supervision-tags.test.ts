import { describe, it, expect } from 'vitest';
import { SUPERVISION_TAGS, SUPERVISION_TAG_OWNERS, SupervisionTagSchema, isSupervisionTag } from '../../src/catalogue/index.js';

describe('SUPERVISION_TAGS', () => {
  it('holds the 18 tags of the brief, each with a Chinese label and an owner department', () => {
    expect(Object.keys(SUPERVISION_TAGS).sort()).toEqual(
      [
        'food-production', 'food-retail', 'catering', 'lift-user', 'advertising', 'industrial-licence', 'measuring-instruments',
        'pharmacy', 'medical-devices', 'e-commerce', 'price-regulated', 'direct-selling', 'trademark', 'patent-agency',
        'energy-label', 'prepackaged-goods', 'testing-body', 'law-enforcement-filing',
      ].sort(),
    );
    for (const [tag, label] of Object.entries(SUPERVISION_TAGS)) {
      expect(label).toMatch(/^[\u4e00-\u9fff、]+$/);
      expect(SUPERVISION_TAG_OWNERS[tag as keyof typeof SUPERVISION_TAGS]).toBeTruthy();
    }
  });

  it('assigns owners as 通知·四 does', () => {
    expect(SUPERVISION_TAG_OWNERS).toMatchObject({
      advertising: '市场合同科',
      'industrial-licence': '质量监管科',
      'lift-user': '特种设备科',
      catering: '餐饮科',
      'energy-label': '标准计量科',
      'testing-body': '标准计量科',
      'patent-agency': '知识产权科',
      'medical-devices': '药监分局',
      'e-commerce': '网监分局',
      'direct-selling': '价竞分局',
      'law-enforcement-filing': '机关党委',
    });
  });

  it('validates tag ids', () => {
    expect(SupervisionTagSchema.parse('pharmacy')).toBe('pharmacy');
    expect(SupervisionTagSchema.safeParse('food').success).toBe(false);
    expect(isSupervisionTag('trademark')).toBe(true);
    expect(isSupervisionTag('hasOwnProperty')).toBe(false);
    expect(isSupervisionTag(3)).toBe(false);
  });
});
