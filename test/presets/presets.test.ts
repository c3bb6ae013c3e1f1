import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import {
  PER_CLASS_FIELDS,
  POLICY_FIELDS,
  PRESETS,
  PolicySchema,
  RISK_CLASSES,
  fieldSource,
  henan2021,
  lindian2024,
  national,
  zhejiang2023,
  type Policy,
  type PolicyField,
} from '../../src/index.js';
import { findPresets, renderPresetList } from '../../scripts/generate-presets.js';

const PRESETS_DIR = fileURLToPath(new URL('../../src/presets/', import.meta.url));
const isPerClass = (field: PolicyField): boolean => (PER_CLASS_FIELDS as readonly string[]).includes(field);

/** Every (field, class) a policy must account for: per-class fields per class. */
type Entry = [PolicyField, (typeof RISK_CLASSES)[number] | undefined, unknown];
function entries(policy: Policy): Entry[] {
  return POLICY_FIELDS.flatMap((field): Entry[] => {
    const value: unknown = policy[field];
    if (!isPerClass(field)) return [[field, undefined, value]];
    return RISK_CLASSES.map((riskClass): Entry => [field, riskClass, (value as Record<string, unknown> | undefined)?.[riskClass]]);
  });
}

/** The practice defaults each preset carries: anything else is sourced or unset. */
const PRACTICE_DEFAULTS: Record<string, string[]> = {
  national: ['riskFusion', 'unclassifiedRiskClass', 'excludedStatuses', 'mergeDefault', 'inspectorBalance'],
  zhejiang2023: ['riskFusion', 'unclassifiedRiskClass', 'riskMultipliers', 'excludedStatuses', 'inspectorBalance'],
  henan2021: ['riskFusion', 'unclassifiedRiskClass', 'excludedStatuses', 'mergeDefault', 'inspectorBalance'],
  lindian2024: ['riskFusion', 'unclassifiedRiskClass', 'excludedStatuses', 'mergeDefault', 'inspectorBalance'],
};

describe('the list of presets', () => {
  it('is generated from the folders and up to date (run `npm run presets` after adding one)', () => {
    expect(readFileSync(`${PRESETS_DIR}list.ts`, 'utf8')).toBe(renderPresetList(findPresets(PRESETS_DIR)));
    expect(PRESETS.map((preset) => preset.folder)).toEqual(['national', 'henan2021', 'lindian2024', 'zhejiang2023']);
    for (const preset of PRESETS) expect(preset.policy.id).toBe(preset.folder);
  });

  it('each folder has its policy, sources and README, and the presets README lists it', () => {
    const readme = readFileSync(`${PRESETS_DIR}README.md`, 'utf8');
    for (const { folder } of PRESETS) {
      for (const file of ['policy.ts', 'sources.ts', 'README.md']) expect(existsSync(`${PRESETS_DIR}${folder}/${file}`), `${folder}/${file}`).toBe(true);
      expect(readme).toContain(`[\`${folder}\`](${folder}/README.md)`);
    }
    expect(PRESETS.find((preset) => preset.folder === 'zhejiang2023')).toMatchObject({ catalogue: { year: 2023 }, samplePlan: { year: 2023 } });
  });
});

