import { describe, expect, it } from 'vitest';
import {
  InspectorSchema,
  SubjectSchema,
  deepFreeze,
  isValidRegistrationNumber,
  isValidUscc,
  usccCheckCharacter,
  type Subject,
} from '../../src/index.js';
import {
  SYNTHETIC_DEPARTMENTS,
  SYNTHETIC_DISTRICT,
  SYNTHETIC_RISK_RATES,
  SYNTHETIC_SUBJECT_SHARES,
  SYNTHETIC_TAG_RATES,
  generateDirectory,
  generateSubjects,
  summarizeDirectory,
} from '../../src/simulate/index.js';
import { createSubjectCodeFactory } from '../../src/simulate/subject-code-factory.js';
import { allocateInspectors, defaultInspectorCount } from '../../src/simulate/inspector-allocation.js';

const demo = generateDirectory({ seed: 'demo', size: 2_000 });
const large = [...generateSubjects({ seed: 'shares', size: 50_000 })];

const share = (subjects: readonly Subject[], test: (subject: Subject) => boolean) =>
  subjects.length === 0 ? 0 : subjects.filter(test).length / subjects.length;

describe('generateDirectory: shape', () => {
  it('gives subjects and inspectors that pass their schemas unchanged (2 000 subjects)', () => {
    expect(demo.subjects).toHaveLength(2_000);
    // parse fills no default and strips nothing: the generator emits the exact output shape
    for (const subject of demo.subjects) expect(SubjectSchema.parse(subject)).toEqual(subject);
    for (const inspector of demo.inspectors) expect(InspectorSchema.parse(inspector)).toEqual(inspector);
  });

  it('places each subject in a 街道 of 龙湾区, one of its grids, and its 市监所', () => {
    for (const subject of demo.subjects) {
      expect(SYNTHETIC_DISTRICT.streets).toContain(subject.region);
      const short = (subject.region as string).slice(0, -2); // '永中街道' → '永中'
      expect(subject.grid).toMatch(new RegExp(`^${short}-0[1-8]$`));
      expect(subject.unit).toBe(`${short}所`);
    }
    expect(new Set(demo.subjects.map((s) => s.region)).size).toBe(10);
  });

  it('names enterprises …有限公司, individual businesses …店/…经营部, cooperatives …专业合作社', () => {
    for (const subject of demo.subjects) {
      if (subject.kind === 'enterprise') expect(subject.name).toMatch(/^温州.+有限公司$/);
      if (subject.kind === 'individual') expect(subject.name).toMatch(/^龙湾.+(店|经营部)$/);
      if (subject.kind === 'cooperative') expect(subject.name).toMatch(/^温州市龙湾区.+专业合作社$/);
    }
  });

  it('summarises what it generated', () => {
    expect(demo.summary).toEqual(summarizeDirectory(demo.subjects, demo.inspectors));
    const { summary } = demo;
    expect(summary.subjects).toBe(2_000);
    expect(Object.values(summary.byKind).reduce((a, b) => a + b, 0)).toBe(2_000);
    expect(Object.values(summary.byStatus).reduce((a, b) => a + b, 0)).toBe(2_000);
    expect(Object.values(summary.byRiskClass).reduce((a, b) => a + b, 0)).toBe(2_000);
    expect(summary.byTag.catering).toBe(demo.subjects.filter((s) => s.tags.includes('catering')).length);
    expect(Object.keys(summary.byTag)).toEqual(Object.keys(SYNTHETIC_TAG_RATES));
    expect(summary.inspectors).toBe(demo.inspectors.length);
  });
});

