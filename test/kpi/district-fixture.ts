/**
 * A district of 1 000 enterprises with hand-known checks, used by the KPI tests.
 *
 * Catalogue: A99, A100, A101 (general), B01, B02 (specialised) — 5 items.
 * Plan 2023:
 *   T01 random, month 3, 餐饮科, items A99 A100 B01, issued 2023-03-03 (deadline 03-05 is a Sunday → 03-06)
 *   T02 random, month 4, 特种设备科 + 市场合同科 (joint), items A99 A101, issued 2023-04-06
 *       (deadline 04-05 is 清明 → 04-06)
 *   T03 NOT random, month 5, 信用监管科, item B02
 *   T04 random, month 10, 餐饮科, item A99, issued 2023-10-09 (deadline 10-05 is 国庆 → 10-07: late), no checks
 * Records (asOf 2023-10-31):
 *   T01: enterprises E001–E030 + individuals I001–I005 = 35 checks on 2023-03-15, all double-random,
 *        mobile, risk applied. Risk: E001–E005 A, E006–E025 B, E026–E030 C, individuals unclassified.
 *        E026–E028 ordered-to-correct + rectified; E029 ordered-to-correct + pending; E030 transferred —
 *        the bureau's own category (problem found, no follow-up needed), added to the policy.
 *        Published 2023-03-20, except I001 published 2023-04-14 (deadline 2023-04-13: late) and I002
 *        never published (overdue).
 *   T02: enterprises E021–E035 = 15 checks on 2023-09-28, joint, double-random. E021–E025 B, E026–E030 C,
 *        E031–E035 D. E035 without risk application; E034, E035 not mobile. E031 and E032
 *        unreachable-at-address + listed-abnormal, dated 2023-10-10 and 2023-11-05 (after asOf).
 *        E021–E025 published 2023-10-20; the rest unpublished but not due (deadline 2023-11-01).
 *   T03: E036–E065 = 30 checks on 2023-05-20, not double-random, mobile, no-problem.
 *   One more T03 record dated 2023-11-15, after asOf: ignored.
 */
import { defineCatalogue, type Catalogue } from '../../src/catalogue/index.js';
import type { AnnualPlanInput } from '../../src/plan/index.js';
import { zhejiang2023 } from '../../src/presets/index.js';
import { definePolicy } from '../../src/policy/index.js';
import type { InspectionRecordInput } from '../../src/publication/index.js';
import type { KpiContext } from '../../src/kpi/index.js';

const item = (code: string, category: 'general' | 'specialised') => ({
  code,
  name: `事项${code}`,
  category,
  leadDepartment: '信用监管科',
  targetKinds: ['enterprise' as const, 'individual' as const],
});

export const catalogue: Catalogue = defineCatalogue({
  year: 2023,
  region: '龙湾区',
  items: [item('A99', 'general'), item('A100', 'general'), item('A101', 'general'), item('B01', 'specialised'), item('B02', 'specialised')],
});

export const plan: AnnualPlanInput = {
  year: 2023,
  unit: '龙湾区市场监督管理局',
  tasks: [
    { id: 'T01', name: '餐饮服务单位检查', month: 3, leadDepartment: '餐饮科', itemCodes: ['A99', 'A100', 'B01'], sampling: { ratio: 0.05 }, issuedOn: '2023-03-03' },
    {
      id: 'T02',
      name: '电梯使用单位联合检查',
      month: 4,
      leadDepartment: '特种设备科',
      partnerDepartments: ['市场合同科'],
      itemCodes: ['A99', 'A101'],
      sampling: { count: 15 },
      issuedOn: '2023-04-06',
    },
    { id: 'T03', name: '投诉举报核查', month: 5, leadDepartment: '信用监管科', itemCodes: ['B02'], random: false, sampling: { count: 30 } },
    { id: 'T04', name: '公示信息检查', month: 10, leadDepartment: '餐饮科', itemCodes: ['A99'], sampling: { ratio: 0.01 }, issuedOn: '2023-10-09' },
  ],
};

export const taskPublications = [
  { taskId: 'T01', publishedOn: '2023-03-03' },
  { taskId: 'T04', publishedOn: '2023-10-09' },
];

