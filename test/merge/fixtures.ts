import { defineCatalogue } from '../../src/catalogue/index.js';
import type { AnnualPlanInput, PlannedTaskInput } from '../../src/plan/index.js';

/**
 * Catalogue with general and specialised items interleaved, so the visit item order
 * (general items first in catalogue order, then the others in catalogue order) is visible.
 * General ranks: A99 0, A100 1, A101 2; others: B01 3, B02 4, C01 5, B03 6, C02 7.
 */
export const catalogue = defineCatalogue({
  year: 2023,
  region: '浙江省',
  items: [
    { code: 'B01', name: '餐饮服务食品安全检查', category: 'specialised', leadDepartment: '餐饮科', targetKinds: ['enterprise', 'individual'], domain: 'food' },
    { code: 'A99', name: '公示信息检查', category: 'general', leadDepartment: '信用监管科', targetKinds: ['enterprise', 'individual', 'cooperative'] },
    { code: 'B02', name: '价格收费检查', category: 'specialised', leadDepartment: '价竞分局', targetKinds: ['enterprise', 'individual'] },
    { code: 'A100', name: '价格行为检查', category: 'general', leadDepartment: '价竞分局', targetKinds: ['enterprise', 'individual'] },
    {
      code: 'C01',
      name: '电梯使用单位监督检查',
      category: 'specialised',
      leadDepartment: '特种设备科',
      targetKinds: ['enterprise'],
      targetTags: ['lift-user'],
      requiredQualifications: ['special-equipment'],
      domain: 'special-equipment',
    },
    { code: 'A101', name: '市场类标准监督检查', category: 'general', leadDepartment: '标准科', targetKinds: ['enterprise'] },
    { code: 'B03', name: '食品相关标准检查', category: 'specialised', leadDepartment: '标准科', targetKinds: ['enterprise'] },
    { code: 'C02', name: '合同行为检查', category: 'specialised', leadDepartment: '市场合同科', targetKinds: ['enterprise'], requiredQualifications: ['contract'] },
  ],
});

/** A task with the fields the merge does not read filled in. */
export function task(fields: Omit<PlannedTaskInput, 'name' | 'sampling'> & { name?: string }): PlannedTaskInput {
  return { name: `任务 ${fields.id}`, sampling: { ratio: 0.05 }, ...fields };
}

/** A 2023 plan of the given tasks. */
export function plan(tasks: PlannedTaskInput[]): AnnualPlanInput {
  return { year: 2023, unit: '龙湾区市场监督管理局', tasks };
}