describe('generateDirectory: codes', () => {
  it('gives every subject a valid code of its kind, used as its id; ids are unique (50 000 subjects)', () => {
    const prefixes = { enterprise: '91', individual: '92', cooperative: '93' } as Record<string, string>;
    // legacy 注册号: individual businesses only; authority 330303, 7th digit 6–9 (个体), MOD 11,10 check
    const legacyOk = (s: Subject) => s.kind === 'individual' && isValidRegistrationNumber(s.id) && /^330303[6-9]\d{8}$/.test(s.id);
    const usccOk = (s: Subject) => isValidUscc(s.id) && s.id.slice(0, 8) === `${prefixes[s.kind]}330303`;
    const bad = large.filter((s) => s.uscc !== s.id || !(s.id.length === 15 ? legacyOk(s) : usccOk(s)));
    expect(bad).toEqual([]);
    expect(large.some((s) => s.id.length === 15)).toBe(true);
    expect(new Set(large.map((s) => s.id)).size).toBe(large.length);
  });

  it('keeps codes unique by construction: 200 000 consecutive indexes with the same free characters', () => {
    const codes = createSubjectCodeFactory('unique', '330303');
    const seen = new Set<string>();
    for (let i = 0; i < 200_000; i += 1) seen.add(codes.uscc(i, 'individual', '000'));
    expect(seen.size).toBe(200_000);
    const numbers = new Set<string>();
    for (let k = 0; k < 50_000; k += 1) numbers.add(codes.registrationNumber(k) as string);
    expect(numbers.size).toBe(50_000);
    expect(codes.registrationNumber(4 * 10 ** 7)).toBeUndefined();
  });

  it('computes the check character as GB 32100 does', () => {
    const code = createSubjectCodeFactory('demo', '330303').uscc(7, 'cooperative', 'MA2');
    expect(code.slice(0, 11)).toBe('93330303MA2');
    expect(code[17]).toBe(usccCheckCharacter(code.slice(0, 17)));
  });

  it('writes another division code into every code with `region`', () => {
    const subjects = [...generateSubjects({ seed: 'region', size: 3_000, region: '110105' })];
    expect(subjects.filter((s) => (s.id.length === 15 ? s.id.slice(0, 6) : s.id.slice(2, 8)) !== '110105')).toEqual([]);
    expect(subjects.some((s) => s.id.length === 15)).toBe(true);
  });
});

describe('generateDirectory: determinism', () => {
  it('gives the same directory for the same seed and options, another for another seed', () => {
    expect(generateDirectory({ seed: 'demo', size: 2_000 })).toEqual(demo);
    const other = generateDirectory({ seed: 'demo2', size: 2_000 });
    const demoIds = new Set(demo.subjects.map((s) => s.id));
    expect(other.subjects.filter((s) => demoIds.has(s.id))).toHaveLength(0);
  });

  it('keeps reference values for seed "demo" (a change here changes every seeded result)', () => {
    // Recorded from this implementation (seedrandom 3.0.5 Alea); update only on purpose, with a note.
    expect(demo.subjects.slice(0, 3).map((s) => [s.id, s.kind, s.riskClass, s.tags, s.domainRiskClasses])).toEqual([
      ['91330303E4AWCFB9BF', 'enterprise', 'B', ['lift-user'], { 'special-equipment': 'B' }],
      ['92330303TG28UXE33K', 'individual', 'A', [], {}],
      ['91330303NM05RTLG3R', 'enterprise', 'C', ['price-regulated'], {}],
    ]);
    expect(demo.subjects[0]?.name).toBe('温州鑫源置业有限公司');
    expect(demo.subjects[14]).toEqual({
      id: '330303829912949',
      uscc: '330303829912949',
      name: '龙湾永中惠民副食品经营部',
      kind: 'individual',
      status: 'operating',
      region: '永中街道',
      grid: '永中-01',
      unit: '永中所',
      tags: ['food-retail', 'advertising', 'trademark'],
      domainRiskClasses: { food: 'B' },
      riskClass: 'A',
    });
    expect(demo.subjects[1_999]?.id).toBe('92330303XGHYDKLTY4');
    expect(demo.summary.byKind).toEqual({ enterprise: 619, individual: 1_344, cooperative: 37, other: 0 });
    expect(demo.inspectors[0]).toEqual({
      id: 'I00001',
      name: '何艳',
      department: '信用监管科',
      unit: '温州市龙湾区市场监督管理局',
      active: true,
      certificateValidUntil: '2023-04-27',
      qualifications: [],
      conflicts: [],
      regions: [],
    });
    expect(demo.inspectors[131]?.certificateValidUntil).toBe('2026-03-16');
  });

  it('streams the same subjects as the directory, and a smaller size is a prefix of a larger one', () => {
    expect([...generateSubjects({ seed: 'demo', size: 2_000 })]).toEqual(demo.subjects);
    expect([...generateSubjects({ seed: 'demo', size: 50 })]).toEqual(demo.subjects.slice(0, 50));
    const stream = generateSubjects({ seed: 'demo', size: 10_000_000 });
    expect(stream.next().value).toEqual(demo.subjects[0]);
  });

  it('keeps the subjects when only the inspector options change', () => {
    const other = generateDirectory({ seed: 'demo', size: 2_000, inspectors: 40, asOf: '2024-06-30' });
    expect(other.subjects).toEqual(demo.subjects);
    expect(other.inspectors).toHaveLength(40);
  });

  it('does not mutate frozen options', () => {
    const options = deepFreeze({ seed: 'frozen', size: 10, mix: { enterprise: 0.5, individual: 0.5 } });
    expect(generateDirectory(options).subjects).toHaveLength(10);
  });
});

