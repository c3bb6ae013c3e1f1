import { describe, it, expect } from 'vitest';
import { defineCatalogue, extendCatalogue, findItem, generalItems, itemsForTag, itemsForTask, placeholderItems, replaceItem } from '../../src/catalogue/index.js';
import { zhejiang2023Catalogue } from '../../src/presets/index.js';
import { ShuangsuijiError } from '../../src/core/index.js';
import { errorOf } from '../support/error-of.js';


const realA102 = { code: 'A102', name: '通用检查事项（示例）', category: 'general' as const, leadDepartment: '信用监管科', targetKinds: ['enterprise' as const] };

describe('findItem', () => {
  it('finds an item by code', () => {
    expect(findItem(zhejiang2023Catalogue, 'B04').leadDepartment).toBe('特种设备科');
  });
  it('throws UNKNOWN_ITEM for an unknown code, INVALID_CATALOGUE for a non-catalogue', () => {
    expect(errorOf(() => findItem(zhejiang2023Catalogue, 'Z01'))).toMatchObject({ code: 'UNKNOWN_ITEM', path: ['code'], details: { code: 'Z01' } });
    expect(errorOf(() => findItem({ items: [] } as never, 'A99'))).toMatchObject({ code: 'INVALID_CATALOGUE', path: ['catalogue'] });
  });
});

describe('itemsForTask', () => {
  it('resolves codes in order', () => {
    expect(itemsForTask(zhejiang2023Catalogue, ['A99', 'B03']).map((item) => item.leadDepartment)).toEqual(['信用监管科', '餐饮科']);
    expect(itemsForTask(zhejiang2023Catalogue, [])).toEqual([]);
  });
  it('throws UNKNOWN_ITEM with the index of the first unknown code', () => {
    expect(errorOf(() => itemsForTask(zhejiang2023Catalogue, ['A99', 'Z01', 'Z02']))).toMatchObject({ code: 'UNKNOWN_ITEM', path: [1] });
    expect(errorOf(() => itemsForTask(zhejiang2023Catalogue, 'A99' as never))).toMatchObject({ code: 'INVALID_INPUT' });
  });
});

describe('generalItems, placeholderItems, itemsForTag', () => {
  it('lists general items with or without placeholders', () => {
    expect(generalItems(zhejiang2023Catalogue)).toHaveLength(7);
    expect(generalItems(zhejiang2023Catalogue, { includePlaceholders: false }).map((item) => item.code)).toEqual(['A99', 'A100', 'A101']);
  });
  it('lists placeholders', () => {
    expect(placeholderItems(zhejiang2023Catalogue).map((item) => item.code)).toEqual(['A102', 'A103', 'A104', 'A105']);
  });
  it('finds items by tag', () => {
    expect(itemsForTag(zhejiang2023Catalogue, 'prepackaged-goods').map((item) => item.code)).toEqual(['B08']);
    expect(itemsForTag(zhejiang2023Catalogue, 'law-enforcement-filing')).toEqual([]);
  });
});

describe('replaceItem', () => {
  it('fills a placeholder in place and leaves the original alone', () => {
    const filled = replaceItem(zhejiang2023Catalogue, 'A102', realA102);
    expect(filled.generalCodes).toEqual(zhejiang2023Catalogue.generalCodes);
    expect(filled.byCode.get('A102')?.placeholder).toBe(false);
    expect(placeholderItems(filled)).toHaveLength(3);
    expect(zhejiang2023Catalogue.byCode.get('A102')?.placeholder).toBe(true);
  });
  it('may change the code', () => {
    const filled = replaceItem(zhejiang2023Catalogue, 'A105', { ...realA102, code: 'A98' });
    expect(filled.generalCodes).toEqual(['A99', 'A100', 'A101', 'A102', 'A103', 'A104', 'A98']);
  });
  it('throws UNKNOWN_ITEM, DUPLICATE_ID and INVALID_CATALOGUE', () => {
    expect(errorOf(() => replaceItem(zhejiang2023Catalogue, 'Z01', realA102))).toMatchObject({ code: 'UNKNOWN_ITEM', path: ['code'] });
    expect(errorOf(() => replaceItem(zhejiang2023Catalogue, 'A105', { ...realA102, code: 'A99' }))).toMatchObject({ code: 'DUPLICATE_ID', path: ['items', 6, 'code'] });
    expect(errorOf(() => replaceItem(zhejiang2023Catalogue, 'A102', { ...realA102, targetKinds: [] }))).toMatchObject({
      code: 'INVALID_CATALOGUE',
      path: ['items', 3, 'targetKinds'],
    });
  });
});

describe('extendCatalogue', () => {
  it('appends items', () => {
    const local = extendCatalogue(zhejiang2023Catalogue, [{ ...realA102, code: 'L01', category: 'specialised' }]);
    expect(local.items.at(-1)?.code).toBe('L01');
    expect(local.items).toHaveLength(zhejiang2023Catalogue.items.length + 1);
  });
  it('throws DUPLICATE_ID for a code already listed', () => {
    const index = zhejiang2023Catalogue.items.length;
    expect(errorOf(() => extendCatalogue(zhejiang2023Catalogue, [{ ...realA102, code: 'B01' }]))).toMatchObject({ code: 'DUPLICATE_ID', path: ['items', index, 'code'] });
    expect(errorOf(() => extendCatalogue(zhejiang2023Catalogue, 'x' as never))).toMatchObject({ code: 'INVALID_CATALOGUE', path: ['items'] });
  });
});

describe('defineCatalogue without general items', () => {
  it('is allowed: requiring general items is a policy\'s rule (zhejiang2023 通知·一), not every catalogue\'s', () => {
    const catalogue = defineCatalogue({
      year: 2024,
      region: '示例',
      items: [{ code: 'N01', name: '示例事项', category: 'specialised', leadDepartment: '执法大队', targetKinds: ['enterprise'] }],
    });
    expect(catalogue.generalCodes).toEqual([]);
  });
});
