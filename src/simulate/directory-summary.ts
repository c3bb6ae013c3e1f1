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