describe('generateDirectory: shares (50 000 subjects)', () => {
  const enterprises = large.filter((s) => s.kind === 'enterprise');
  const individuals = large.filter((s) => s.kind === 'individual');
  const cooperatives = large.filter((s) => s.kind === 'cooperative');

  it('has about 32 % enterprises, 66 % individual businesses, 2 % cooperatives', () => {
    // standard error of a share p over n = 50 000 is sqrt(p(1−p)/n): 0.0021 for 0.32
    expect(Math.abs(enterprises.length / 50_000 - 0.32)).toBeLessThan(0.01);
    expect(Math.abs(individuals.length / 50_000 - 0.66)).toBeLessThan(0.01);
    expect(Math.abs(cooperatives.length / 50_000 - 0.02)).toBeLessThan(0.003);
  });

  it('has about 3 % deregistered or revoked and 1 % suspended', () => {
    expect(Math.abs(share(large, (s) => s.status === 'deregistered' || s.status === 'revoked') - 0.03)).toBeLessThan(0.004);
    expect(Math.abs(share(large, (s) => s.status === 'suspended') - 0.01)).toBeLessThan(0.003);
  });

  it('gives about 5 % of individual businesses a legacy 注册号', () => {
    expect(Math.abs(share(individuals, (s) => s.id.length === 15) - SYNTHETIC_SUBJECT_SHARES.legacyRegistrationNumber)).toBeLessThan(0.006);
  });

  it('tags at the table rates: catering 12 % of individuals, lift-user 4 % of enterprises, …', () => {
    expect(Math.abs(share(individuals, (s) => s.tags.includes('catering')) - 0.12)).toBeLessThan(0.01);
    expect(Math.abs(share(enterprises, (s) => s.tags.includes('lift-user')) - 0.04)).toBeLessThan(0.006);
    expect(Math.abs(share(individuals, (s) => s.tags.includes('food-retail')) - 0.2)).toBeLessThan(0.012);
    expect(Math.abs(share(enterprises, (s) => s.tags.includes('trademark')) - 0.15)).toBeLessThan(0.012);
    // a rate of 0 is never drawn
    expect(individuals.some((s) => s.tags.includes('direct-selling') || s.tags.includes('testing-body'))).toBe(false);
    expect(cooperatives.some((s) => s.tags.includes('lift-user'))).toBe(false);
    expect(large.filter((s) => new Set(s.tags).size !== s.tags.length)).toEqual([]);
  });

  it('classifies about 95 % of enterprises A 40 %, B 45 %, C 12 %, D 3 %', () => {
    expect(Math.abs(share(enterprises, (s) => s.riskClass === undefined) - 0.05)).toBeLessThan(0.01);
    const classified = enterprises.filter((s) => s.riskClass !== undefined);
    for (const [riskClass, expected] of Object.entries(SYNTHETIC_RISK_RATES.general)) {
      expect(Math.abs(share(classified, (s) => s.riskClass === riskClass) - expected)).toBeLessThan(0.015);
    }
  });

  it('gives specialised classes only to subjects of the domain, to most of them', () => {
    const domainTags = (domain: string) =>
      SYNTHETIC_RISK_RATES.domains[domain as keyof typeof SYNTHETIC_RISK_RATES.domains].tags as readonly string[];
    const stray = large.filter((s) => Object.keys(s.domainRiskClasses).some((d) => !s.tags.some((t) => domainTags(d).includes(t))));
    expect(stray).toEqual([]);
    const catering = large.filter((s) => s.tags.includes('catering'));
    expect(Math.abs(share(catering, (s) => s.domainRiskClasses.food !== undefined) - 0.9)).toBeLessThan(0.02);
    const lifts = large.filter((s) => s.tags.includes('lift-user'));
    expect(Math.abs(share(lifts, (s) => s.domainRiskClasses['special-equipment'] !== undefined) - 0.9)).toBeLessThan(0.05);
  });

  it('follows `mix`', () => {
    expect([...generateSubjects({ seed: 'mix', size: 500, mix: { enterprise: 1 } })].every((s) => s.kind === 'enterprise')).toBe(true);
    const halves = [...generateSubjects({ seed: 'mix', size: 4_000, mix: { individual: 0.5, cooperative: 0.5 } })];
    expect(halves.some((s) => s.kind === 'enterprise')).toBe(false);
    expect(Math.abs(share(halves, (s) => s.kind === 'cooperative') - 0.5)).toBeLessThan(0.03);
    for (const subject of halves) if (subject.kind === 'cooperative') expect(subject.id.startsWith('93330303')).toBe(true);
  });
});

