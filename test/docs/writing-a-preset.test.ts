/**
 * The code of docs/writing-a-preset.md and .zh.md, run as printed there (imports from src instead of
 * 'shuangsuiji'; each `//=>` line checked with expect). The last test checks that both pages carry
 * the same code and that every line of it is in this file.
 */
import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import {
  builtinPlanRules,
  citeField,
  defineCatalogue,
  definePolicy,
  describePolicyChanges,
  describeRules,
  henan2021,
  lindian2024,
  national,
  validatePlan,
} from '../../src/index.js';

// ── 3. A worked county preset ──
const article = {
  status: 'sourced',
  ref: '大庆市信用网（2024-11-06）',
  document: '大庆市信用网《大庆市林甸县农业农村局开展“信易+助农护农”场景应用》（2024年11月6日）',
  url: 'http://credit.daqing.gov.cn/wcm/content/detail/20241106134223_100034.html',
  date: '2024-11-06',
} as const;

const lindian = definePolicy(
  {
    id: 'lindian2024',
    name: '大庆市林甸县农业农村局2024年信用风险分类抽查比例（据大庆市信用网2024-11-06）',
    year: 2024,
    riskRanges: { A: { max: 0.05 }, B: { min: 0.05, max: 0.2 }, C: { min: 0.21, max: 0.6 }, D: { min: 0.61, max: 1 } },
    sources: {
      'riskRanges.A': { ...article, quote: '对信用风险低的A类企业，抽查比例不得超过5%' },
      'riskRanges.B': { ...article, quote: '对信用风险一般的B类企业，抽查比例范围为5%-20%' },
      'riskRanges.C': { ...article, quote: '对信用风险较高的C类企业，抽查比例范围为21%一60%', note: '原文“21%一60%”中的“一”按“-”（至）理解' },
      'riskRanges.D': { ...article, quote: '对信用风险高的D类企业，抽查比例范围为61%-100%' },
      lowRiskMaxChecksPerYear: {
        status: 'unset',
        ref: '原文未规定',
        note: '原文为“同一企业抽查频次小于1次/年”（A类）、“保持1次/年”（B类）、“小于2次年”（C类），不是以整次数计的年度上限，本库不作换算',
      },
    },
  },
  national,
);

describe('docs/writing-a-preset.md', () => {
  it('3. builds the county preset of the library from the article', () => {
    expect(lindian.lineage).toEqual(['national', 'lindian2024']);
    expect(lindian.inspectorsPerSubject).toBe(2);
    expect(lindian.jointShare).toBeUndefined();
    // the library's preset is this one, with the other fields marked unset one by one
    expect(lindian.riskRanges).toEqual(lindian2024.riskRanges);
    for (const riskClass of ['A', 'B', 'C', 'D'] as const) {
      const key = `riskRanges.${riskClass}` as const;
      expect({ ...lindian.sources[key], setBy: undefined }).toEqual({ ...lindian2024.sources[key], setBy: undefined });
    }
  });

  it('3. checks a plan under it', () => {
    const catalogue = defineCatalogue({
      year: 2024,
      region: '林甸县（示例）',
      items: [{ code: 'N01', name: '农资经营主体检查（示例事项）', category: 'specialised', leadDepartment: '执法大队', targetKinds: ['enterprise'] }],
    });
    const task = { id: 'N1', name: '农资经营主体双随机抽查', month: 5, leadDepartment: '执法大队', itemCodes: ['N01'], pool: { tags: ['agri-inputs'] } };
    const plan = { year: 2024, unit: '林甸县农业农村局（示例）', tasks: [{ ...task, sampling: { ratio: 0.05 } }] };

    const messages = validatePlan(plan, { catalogue, policy: lindian }).map((finding) => finding.message);
    expect(messages).toEqual([
      '任务 N1 的C类抽查比例 5%（基础比例，政策 lindian2024 未规定该类倍数）不在政策规定的范围 21%–60% 内',
      '任务 N1 的D类抽查比例 5%（基础比例，政策 lindian2024 未规定该类倍数）不在政策规定的范围 61%–100% 内',
    ]);

    const fixed = { ...plan, tasks: [{ ...task, sampling: { ratio: 0.05, classRatios: { C: 0.3, D: 0.8 } } }] };
    expect(validatePlan(fixed, { catalogue, policy: lindian })).toEqual([]);

    const description = describeRules(builtinPlanRules, lindian).find((rule) => rule.id === 'plan.risk-ratios')?.description;
    expect(description).toBe(
      '每个随机抽查任务分层抽取，各类别抽查比例符合政策规定——各类别抽查比例范围：A类 ≤ 5%，B类 5%–20%，C类 21%–60%，D类 61%–100%（大庆市信用网（2024-11-06））',
    );
  });

  it('4. a district on its province', () => {
    const district = definePolicy(
      {
        id: 'myDistrict2021',
        name: '某区2021年度“双随机、一公开”监管工作（示例）',
        jointShare: 0.3,
        sources: { jointShare: { status: 'sourced', ref: '区通知·三', document: '某区《关于……的通知》（示例）', clause: '三', quote: '部门联合随机抽查率达到30%以上' } },
      },
      henan2021,
    );

    expect(district.lineage).toEqual(['national', 'henan2021', 'myDistrict2021']);
    expect(district.riskRatios).toEqual({ A: 0.01, B: 0.02, C: 0.1, D: 0.3 });
    expect(citeField(district, 'riskRatios', 'D')).toBe('郑州日报（2021）：“其中高风险企业抽查比例为30%”');
    expect(citeField(district, 'jointShare')).toBe('区通知·三：“部门联合随机抽查率达到30%以上”');
  });

  it('5. this year against last year', () => {
    const nextYear = definePolicy(
      { id: 'lindian2025', year: 2025, riskRanges: { A: { max: 0.03 } }, sources: { 'riskRanges.A': '（2025年文件）A类不超过3%（示例）' } },
      lindian,
    );
    const changes = describePolicyChanges(lindian, nextYear).map((change) => change.message);
    expect(changes).toEqual([
      '各类别抽查比例范围（A类）：≤ 5% → ≤ 3%（出处：大庆市信用网（2024-11-06）：“对信用风险低的A类企业，抽查比例不得超过5%” → （2025年文件）A类不超过3%（示例））',
    ]);
  });

  it('both pages carry the same code, and every line of it runs in this file', () => {
    const blocks = (page: string) => [...readFileSync(new URL(`../../docs/${page}`, import.meta.url), 'utf8').matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
    const english = blocks('writing-a-preset.md');
    expect(blocks('writing-a-preset.zh.md')).toEqual(english);
    expect(english).toHaveLength(4);
    const self = readFileSync(new URL(import.meta.url), 'utf8');
    const lines = english
      .flatMap((block) => block.split('\n'))
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('import ') && !line.startsWith('//') && !line.includes('//=>'))
      // an expression whose value the page shows on the next line is assigned here: compare its text
      .map((line) => (/^[a-zA-Z]+\(.*\);$/.test(line) ? line.slice(0, -1) : line));
    expect(lines.filter((line) => !self.includes(line))).toEqual([]);
  });
});
