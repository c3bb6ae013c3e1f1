import { ShuangsuijiError } from '../core/errors.js';
import { parseInput } from '../core/parse-input.js';
import type { RiskClass } from '../core/risk-class.js';
import { SUBJECT_KIND_LABELS, type SubjectKind, type SubjectStatus } from '../directory/subject.js';
import { PolicySchema, type PolicyInput } from '../policy/policy-schema.js';
import { zhejiang2023 } from '../policy/zhejiang2023.js';
import { indexHistory, type CheckHistory } from './check-history.js';
import { idPrefilter } from './id-prefilter.js';
import { fuseRiskClasses, specialisedClass, type RiskClassified } from './effective-risk-class.js';
import { EligibilityOptionsSchema, type EligibilityOptionsInput } from './eligibility-options.js';
import type { EligibilityCounts, Exclusion, ExclusionReason } from './exclusion.js';

/**
 * The fields of a subject the eligibility filter reads (筛选所需的主体字段). A parsed `Subject`
 * fits; so does a cheap plain object with these fields. A missing `status` counts as `operating`.
 */
export interface EligibilitySubject extends RiskClassified {
  readonly id: string;
  readonly kind: SubjectKind;
  readonly status?: SubjectStatus | undefined;
}

/**
 * A one-pass eligibility filter over a pool (可抽取对象筛选器), made by
 * {@link createEligibilityFilter}. Call `check` once per subject of the pool, in any loop
 * (e.g. inside a draw's own pass); it allocates nothing for a kept subject.
 */
export interface EligibilityFilter {
  /**
   * Checks one subject and counts it.
   *
   * @param subject - the next subject of the pool
   * @returns its effective risk class when it may be drawn, `undefined` when it is excluded
   * @throws {ShuangsuijiError} `INVALID_INPUT` with path `['pool', index, field]` for a malformed subject
   */
  check(subject: EligibilitySubject): RiskClass | undefined;
  /** The counts so far (a snapshot). */
  counts(): EligibilityCounts;
  /** The excluded subjects so far, in pool order (a copy; empty when `listExcluded` is false). */
  exclusions(): Exclusion[];
}

const STATUS_LABELS: Readonly<Record<SubjectStatus, string>> = {
  operating: '存续（在业）',
  suspended: '歇业',
  deregistered: '已注销',
  revoked: '已吊销',
};

/**
 * Makes the eligibility filter of a draw (可抽取对象筛选): which subjects of a pool may be drawn and
 * their effective risk class, counted per class in the same pass. A subject is excluded, with the
 * first reason that applies:
 *
 * 1. `excluded-status` — its status is in `policy.excludedStatuses` (注销、吊销);
 * 2. `listed` — its id is in `options.exclusions` (the given reason is the message);
 * 3. `low-risk-cap` — its kind is in `options.lowRiskKinds` (default enterprises only), its effective
 *    class for the task is in `policy.lowRiskClasses`, and `history` already holds
 *    `policy.lowRiskMaxChecksPerYear` random checks of it this year (通知·二：在同一年度内对低风险
 *    企业的抽查次数原则上不超过2次). The effective class is the fused one (see
 *    {@link effectiveRiskClass}), so an enterprise of general class A but food class C is not low
 *    risk for a food task under `specialised-first`.
 *
 * Subjects are checked by hand, not by zod, so the filter runs over tens of millions of them: per
 * subject a few comparisons and, for a low-risk subject of a capped kind, a fingerprint of the
 * last 8 characters of its id against a small Bloom prefilter of the subjects at the cap; only the
 * few that pass are looked up exactly in `history`. Nothing is allocated for a kept subject.
 *
 * @param history - the year's random checks per subject id (see {@link countChecks})
 * @param policy - the policy (default {@link zhejiang2023}); parsed once
 * @param options - `domain`, `lowRiskKinds`, `exclusions`, `listExcluded`
 * @returns the filter
 * @throws {ShuangsuijiError} `INVALID_POLICY`; `INVALID_INPUT` for bad options or history
 *
 * @example
 * ```ts
 * const filter = createEligibilityFilter({ e1: 2 });
 * filter.check({ id: 'e1', kind: 'enterprise', riskClass: 'A' }); //=> undefined
 * filter.check({ id: 'e2', kind: 'enterprise', riskClass: 'A' }); //=> 'A'
 * filter.check({ id: 'e3', kind: 'enterprise', status: 'revoked', riskClass: 'D' }); //=> undefined
 * filter.counts().byClass; //=> { A: 1, B: 0, C: 0, D: 0 }
 * filter.exclusions().map((e) => e.reason); //=> ['low-risk-cap', 'excluded-status']
 * ```
 */