describe('generateDirectory: inspectors', () => {
  it('defaults to one per 400 subjects but at least six per department', () => {
    expect(SYNTHETIC_DEPARTMENTS).toHaveLength(22); // 12 科室/分局/所 + 10 市监所
    expect(defaultInspectorCount(2_000, 22)).toBe(132); // max(ceil(2000 / 400) = 5, 6 × 22 = 132)
    expect(defaultInspectorCount(100_000, 22)).toBe(250); // max(250, 132)
    expect(demo.inspectors).toHaveLength(132);
    for (const department of SYNTHETIC_DEPARTMENTS) expect(demo.summary.byDepartment[department.name]).toBe(6);
    // 250 − 132 = 118 shared by weight 12 × 1 + 10 × 3 = 42: quota 118/42 = 2.81 per office, 8.43 per 市监所
    const counts = allocateInspectors(250, SYNTHETIC_DEPARTMENTS.map((d) => d.weight));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(250);
    expect(counts.slice(0, 12).every((c) => c === 8 || c === 9)).toBe(true);
    expect(counts.slice(12).every((c) => c === 14 || c === 15)).toBe(true);
  });

  it('shares an explicit size, largest remainders first', () => {
    expect(allocateInspectors(23, [1, 1, 3])).toEqual([7, 7, 9]); // 6 each, then 5 by weight: 1, 1, 3
    expect(allocateInspectors(20, [1, 1, 3])).toEqual([7, 6, 7]); // 6 each, then 2: quotas 0.4, 0.4, 1.2
    expect(allocateInspectors(4, [1, 1, 3])).toEqual([1, 1, 2]); // 1 each, then 1: quotas 0.2, 0.2, 0.6
    expect(generateDirectory({ seed: 'x', size: 10, inspectors: 0 }).inspectors).toEqual([]);
  });

  it('gives ids I00001 …, qualifications by department, and 市监所 staff their 街道', () => {
    expect(demo.inspectors.map((i) => i.id)).toEqual(demo.inspectors.map((_, n) => `I${String(n + 1).padStart(5, '0')}`));
    const of = (department: string) => demo.inspectors.filter((i) => i.department === department);
    for (const i of of('特种设备科')) expect(i.qualifications).toEqual(['special-equipment']);
    for (const i of of('标准计量科')) expect(i.qualifications).toEqual(['measurement']);
    for (const i of of('药监分局')) expect(i.qualifications).toEqual(['drugs']);
    for (const i of [...of('餐饮科'), ...of('食品生产流通科')]) expect(i.qualifications).toEqual(['food-safety']);
    for (const i of of('信用监管科')) expect(i.qualifications).toEqual([]);
    for (const i of of('永中所')) expect(i.regions).toEqual(['永中街道']);
    for (const i of of('网监分局')) expect(i.regions).toEqual([]);
  });

  it('has a few inactive officers, expired or expiring certificates and 回避 conflicts (2 000 inspectors)', () => {
    const { subjects, inspectors } = generateDirectory({ seed: 'staff', size: 5_000, inspectors: 2_000, asOf: '2024-01-01' });
    const ids = new Set(subjects.map((s) => s.id));
    expect(Math.abs(inspectors.filter((i) => !i.active).length / 2_000 - 0.03)).toBeLessThan(0.015);
    const dates = inspectors.map((i) => i.certificateValidUntil as string);
    // ≈3 % expired before 2024-01-01; ≈7 % expire within 90 days (by 2024-03-30); none beyond 5 years
    expect(Math.abs(dates.filter((d) => d < '2024-01-01').length / 2_000 - 0.03)).toBeLessThan(0.015);
    expect(Math.abs(dates.filter((d) => d >= '2024-01-01' && d < '2024-03-31').length / 2_000 - 0.07)).toBeLessThan(0.02);
    expect(dates.every((d) => d >= '2023-01-01' && d <= '2028-12-31')).toBe(true);
    const withConflicts = inspectors.filter((i) => i.conflicts.length > 0);
    expect(Math.abs(withConflicts.length / 2_000 - 0.05)).toBeLessThan(0.02);
    for (const i of withConflicts) {
      expect(i.conflicts.length).toBeLessThanOrEqual(2);
      for (const id of i.conflicts) expect(ids.has(id)).toBe(true);
    }
  });
});

