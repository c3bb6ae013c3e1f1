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
  if (!Array.isArray(inspectors)) throw new ShuangsuijiError('INVALID_INPUT', '执法检查人员名录应为数组', { path: ['inspectors'] });
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
    for (const tag of subject.tags) summary.byTag[tag] = (summary.byTag[tag] ?? 0) + 1;
    for (const domain in subject.domainRiskClasses) {
      const counts = (summary.byDomainRiskClass[domain] ??= { A: 0, B: 0, C: 0, D: 0 });
      counts[subject.domainRiskClasses[domain] as RiskClass] += 1;
    }
  }
  for (const inspector of inspectors) {
    if (inspector.active) summary.activeInspectors += 1;
    summary.byDepartment[inspector.department] = (summary.byDepartment[inspector.department] ?? 0) + 1;
  }
  return summary;
}

function checkSummarizable(subject: Subject, summary: DirectorySummary, index: number): void {
  const bad = (field: string, message: string): ShuangsuijiError =>
    new ShuangsuijiError('INVALID_INPUT', `名录第 ${index + 1} 个检查对象无效：${message}`, { path: ['subjects', index, field] });
  if (subject === null || typeof subject !== 'object') throw new ShuangsuijiError('INVALID_INPUT', `名录第 ${index + 1} 项应为对象`, { path: ['subjects', index] });
  if (!Object.hasOwn(summary.byKind, subject.kind)) throw bad('kind', `主体类型 ${String(subject.kind)} 无效`);
  if (!Object.hasOwn(summary.byStatus, subject.status)) throw bad('status', `登记状态 ${String(subject.status)} 无效`);
  if (!Object.hasOwn(summary.byRiskClass, subject.riskClass ?? 'unclassified')) throw bad('riskClass', `风险类别 ${String(subject.riskClass)} 无效`);
  if (!Array.isArray(subject.tags)) throw bad('tags', '分类监管标签应为数组');
  if (subject.domainRiskClasses === null || typeof subject.domainRiskClasses !== 'object') throw bad('domainRiskClasses', '专业风险分类应为对象');
}