/**
 * zhejiang2023 with one category of the district's own: a problem handed to another authority, which
 * needs no follow-up of the bureau's (a test category, not a national one).
 */
export const policy = definePolicy(
  {
    id: 'district-test',
    resultCategories: [{ id: 'transferred', text: '发现问题移送处理（测试用本局类别）', problemFound: true, followUpNeeded: false, source: '测试夹具' }],
  },
  zhejiang2023,
);

export const context: KpiContext = {
  enterprises: 1000,
  catalogue,
  plan,
  policy,
  asOf: '2023-10-31',
  taskPublications,
};

const pad = (n: number): string => String(n).padStart(3, '0');

function base(subjectId: string, taskId: string, department: string, checkDate: string): InspectionRecordInput {
  return {
    subjectId,
    subjectKind: subjectId.startsWith('E') ? 'enterprise' : 'individual',
    taskId,
    visitId: `${taskId}-${subjectId}`,
    department,
    checkDate,
    doubleRandom: true,
    joint: false,
    riskApplied: true,
    mobile: true,
    resultCategory: 'no-problem',
  };
}

function riskOf(n: number): 'A' | 'B' | 'C' | 'D' {
  return n <= 5 ? 'A' : n <= 25 ? 'B' : n <= 30 ? 'C' : 'D';
}

/** The 81 records of the district, in a fixed order. */
export function districtRecords(): InspectionRecordInput[] {
  const records: InspectionRecordInput[] = [];
  for (let n = 1; n <= 30; n += 1) {
    const r: InspectionRecordInput = { ...base(`E${pad(n)}`, 'T01', '餐饮科', '2023-03-15'), riskClass: riskOf(n), publishedOn: '2023-03-20' };
    if (n >= 26 && n <= 28) Object.assign(r, { resultCategory: 'ordered-to-correct', followUp: 'rectified', followUpDate: '2023-04-01' });
    if (n === 29) Object.assign(r, { resultCategory: 'ordered-to-correct', followUp: 'pending' });
    if (n === 30) Object.assign(r, { resultCategory: 'transferred', followUp: 'none' });
    records.push(r);
  }
  for (let n = 1; n <= 5; n += 1) {
    const r: InspectionRecordInput = { ...base(`I${pad(n)}`, 'T01', '餐饮科', '2023-03-15'), publishedOn: '2023-03-20' };
    if (n === 1) r.publishedOn = '2023-04-14';
    if (n === 2) delete r.publishedOn;
    records.push(r);
  }
  for (let n = 21; n <= 35; n += 1) {
    const r: InspectionRecordInput = { ...base(`E${pad(n)}`, 'T02', '特种设备科', '2023-09-28'), riskClass: riskOf(n), joint: true };
    if (n <= 25) r.publishedOn = '2023-10-20';
    if (n === 35) r.riskApplied = false;
    if (n >= 34) r.mobile = false;
    if (n === 31) Object.assign(r, { resultCategory: 'unreachable-at-address', followUp: 'listed-abnormal', followUpDate: '2023-10-10' });
    if (n === 32) Object.assign(r, { resultCategory: 'unreachable-at-address', followUp: 'listed-abnormal', followUpDate: '2023-11-05' });
    records.push(r);
  }
  for (let n = 36; n <= 65; n += 1) {
    records.push({ ...base(`E${pad(n)}`, 'T03', '信用监管科', '2023-05-20'), doubleRandom: false, riskApplied: false });
  }
  records.push({ ...base('E066', 'T03', '信用监管科', '2023-11-15'), doubleRandom: false });
  return records;
}

/**
 * One plain random check by 餐饮科 on 2023-06-01 with no problem found: the record the low-risk
 * cap tests vary by subject, task, visit and risk class.
 */
export function plainCheck(subjectId: string, taskId: string, visitId: string | undefined, riskClass?: 'A' | 'B'): InspectionRecordInput {
  return {
    subjectId,
    subjectKind: 'enterprise',
    ...(riskClass === undefined ? {} : { riskClass }),
    taskId,
    ...(visitId === undefined ? {} : { visitId }),
    department: '餐饮科',
    checkDate: '2023-06-01',
    doubleRandom: true,
    joint: false,
    riskApplied: true,
    mobile: true,
    resultCategory: 'no-problem',
  };
}