describe('generateDirectory: bad options', () => {
  const fails = (options: unknown, code: string, path?: PropertyKey[]) =>
    expect(() => generateDirectory(options as never)).toThrow(expect.objectContaining(path === undefined ? { code } : { code, path }));

  it('rejects an empty seed with EMPTY_SEED', () => {
    fails({ seed: '', size: 10 }, 'EMPTY_SEED', ['seed']);
    expect(() => generateSubjects({ seed: '', size: 10 })).toThrow(expect.objectContaining({ code: 'EMPTY_SEED', path: ['seed'] }));
  });

  it('rejects a bad size, mix, region, inspector count or date at its path', () => {
    fails({ seed: 's', size: -1 }, 'INVALID_INPUT', ['size']);
    fails({ seed: 's', size: 1.5 }, 'INVALID_INPUT', ['size']);
    fails({ seed: 's', size: 31 ** 6 + 1 }, 'INVALID_INPUT', ['size']);
    fails({ seed: 's' }, 'INVALID_INPUT', ['size']);
    fails({ seed: 's', size: 10, mix: { enterprise: 0.5, individual: 0.4 } }, 'INVALID_INPUT', ['mix']); // 0.9 ≠ 1
    fails({ seed: 's', size: 10, mix: { enterprise: 1.2, individual: -0.2 } }, 'INVALID_INPUT', ['mix', 'enterprise']);
    fails({ seed: 's', size: 10, mix: { enterprise: 0.5, other: 0.5 } }, 'INVALID_INPUT', ['mix', 'other']); // 'other' is not a share of the mix: rejected, not dropped
    fails({ seed: 's', size: 10, region: '3303' }, 'INVALID_INPUT', ['region']);
    fails({ seed: 's', size: 10, inspectors: -1 }, 'INVALID_INPUT', ['inspectors']);
    fails({ seed: 's', size: 10, asOf: '2023-02-30' }, 'INVALID_DATE', ['asOf']);
    fails({ seed: 's', size: 10, sise: 5 }, 'INVALID_INPUT');
    fails(null, 'INVALID_INPUT', []);
  });

  it('checks the options of the stream on the call, before the first subject', () => {
    expect(() => generateSubjects({ seed: 's', size: -5 })).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path: ['size'] }));
  });
});
