import { parseInput } from '../../core/parse-input.js';
import { deepFreeze } from '../../core/deep-freeze.js';
import { AnnualPlanSchema, type AnnualPlan, type AnnualPlanInput, type PlannedTaskInput } from '../../plan/plan-schema.js';

/** The 7 general items of 通知·一, merged into every random task (A102–A105 stand for 附件1's other four). */
const GENERAL = ['A99', 'A100', 'A101', 'A102', 'A103', 'A104', 'A105'];

/** Merge groups (配对要求, 通知·一): food subjects with 食药检验所's forms; lift users in commercial buildings. */
const FOOD = '食品类监管对象（配合食药检验所配套检查表单）';
const LIFTS = '商业楼宇电梯使用单位（配合特种设备科配套检查表单）';

function task(fields: Omit<PlannedTaskInput, 'itemCodes'> & { readonly specialised?: readonly string[] }): PlannedTaskInput {
  const { specialised = [], ...rest } = fields;
  return { ...rest, itemCodes: [...GENERAL, ...specialised] };
}

const input: AnnualPlanInput = {
  year: 2023,
  unit: '龙湾区市场监督管理局',
  tasks: [
    // March: food subjects, carried out together (通知·一 配对要求); 标准科 of 通知·一 is 标准计量科 of 通知·四.
    task({ id: 'T01', name: '食品生产者监督检查', month: 3, leadDepartment: '食品生产流通科', specialised: ['B01'], pool: { tags: ['food-production'] }, sampling: { ratio: 0.05 }, mergeGroup: FOOD, issuedOn: '2023-03-01', dueOn: '2023-05-31' }),
    task({ id: 'T02', name: '食品销售者监督检查', month: 3, leadDepartment: '食品生产流通科', partnerDepartments: ['区商务局'], specialised: ['B02'], pool: { tags: ['food-retail'] }, sampling: { ratio: 0.03 }, mergeGroup: FOOD, issuedOn: '2023-03-01', dueOn: '2023-05-31' }),
    task({ id: 'T03', name: '餐饮服务提供者监督检查', month: 3, leadDepartment: '餐饮科', partnerDepartments: ['区卫生健康局'], specialised: ['B03'], pool: { tags: ['catering'] }, sampling: { ratio: 0.03 }, mergeGroup: FOOD, issuedOn: '2023-03-01', dueOn: '2023-05-31' }),
    task({ id: 'T04', name: '预包装食品定量包装商品净含量检查', month: 3, leadDepartment: '标准计量科', specialised: ['B08'], pool: { tags: ['food-production', 'food-retail'], allTags: ['prepackaged-goods'] }, sampling: { ratio: 0.05 }, mergeGroup: FOOD, issuedOn: '2023-03-06', dueOn: '2023-05-31' }),
    task({ id: 'T05', name: '食品经营者明码标价检查', month: 3, leadDepartment: '价竞分局', pool: { tags: ['food-retail', 'catering'] }, sampling: { count: 30 }, mergeGroup: FOOD, issuedOn: '2023-03-06', dueOn: '2023-05-31' }),
    // April: lift users in commercial buildings (市场合同科 with 特种设备科's forms).
    task({ id: 'T06', name: '商业楼宇电梯使用单位特种设备安全检查', month: 4, leadDepartment: '特种设备科', partnerDepartments: ['区住房和城乡建设局'], specialised: ['B04'], pool: { tags: ['lift-user'] }, sampling: { ratio: 0.05 }, mergeGroup: LIFTS, issuedOn: '2023-04-03', dueOn: '2023-06-30' }),
    task({ id: 'T07', name: '商业楼宇电梯广告检查', month: 4, leadDepartment: '市场合同科', specialised: ['B05'], pool: { allTags: ['lift-user', 'advertising'] }, sampling: { ratio: 0.05 }, mergeGroup: LIFTS, issuedOn: '2023-04-03', dueOn: '2023-06-30' }),
    // May
    task({ id: 'T08', name: '广告经营者、发布者检查', month: 5, leadDepartment: '市场合同科', partnerDepartments: ['区文化和广电旅游体育局'], specialised: ['B05'], pool: { tags: ['advertising'] }, sampling: { ratio: 0.03 }, issuedOn: '2023-05-04', dueOn: '2023-07-31' }),
    task({ id: 'T09', name: '药品零售企业检查', month: 5, leadDepartment: '药监分局', partnerDepartments: ['区医疗保障局'], specialised: ['B11'], pool: { tags: ['pharmacy'] }, sampling: { ratio: 0.05 }, issuedOn: '2023-05-04', dueOn: '2023-07-31' }),
    // June
    task({ id: 'T10', name: '医疗器械经营企业检查', month: 6, leadDepartment: '药监分局', specialised: ['B12'], pool: { tags: ['medical-devices'] }, sampling: { ratio: 0.03 }, issuedOn: '2023-06-01', dueOn: '2023-08-31' }),
    task({ id: 'T11', name: '电子商务经营者检查', month: 6, leadDepartment: '网监分局', partnerDepartments: ['区商务局'], specialised: ['B13'], pool: { tags: ['e-commerce'] }, sampling: { ratio: 0.02 }, issuedOn: '2023-06-01', dueOn: '2023-08-31' }),
    task({ id: 'T12', name: '不定向抽查（全部市场主体）', month: 6, leadDepartment: '信用监管科', kind: 'undirected', pool: {}, sampling: { ratio: 0.02 }, issuedOn: '2023-06-05', dueOn: '2023-08-31' }),
    // July
    task({ id: 'T13', name: '工业产品生产许可证获证企业检查', month: 7, leadDepartment: '质量监管科', partnerDepartments: ['区经济和信息化局'], specialised: ['B06'], pool: { tags: ['industrial-licence'] }, sampling: { ratio: 0.05 }, issuedOn: '2023-07-03', dueOn: '2023-09-30' }),
    task({ id: 'T14', name: '强制检定计量器具使用单位检查', month: 7, leadDepartment: '标准计量科', partnerDepartments: ['区卫生健康局'], specialised: ['B07'], pool: { tags: ['measuring-instruments'] }, sampling: { ratio: 0.03 }, issuedOn: '2023-07-03', dueOn: '2023-09-30' }),
    // August
    task({ id: 'T15', name: '能源效率标识使用检查', month: 8, leadDepartment: '标准计量科', specialised: ['B09'], pool: { tags: ['energy-label'] }, sampling: { ratio: 0.03 }, issuedOn: '2023-08-01', dueOn: '2023-10-31' }),
    task({ id: 'T16', name: '检验检测机构检查', month: 8, leadDepartment: '标准计量科', partnerDepartments: ['区生态环境分局'], specialised: ['B10'], pool: { tags: ['testing-body'] }, sampling: { count: 5 }, issuedOn: '2023-08-07', dueOn: '2023-10-31' }),
    // September
    task({ id: 'T17', name: '执行政府定价、政府指导价情况检查', month: 9, leadDepartment: '价竞分局', partnerDepartments: ['区发展和改革局'], specialised: ['B14'], pool: { tags: ['price-regulated'] }, sampling: { ratio: 0.1 }, issuedOn: '2023-09-01', dueOn: '2023-10-31' }),
    task({ id: 'T18', name: '直销企业检查', month: 9, leadDepartment: '价竞分局', specialised: ['B15'], pool: { tags: ['direct-selling'] }, sampling: { count: 2 }, issuedOn: '2023-09-01', dueOn: '2023-10-31' }),
    task({ id: 'T19', name: '商标使用行为检查', month: 9, leadDepartment: '知识产权科', specialised: ['B16'], pool: { tags: ['trademark'] }, sampling: { ratio: 0.02 }, issuedOn: '2023-09-05', dueOn: '2023-10-31' }),
    // October: issued on the deferred deadline, Saturday 7 October (调休上班).
    task({ id: 'T20', name: '专利代理机构检查', month: 10, leadDepartment: '知识产权科', specialised: ['B17'], pool: { tags: ['patent-agency'] }, sampling: { count: 2 }, issuedOn: '2023-10-07', dueOn: '2023-10-31' }),
  ],
};

