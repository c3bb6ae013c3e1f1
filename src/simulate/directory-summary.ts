import { arrayArgument, badArgument, describeValue, shownText } from '../core/_internal/boundary.js';
import { ShuangsuijiError } from '../core/errors.js';
import type { RiskClass } from '../core/risk-class.js';
import type { Inspector } from '../directory/inspector.js';
import type { Subject, SubjectKind, SubjectStatus } from '../directory/subject.js';
import { SYNTHETIC_TAG_RATES } from './synthetic-tag-rates.js';

/**
 * Counts of a synthetic directory (合成名录统计).
 *
 * @example
 * ```ts
 * const { summary } = generateDirectory({ seed: 'demo', size: 2_000 });
 * summary.inspectors; //=> 132
 * summary.byDepartment['特种设备科']; //=> 6
 * ```
 */
export interface DirectorySummary {
  /** Number of subjects. */
  subjects: number;
  /** Subjects by kind (主体类型). */
  byKind: Record<SubjectKind, number>;
  /** Subjects by general credit-risk class (通用信用风险分类); `unclassified` when none. */
  byRiskClass: Record<RiskClass | 'unclassified', number>;
  /** Subjects by specialised domain and class (专业信用风险分类). */
  byDomainRiskClass: Record<string, Record<RiskClass, number>>;
  /** Subjects by tag (分类监管标签): every tag of `SYNTHETIC_TAG_RATES`, plus any other seen. */
  byTag: Record<string, number>;
  /** Subjects by status (登记状态). */
  byStatus: Record<SubjectStatus, number>;
  /** Number of inspectors. */
  inspectors: number;
  /** Inspectors in service (在岗). */
  activeInspectors: number;
  /** Inspectors by department. */
  byDepartment: Record<string, number>;
}

/**
 * Counts a directory by kind, class, tag and status (名录统计), in one pass over the subjects.
 *
 * @param subjects - subjects, any iterable
 * @param inspectors - inspectors
 * @returns the counts
 * @throws {ShuangsuijiError} `INVALID_INPUT` when the arguments are not collections, or a subject has an
 *   unknown kind, status or risk class (path `['subjects', i, field]`)
 *
 * @example
 * ```ts
 * const summary = summarizeDirectory([{ id: 's', name: '甲', kind: 'individual', status: 'operating', tags: ['catering'], domainRiskClasses: {} }], []);
 * summary.byKind.individual; //=> 1
 * summary.byRiskClass.unclassified; //=> 1
 * summary.byTag.catering; //=> 1
 * ```
 */
export function summarizeDirectory(subjects: Iterable<Subject>, inspectors: readonly Inspector[]): DirectorySummary {
  if (subjects === null || typeof subjects !== 'object' || typeof (subjects as Iterable<Subject>)[Symbol.iterator] !== 'function') {
    throw new ShuangsuijiError('INVALID_INPUT', '检查对象名录应为数组或可迭代对象', { path: ['subjects'] });
  }
  arrayArgument(inspectors, { label: '执法检查人员名录', path: ['inspectors'] });
  inspectors.forEach(checkSummarizableInspector);
  const summary: DirectorySummary = {
    subjects: 0,
    byKind: { enterprise: 0, individual: 0, cooperative: 0, other: 0 },
    byRiskClass: { A: 0, B: 0, C: 0, D: 0, unclassified: 0 },
    byDomainRiskClass: {},
    byTag: Object.fromEntries(Object.keys(SYNTHETIC_TAG_RATES).map((tag) => [tag, 0])),
    byStatus: { operating: 0, suspended: 0, deregistered: 0, revoked: 0 },
    inspectors: inspectors.length,
    activeInspectors: 0,
    byDepartment: {},
  };
  for (const subject of subjects) {
    checkSummarizable(subject, summary, summary.subjects);
    summary.subjects += 1;
    summary.byKind[subject.kind] += 1;
    summary.byStatus[subject.status] += 1;
    summary.byRiskClass[subject.riskClass ?? 'unclassified'] += 1;
    for (const tag of subject.tags) bump(summary.byTag, tag);
    for (const domain of Object.keys(subject.domainRiskClasses)) {
      if (!Object.hasOwn(summary.byDomainRiskClass, domain)) define(summary.byDomainRiskClass, domain, { A: 0, B: 0, C: 0, D: 0 });
      (summary.byDomainRiskClass[domain] as Record<RiskClass, number>)[subject.domainRiskClasses[domain] as RiskClass] += 1;
    }
  }
  for (const inspector of inspectors) {
    if (inspector.active) summary.activeInspectors += 1;
    bump(summary.byDepartment, inspector.department);
  }
  return summary;
}