describe.each(PRESETS.map((preset) => [preset.folder, preset.policy] as const))('preset %s', (folder, policy) => {
  it('is a valid, frozen policy built on the national base', () => {
    expect(PolicySchema.parse(policy)).toEqual(policy);
    expect(Object.isFrozen(policy)).toBe(true);
    expect(policy.lineage[0]).toBe('national');
    expect(policy.lineage.at(-1)).toBe(folder);
  });

  it('accounts for every field: sourced, a marked practice default, or unset — never unsourced', () => {
    const practice: string[] = [];
    for (const [field, riskClass, value] of entries(policy)) {
      const source = fieldSource(policy, field, riskClass);
      const where = `${field}${riskClass === undefined ? '' : `.${riskClass}`}`;
      expect(source, where).toBeDefined();
      expect(source?.status, where).not.toBe('unsourced');
      if (value === undefined) expect(source?.status, `${where} has no value, so it cannot be sourced`).not.toBe('sourced');
      else expect(['sourced', 'practice-default'], `${where} has a value`).toContain(source?.status);
      if (source?.status === 'practice-default' && value !== undefined && !practice.includes(field)) practice.push(field);
      if (source?.status === 'sourced') {
        expect(source.document, where).toBeTruthy();
        // the result categories quote their texts one by one (test/publication/result-category.test.ts)
        if (field !== 'resultCategories') expect(source.quote, where).toBeTruthy();
        expect(source.setBy, where).toBeTruthy();
      }
    }
    expect(practice.sort()).toEqual([...(PRACTICE_DEFAULTS[folder] ?? [])].sort());
  });

  it('cites a public address for every sourced value, except the 2023 notice the project holds', () => {
    for (const [field, riskClass, value] of entries(policy)) {
      const source = fieldSource(policy, field, riskClass);
      if (value === undefined || source?.status !== 'sourced') continue;
      if (source.document?.startsWith('龙湾区市场监督管理局')) continue;
      expect(source.url, `${field}${riskClass ?? ''}`).toMatch(/^https?:\/\//);
    }
  });

  it('every sourced number appears in the words it is quoted from', () => {
    for (const [field, riskClass, value] of entries(policy)) {
      const source = fieldSource(policy, field, riskClass);
      if (typeof value !== 'number' || source?.status !== 'sourced') continue;
      const written = Number.isInteger(value) && value > 1 ? [String(value), ['零', '一', '两', '三'][value] ?? ''] : [`${Math.round(value * 1000) / 10}%`];
      expect(written.some((text) => text !== '' && source.quote!.includes(text)), `${field}${riskClass ?? ''}: ${String(value)} in “${source.quote}”`).toBe(true);
    }
    // and each range bound
    for (const riskClass of RISK_CLASSES) {
      const range = policy.riskRanges?.[riskClass];
      if (range === undefined) continue;
      const quote = fieldSource(policy, 'riskRanges', riskClass)?.quote ?? '';
      for (const bound of [range.min, range.max]) if (bound !== undefined && bound !== 0) expect(quote, riskClass).toContain(`${Math.round(bound * 100)}%`);
    }
  });
});

describe('what each preset says', () => {
  it('national: two officers, 20 working days from 产生之日, 18 result categories, nothing a locality decides', () => {
    expect([national.inspectorsPerSubject, national.publicationWorkingDays, national.publicationStart, national.resultCategories.length]).toEqual([2, 20, 'produced', 18]);
    for (const field of ['jointShare', 'enterpriseInspectionRate', 'issueDay', 'completionDeadline', 'lowRiskMaxChecksPerYear', 'riskMultipliers'] as const) {
      expect(national[field], field).toBeUndefined();
    }
  });

  it('zhejiang2023: the notice\'s numbers, with the multipliers marked as a practice default', () => {
    expect([zhejiang2023.enterpriseInspectionRate, zhejiang2023.jointShare, zhejiang2023.issueDay, zhejiang2023.completionDeadline]).toEqual([0.03, 0.3, 5, '10-31']);
    expect(zhejiang2023.riskMultipliers).toEqual({ A: 0.5, B: 1, C: 2, D: 4 });
    expect(zhejiang2023.sources.riskMultipliers?.note).toMatch(/不是通知中的数字/);
    expect(zhejiang2023.sources.publicationWorkingDays?.setBy).toBe('national');
  });

  it('henan2021: fixed ratios 1 / 2 / 10 / 30 % and full coverage of all-zero annual reports', () => {
    expect(henan2021.riskRatios).toEqual({ A: 0.01, B: 0.02, C: 0.1, D: 0.3 });
    expect(henan2021.fullCoverageTags).toEqual(['annual-report-all-zero']);
    expect(henan2021.sources['riskRatios.C']?.url).toBe('https://dzb.zzrbnews.com/news/12860.html');
  });

  it('lindian2024: ranges A ≤ 5 %, B 5–20 %, C 21–60 %, D 61–100 %, and no invented yearly cap', () => {
    expect(lindian2024.riskRanges).toEqual({ A: { max: 0.05 }, B: { min: 0.05, max: 0.2 }, C: { min: 0.21, max: 0.6 }, D: { min: 0.61, max: 1 } });
    expect(lindian2024.lowRiskMaxChecksPerYear).toBeUndefined();
    expect(lindian2024.sources.lowRiskMaxChecksPerYear?.note).toMatch(/小于1次\/年/);
  });
});