/**
 * A sample annual plan built from the 2023 notice (龙湾区市场监督管理局2023年度随机抽查计划任务表，示例):
 * 20 random tasks from March to October covering every real item of {@link zhejiang2023Catalogue},
 * with the 7 general items in every task (通知·一), food tasks of 食品生产流通科, 餐饮科, 标准计量科 and
 * 价竞分局 in one merge group and lift users of commercial buildings (特种设备科 + 市场合同科) in another
 * (配对要求, 通知·一), an undirected whole-directory task (T12, 2 %), risk allocation in every task
 * (通知·二), and everything due by 31 October (通知·四). 10 of the 20 tasks are joint with another
 * government department; counted as the indicator is counted — joint random checks ÷ random checks
 * (通知·三) — they give ≈ 40 % of the checks in the synthetic district of the docs, which
 * `validatePlan` estimates from the pools and `simulatePlan` confirms. The real 附件3 is not held;
 * this plan is illustrative: its departments, months and ratios are examples, not the district's.
 *
 * @example
 * ```ts
 * longwan2023SamplePlan.tasks.length; //=> 20
 * const { subjects } = generateDirectory({ seed: 'longwan-2023-demo', size: 20_000 });
 * const options = { catalogue: zhejiang2023Catalogue, policy: zhejiang2023 };
 * validatePlan(longwan2023SamplePlan, { ...options, pools: countPlanPools(longwan2023SamplePlan, subjects, options) }); //=> []
 * ```
 */
export const longwan2023SamplePlan: AnnualPlan = /* @__PURE__ */ (() => deepFreeze(parseInput(AnnualPlanSchema, input, 'INVALID_PLAN', '示例年度计划')))();