function checkSummarizable(subject: Subject, summary: DirectorySummary, index: number): void {
  const bad = (field: string, message: string): ShuangsuijiError =>
    new ShuangsuijiError('INVALID_INPUT', `名录第 ${index + 1} 个检查对象无效：${message}`, { path: ['subjects', index, field] });
  if (subject === null || typeof subject !== 'object') throw new ShuangsuijiError('INVALID_INPUT', `名录第 ${index + 1} 项应为对象`, { path: ['subjects', index] });
  if (typeof subject.kind !== 'string' || !Object.hasOwn(summary.byKind, subject.kind)) throw bad('kind', `主体类型 ${describeValue(subject.kind)} 无效`);
  if (typeof subject.status !== 'string' || !Object.hasOwn(summary.byStatus, subject.status)) throw bad('status', `登记状态 ${describeValue(subject.status)} 无效`);
  const riskClass: unknown = subject.riskClass;
  if (riskClass !== undefined && riskClass !== 'A' && riskClass !== 'B' && riskClass !== 'C' && riskClass !== 'D') {
    throw bad('riskClass', `风险类别 ${describeValue(subject.riskClass)} 无效`);
  }
  if (!Array.isArray(subject.tags)) throw bad('tags', '分类监管标签应为数组');
  const tags: readonly unknown[] = subject.tags;
  for (let i = 0; i < tags.length; i += 1) {
    if (!Object.hasOwn(tags, i) || typeof tags[i] !== 'string') throw bad('tags', `分类监管标签第 ${i + 1} 项应为字符串，收到 ${describeValue(tags[i])}`);
  }
  const classes: unknown = subject.domainRiskClasses;
  if (classes === null || typeof classes !== 'object' || Array.isArray(classes)) throw bad('domainRiskClasses', '专业风险分类应为对象');
  for (const domain of Object.keys(classes)) {
    const value = (classes as Record<string, unknown>)[domain];
    if (value !== 'A' && value !== 'B' && value !== 'C' && value !== 'D') throw bad('domainRiskClasses', `领域 ${shownText(domain)} 的专业风险分类 ${describeValue(value)} 无效`);
  }
}

function checkSummarizableInspector(inspector: unknown, index: number): void {
  const at = { label: `执法检查人员名录第 ${index + 1} 项`, path: ['inspectors', index] as PropertyKey[] };
  if (inspector === null || typeof inspector !== 'object') throw badArgument('对象', inspector, at);
  const { active, department } = inspector as Record<string, unknown>;
  if (typeof active !== 'boolean') throw badArgument('布尔值', active, { ...at, path: [...at.path, 'active'] });
  if (typeof department !== 'string' || department.length === 0) throw badArgument('非空字符串', department, { ...at, path: [...at.path, 'department'] });
}

/** Adds one to a count keyed by caller data, as an own property even for a key such as `__proto__`. */
function bump(counts: Record<string, number>, key: string): void {
  if (Object.hasOwn(counts, key)) counts[key] = (counts[key] as number) + 1;
  else define(counts, key, 1);
}

function define<V>(record: Record<string, V>, key: string, value: V): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}