export function createEligibilityFilter(
  history: CheckHistory,
  policy: PolicyInput = zhejiang2023,
  options: EligibilityOptionsInput = {},
): EligibilityFilter {
  const parsedPolicy = parseInput(PolicySchema, policy, 'INVALID_POLICY', '政策参数');
  const { domain, lowRiskKinds, exclusions, listExcluded } = parseInput(EligibilityOptionsSchema, options, 'INVALID_INPUT', '筛选选项');
  const { riskFusion, unclassifiedRiskClass, lowRiskMaxChecksPerYear: maxChecks } = parsedPolicy;
  // With a cap of 0 every low-risk subject is at the cap, listed in the history or not.
  const everyLowRiskAtCap = maxChecks === 0;
  const historyIndex = indexHistory(history, maxChecks);
  // Most subjects are not at the cap: a Bloom prefilter spares them the Map lookup of their id.
  const mayBeAtCap = idPrefilter(historyIndex.atCap);
  const anyAtCap = historyIndex.atCap.length > 0 || everyLowRiskAtCap;
  // Plain booleans rather than Set lookups: the per-subject path is a few comparisons.
  const statusExcluded = (status: SubjectStatus): boolean => parsedPolicy.excludedStatuses.includes(status);
  const [excludeOperating, excludeSuspended, excludeDeregistered, excludeRevoked] = [
    statusExcluded('operating'),
    statusExcluded('suspended'),
    statusExcluded('deregistered'),
    statusExcluded('revoked'),
  ];
  const kindCapped = (kind: SubjectKind): boolean => lowRiskKinds.includes(kind);
  const [capEnterprise, capIndividual, capCooperative, capOther] = [
    kindCapped('enterprise'),
    kindCapped('individual'),
    kindCapped('cooperative'),
    kindCapped('other'),
  ];
  const lowRisk = (riskClass: RiskClass): boolean => parsedPolicy.lowRiskClasses.includes(riskClass);
  const [lowA, lowB, lowC, lowD] = [lowRisk('A'), lowRisk('B'), lowRisk('C'), lowRisk('D')];
  const listed = new Map<string, string>();
  for (const { id, reason } of exclusions) if (!listed.has(id)) listed.set(id, reason);
  const mayBeListed = idPrefilter(listed.keys());

  const excluded: Exclusion[] = [];
  let seen = 0;
  let classA = 0;
  let classB = 0;
  let classC = 0;
  let classD = 0;
  const byReason: Record<ExclusionReason, number> = { 'excluded-status': 0, listed: 0, 'low-risk-cap': 0 };

  const exclude = (id: string, reason: ExclusionReason, riskClass: RiskClass, message: () => string, checks?: number): undefined => {
    byReason[reason] += 1;
    if (listExcluded) {
      excluded.push(checks === undefined ? { id, reason, message: message(), riskClass } : { id, reason, message: message(), riskClass, checks });
    }
    return undefined;
  };

  const check = (subject: EligibilitySubject): RiskClass | undefined => {
    const index = seen;
    seen += 1;
    if (subject === null || typeof subject !== 'object') throw bad(index, [], '检查对象应为对象');
    const { id, kind } = subject;
    const status = subject.status ?? 'operating';
    if (typeof id !== 'string' || id.length === 0) throw bad(index, ['id'], '主体标识 id 应为非空字符串');
    let capped: boolean;
    if (kind === 'enterprise') capped = capEnterprise;
    else if (kind === 'individual') capped = capIndividual;
    else if (kind === 'cooperative') capped = capCooperative;
    else if (kind === 'other') capped = capOther;
    else throw bad(index, ['kind'], `主体类型无效：${String(kind)}`);
    let excludedStatus: boolean;
    if (status === 'operating') excludedStatus = excludeOperating;
    else if (status === 'deregistered') excludedStatus = excludeDeregistered;
    else if (status === 'revoked') excludedStatus = excludeRevoked;
    else if (status === 'suspended') excludedStatus = excludeSuspended;
    else throw bad(index, ['status'], `登记状态无效：${String(status)}`);
    const general = subject.riskClass;
    if (general !== undefined && general !== 'A' && general !== 'B' && general !== 'C' && general !== 'D') {
      throw bad(index, ['riskClass'], `通用信用风险分类应为 A、B、C、D 之一：${String(general)}`);
    }
    const specialised = domain === undefined ? undefined : specialisedClass(subject, domain, index);
    const riskClass = fuseRiskClasses(general, specialised, riskFusion, unclassifiedRiskClass);

    if (excludedStatus) {
      return exclude(id, 'excluded-status', riskClass, () => `${STATUS_LABELS[status]}，不纳入随机抽取`);
    }
    if (listed.size > 0 && mayBeListed.mayContain(id)) {
      const reason = listed.get(id);
      if (reason !== undefined) return exclude(id, 'listed', riskClass, () => reason);
    }
    if (anyAtCap && capped && (riskClass === 'A' ? lowA : riskClass === 'B' ? lowB : riskClass === 'C' ? lowC : lowD)) {
      const checks = everyLowRiskAtCap || mayBeAtCap.mayContain(id) ? historyIndex.countOf(id) : 0;
      if (checks >= maxChecks) {
        return exclude(
          id,
          'low-risk-cap',
          riskClass,
          () => `低风险${SUBJECT_KIND_LABELS[kind]}（${riskClass}类）本年度已被随机抽查 ${checks} 次，达到上限 ${maxChecks} 次（通知·二）`,
          checks,
        );
      }
    }
    if (riskClass === 'A') classA += 1;
    else if (riskClass === 'B') classB += 1;
    else if (riskClass === 'C') classC += 1;
    else classD += 1;
    return riskClass;
  };

  return {
    check,
    counts: () => {
      const eligible = classA + classB + classC + classD;
      return { seen, eligible, excluded: seen - eligible, byClass: { A: classA, B: classB, C: classC, D: classD }, byReason: { ...byReason } };
    },
    exclusions: () => [...excluded],
  };
}

function bad(index: number, field: readonly PropertyKey[], message: string): ShuangsuijiError {
  return new ShuangsuijiError('INVALID_INPUT', `抽查范围第 ${index + 1} 个对象无效：${message}`, { path: ['pool', index, ...field] });
}
