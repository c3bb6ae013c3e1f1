import { describeValue } from '../core/_internal/boundary.js';
import { ShuangsuijiError } from '../core/errors.js';
import { parseInput } from '../core/parse-input.js';
import type { RiskClass } from '../core/risk-class.js';
import { SUBJECT_KIND_LABELS, type SubjectKind, type SubjectStatus } from '../directory/subject.js';
import type { Policy, PolicyInput } from '../policy/policy-schema.js';
import { policyRef, requirePolicy } from '../policy/policy-field.js';
import { indexHistory, type CheckHistory, type HistoryIndex } from './check-history.js';
import { idPrefilter, type IdPrefilter } from './id-prefilter.js';
import { subjectKey } from '../directory/_internal/subject-key.js';
import { specialisedClass, type RiskClassified } from './effective-risk-class.js';
import { EligibilityOptionsSchema, type EligibilityOptions, type EligibilityOptionsInput } from './eligibility-options.js';
import type { EligibilityCounts, Exclusion } from './exclusion.js';

/**
 * The fields of a subject the eligibility filter reads (筛选所需的主体字段). A parsed `Subject`
 * fits; so does a cheap plain object with these fields. A missing `status` counts as `operating`.
 *
 * @example
 * ```ts
 * const subject: EligibilitySubject = { id: 'e1', kind: 'enterprise', riskClass: 'A', domainRiskClasses: { food: 'C' } };
 * createEligibilityFilter({ e1: 2 }, zhejiang2023, { domain: 'food' }).check(subject); //=> 'C' (class C for food: not low risk, not capped)
 * ```
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
 *
 * @example
 * ```ts
 * const filter: EligibilityFilter = createEligibilityFilter({ e1: 2 }, zhejiang2023);
 * filter.check({ id: 'e1', kind: 'enterprise', riskClass: 'A' }); //=> undefined
 * [filter.counts().excluded, filter.exclusions()[0]?.reason]; //=> [1, 'low-risk-cap']
 * ```
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

/** The message of each excluded status, built once rather than per excluded subject. */
const STATUS_MESSAGES: Readonly<Record<SubjectStatus, string>> = {
  operating: `${STATUS_LABELS.operating}，不纳入随机抽取`,
  suspended: `${STATUS_LABELS.suspended}，不纳入随机抽取`,
  deregistered: `${STATUS_LABELS.deregistered}，不纳入随机抽取`,
  revoked: `${STATUS_LABELS.revoked}，不纳入随机抽取`,
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
 *    `policy.lowRiskMaxChecksPerYear` random checks of it this year (zhejiang2023 通知·二：在同一年度内对低风险
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
 * @param policy - the policy whose statuses, low-risk classes and cap apply (required); parsed once.
 *   A policy that sets no cap (`lowRiskMaxChecksPerYear` unset) caps nobody
 * @param options - `domain`, `lowRiskKinds`, `exclusions`, `listExcluded`
 * @returns the filter
 * @throws {ShuangsuijiError} `MISSING_ARGUMENT` (path `['policy']`); `INVALID_POLICY`; `INVALID_INPUT` for bad options or history
 *
 * @example
 * ```ts
 * const filter = createEligibilityFilter({ e1: 2 }, zhejiang2023);
 * filter.check({ id: 'e1', kind: 'enterprise', riskClass: 'A' }); //=> undefined
 * filter.check({ id: 'e2', kind: 'enterprise', riskClass: 'A' }); //=> 'A'
 * filter.check({ id: 'e3', kind: 'enterprise', status: 'revoked', riskClass: 'D' }); //=> undefined
 * filter.counts().byClass; //=> { A: 1, B: 0, C: 0, D: 0 }
 * filter.exclusions().map((e) => e.reason); //=> ['low-risk-cap', 'excluded-status']
 * ```
 */
export function createEligibilityFilter(
  history: CheckHistory,
  policy: PolicyInput | Policy,
  options: EligibilityOptionsInput = {},
): EligibilityFilter {
  const parsedPolicy = requirePolicy(policy, ['policy']);
  const parsedOptions = parseInput(EligibilityOptionsSchema, options, 'INVALID_INPUT', '筛选选项');
  return new OnePassEligibilityFilter(history, parsedPolicy, parsedOptions);
}

/**
 * The filter behind {@link createEligibilityFilter} (可抽取对象筛选器实现，内部): every rule is
 * resolved once into a boolean field, so `check` is a few field reads and `switch`es per subject,
 * with no closure and no allocation for a kept subject. History work (the Bloom prefilter and the
 * exact lookup) happens only when some subject is at the cap.
 */
class OnePassEligibilityFilter implements EligibilityFilter {
  private readonly domain: string | undefined;
  private readonly listExcluded: boolean;
  private readonly specialisedFirst: boolean;
  private readonly unclassified: RiskClass;
  private readonly maxChecks: number;
  /** The clause of the cap, for the exclusion message (e.g. `通知·二`). */
  private readonly capRef: string;
  /** With a cap of 0 every low-risk subject is at the cap, listed in the history or not. */
  private readonly everyLowRiskAtCap: boolean;
  private readonly anyAtCap: boolean;
  private readonly historyIndex: HistoryIndex;
  /** Most subjects are not at the cap: a Bloom prefilter spares them the Map lookup of their id. */
  private readonly mayBeAtCap: IdPrefilter;
  private readonly listed: Map<string, string>;
  private readonly mayBeListed: IdPrefilter;
  private readonly excludeOperating: boolean;
  private readonly excludeSuspended: boolean;
  private readonly excludeDeregistered: boolean;
  private readonly excludeRevoked: boolean;
  private readonly capEnterprise: boolean;
  private readonly capIndividual: boolean;
  private readonly capCooperative: boolean;
  private readonly capOther: boolean;
  private readonly lowA: boolean;
  private readonly lowB: boolean;
  private readonly lowC: boolean;
  private readonly lowD: boolean;
  private readonly excluded: Exclusion[] = [];
  private readonly capMessages = new Map<string, string>();
  private seen = 0;
  private classA = 0;
  private classB = 0;
  private classC = 0;
  private classD = 0;
  private byStatus = 0;
  private byList = 0;
  private byCap = 0;

  constructor(history: CheckHistory, policy: Policy, options: EligibilityOptions) {
    this.domain = options.domain;
    this.listExcluded = options.listExcluded;
    this.specialisedFirst = policy.riskFusion === 'specialised-first';
    this.unclassified = policy.unclassifiedRiskClass;
    // A policy without a cap (unset) excludes nobody for it: no class counts as low risk for the cap.
    this.maxChecks = policy.lowRiskMaxChecksPerYear ?? Number.MAX_SAFE_INTEGER;
    this.capRef = policyRef(policy, 'lowRiskMaxChecksPerYear');
    this.everyLowRiskAtCap = this.maxChecks === 0;
    this.historyIndex = indexHistory(history, this.maxChecks);
    this.mayBeAtCap = idPrefilter(this.historyIndex.atCap);
    this.anyAtCap = this.historyIndex.atCap.length > 0 || this.everyLowRiskAtCap;
    const statuses = policy.excludedStatuses;
    this.excludeOperating = statuses.includes('operating');
    this.excludeSuspended = statuses.includes('suspended');
    this.excludeDeregistered = statuses.includes('deregistered');
    this.excludeRevoked = statuses.includes('revoked');
    const kinds = options.lowRiskKinds;
    this.capEnterprise = kinds.includes('enterprise');
    this.capIndividual = kinds.includes('individual');
    this.capCooperative = kinds.includes('cooperative');
    this.capOther = kinds.includes('other');
    const low = policy.lowRiskMaxChecksPerYear === undefined ? [] : (policy.lowRiskClasses ?? []);
    this.lowA = low.includes('A');
    this.lowB = low.includes('B');
    this.lowC = low.includes('C');
    this.lowD = low.includes('D');
    this.listed = new Map<string, string>();
    for (const { id, reason } of options.exclusions) if (!this.listed.has(subjectKey(id))) this.listed.set(subjectKey(id), reason);
    this.mayBeListed = idPrefilter(this.listed.keys());
  }

  check(subject: EligibilitySubject): RiskClass | undefined {
    const index = this.seen;
    this.seen = index + 1;
    if (subject === null || typeof subject !== 'object') throw bad(index, [], '检查对象应为对象');
    const id = subject.id;
    const kind = subject.kind;
    const status = subject.status;
    if (typeof id !== 'string' || id.length === 0) throw bad(index, ['id'], '主体标识 id 应为非空字符串');
    // Histories and lists are looked up by the canonical id: `X ` is the subject `X` (issue 12). It
    // is computed only when a lookup needs it (most subjects need none; subjectKey never throws).
    let key: string | undefined;
    let capped: boolean;
    switch (kind) {
      case 'enterprise':
        capped = this.capEnterprise;
        break;
      case 'individual':
        capped = this.capIndividual;
        break;
      case 'cooperative':
        capped = this.capCooperative;
        break;
      case 'other':
        capped = this.capOther;
        break;
      default:
        throw bad(index, ['kind'], `主体类型无效：${describeValue(kind)}`);
    }
    let excludedStatus: boolean;
    switch (status) {
      case undefined:
      case 'operating':
        excludedStatus = this.excludeOperating;
        break;
      case 'deregistered':
        excludedStatus = this.excludeDeregistered;
        break;
      case 'revoked':
        excludedStatus = this.excludeRevoked;
        break;
      case 'suspended':
        excludedStatus = this.excludeSuspended;
        break;
      default:
        // `status ?? 'operating'`: null reads as operating too
        if ((status as unknown) === null) excludedStatus = this.excludeOperating;
        else throw bad(index, ['status'], `登记状态无效：${describeValue(status)}`);
    }
    const general = subject.riskClass;
    if (general !== undefined && general !== 'A' && general !== 'B' && general !== 'C' && general !== 'D') {
      throw bad(index, ['riskClass'], `通用信用风险分类应为 A、B、C、D 之一，实际为 ${describeValue(general)}`);
    }
    const domain = this.domain;
    let riskClass: RiskClass;
    if (domain === undefined) {
      riskClass = general ?? this.unclassified;
    } else {
      // fuseRiskClasses(general, specialisedClass(subject, domain, index), …), inlined
      const classes = subject.domainRiskClasses;
      const value: unknown = typeof classes === 'object' && classes !== null ? classes[domain] : classes; // not an object: specialisedClass throws
      let specialised: RiskClass | undefined;
      if (value === undefined) specialised = undefined;
      else if (value === 'A' || value === 'B' || value === 'C' || value === 'D') specialised = value;
      else specialised = specialisedClass(subject, domain, index); // an inherited name, or throws
      if (specialised === undefined) riskClass = general ?? this.unclassified;
      else if (general === undefined || this.specialisedFirst) riskClass = specialised;
      else riskClass = general.charCodeAt(0) > specialised.charCodeAt(0) ? general : specialised;
    }

    if (excludedStatus) {
      this.byStatus += 1;
      if (this.listExcluded) this.excluded.push({ id, reason: 'excluded-status', message: STATUS_MESSAGES[status ?? 'operating'], riskClass });
      return undefined;
    }
    if (this.listed.size > 0 && this.mayBeListed.mayContain((key = subjectKey(id)))) {
      const reason = this.listed.get(key);
      if (reason !== undefined) {
        this.byList += 1;
        if (this.listExcluded) this.excluded.push({ id, reason: 'listed', message: reason, riskClass });
        return undefined;
      }
    }
    switch (riskClass) {
      case 'A':
        if (this.anyAtCap && capped && this.lowA && this.atCap(key ?? subjectKey(id), kind, riskClass)) return undefined;
        this.classA += 1;
        break;
      case 'B':
        if (this.anyAtCap && capped && this.lowB && this.atCap(key ?? subjectKey(id), kind, riskClass)) return undefined;
        this.classB += 1;
        break;
      case 'C':
        if (this.anyAtCap && capped && this.lowC && this.atCap(key ?? subjectKey(id), kind, riskClass)) return undefined;
        this.classC += 1;
        break;
      default:
        if (this.anyAtCap && capped && this.lowD && this.atCap(key ?? subjectKey(id), kind, riskClass)) return undefined;
        this.classD += 1;
    }
    return riskClass;
  }

  counts(): EligibilityCounts {
    const eligible = this.classA + this.classB + this.classC + this.classD;
    return {
      seen: this.seen,
      eligible,
      excluded: this.seen - eligible,
      byClass: { A: this.classA, B: this.classB, C: this.classC, D: this.classD },
      byReason: { 'excluded-status': this.byStatus, listed: this.byList, 'low-risk-cap': this.byCap },
    };
  }

  exclusions(): Exclusion[] {
    return [...this.excluded];
  }

  /** The low-risk cap: counts and records the exclusion when the subject is at the cap. */
  private atCap(id: string, kind: SubjectKind, riskClass: RiskClass): boolean {
    const maxChecks = this.maxChecks;
    const checks = this.everyLowRiskAtCap || this.mayBeAtCap.mayContain(id) ? this.historyIndex.countOf(id) : 0;
    if (checks < maxChecks) return false;
    this.byCap += 1;
    if (this.listExcluded) {
      // one message per (checks, kind, class), built once: a handful of distinct strings
      const key = `${checks}/${kind}/${riskClass}`;
      let message = this.capMessages.get(key);
      if (message === undefined) {
        message = `低风险${SUBJECT_KIND_LABELS[kind]}（${riskClass}类）本年度已被随机抽查 ${checks} 次，达到上限 ${maxChecks} 次（${this.capRef}）`;
        this.capMessages.set(key, message);
      }
      this.excluded.push({ id, reason: 'low-risk-cap', message, riskClass, checks });
    }
    return true;
  }
}

function bad(index: number, field: readonly PropertyKey[], message: string): ShuangsuijiError {
  return new ShuangsuijiError('INVALID_INPUT', `抽查范围第 ${index + 1} 个对象无效：${message}`, { path: ['pool', index, ...field] });
}
