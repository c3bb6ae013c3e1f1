import { ShuangsuijiError } from '../core/errors.js';
import { describeValue } from '../core/_internal/boundary.js';
import type { RiskClass } from '../core/risk-class.js';
import type { Policy } from '../policy/policy-schema.js';

/**
 * The risk fields of a subject that {@link effectiveRiskClass} reads (主体的信用风险分类): the general
 * (通用) class and the specialised (专业) classes per domain. A parsed `Subject` fits.
 *
 * @example
 * ```ts
 * const subject: RiskClassified = { riskClass: 'A', domainRiskClasses: { food: 'C' } };
 * [effectiveRiskClass(subject, zhejiang2023), effectiveRiskClass(subject, zhejiang2023, 'food')]; //=> ['A', 'C']
 * ```
 */
export interface RiskClassified {
  /** General credit-risk class (通用信用风险分类). */
  readonly riskClass?: RiskClass | undefined;
  /** Specialised classes by domain (专业信用风险分类), e.g. `{ food: 'C' }`. */
  readonly domainRiskClasses?: Readonly<Record<string, RiskClass>> | undefined;
}

/**
 * The policy fields of the "通用+专业" fusion rule (信用风险融合规则). A full `Policy` fits.
 *
 * @example
 * ```ts
 * const policy: RiskFusionPolicy = { riskFusion: 'higher-risk', unclassifiedRiskClass: 'B' };
 * effectiveRiskClass({ riskClass: 'D', domainRiskClasses: { food: 'B' } }, policy, 'food'); //=> 'D'
 * ```
 */
export type RiskFusionPolicy = Pick<Policy, 'riskFusion' | 'unclassifiedRiskClass'>;

/**
 * Tells whether a value is one of the risk classes `'A'`–`'D'` (是否为风险类别).
 *
 * @param value - anything
 * @returns `true` for `'A'`, `'B'`, `'C'` or `'D'`
 *
 * @example
 * ```ts
 * isRiskClass('C'); //=> true
 * isRiskClass('E'); //=> false
 * ```
 */
export function isRiskClass(value: unknown): value is RiskClass {
  return value === 'A' || value === 'B' || value === 'C' || value === 'D';
}

/**
 * Applies the fusion rule to already-checked classes, without validation (融合规则，内部快速路径).
 *
 * @param general - the general class, if any
 * @param specialised - the task domain's specialised class, if any
 * @param fusion - `specialised-first` or `higher-risk`
 * @param unclassified - the class of a subject with neither
 * @returns the effective class
 *
 * @example
 * ```ts
 * fuseRiskClasses('A', 'C', 'specialised-first', 'B'); //=> 'C'
 * fuseRiskClasses('D', 'C', 'specialised-first', 'B'); //=> 'C'
 * fuseRiskClasses('D', 'C', 'higher-risk', 'B'); //=> 'D'
 * fuseRiskClasses(undefined, undefined, 'higher-risk', 'B'); //=> 'B'
 * ```
 */
export function fuseRiskClasses(
  general: RiskClass | undefined,
  specialised: RiskClass | undefined,
  fusion: Policy['riskFusion'],
  unclassified: RiskClass,
): RiskClass {
  if (specialised === undefined) return general ?? unclassified;
  if (general === undefined || fusion === 'specialised-first') return specialised;
  return general > specialised ? general : specialised;
}

/**
 * The credit-risk class a task applies to a subject, by the "通用+专业" fusion rule of the
 * policy (有效信用风险分类，通知·二“通用+专业”信用风险融合模式):
 *
 * - `policy.riskFusion === 'specialised-first'`: the specialised class of the task's `domain` when
 *   the subject has one, else its general class;
 * - `policy.riskFusion === 'higher-risk'`: the higher risk of the general class and the domain's
 *   specialised class; when only one of them exists, that one;
 * - a subject with neither gets `policy.unclassifiedRiskClass`.
 *
 * Without a `domain` only the general class is used. The check is cheap (no zod), so the function
 * can run once per subject of a large directory.
 *
 * @param subject - the subject (`riskClass`, `domainRiskClasses`)
 * @param policy - the fusion rule and the unclassified class (required; the national base sets the
 *   practice default `specialised-first`, unclassified → B)
 * @param domain - the task's regulated domain, e.g. `'food'`; omit for a general task
 * @returns the effective class `'A'`–`'D'`
 * @throws {ShuangsuijiError} `MISSING_ARGUMENT` (path `['policy']`) without a policy; `INVALID_INPUT` with path `['subject', 'riskClass']` or
 *   `['subject', 'domainRiskClasses', domain]` for a class that is not A–D, or `['domain']`;
 *   `INVALID_POLICY` with path `['policy', 'riskFusion' | 'unclassifiedRiskClass']`
 *
 * @example
 * ```ts
 * const subject = { riskClass: 'A', domainRiskClasses: { food: 'C' } } as const;
 * effectiveRiskClass(subject, zhejiang2023); //=> 'A'
 * effectiveRiskClass(subject, zhejiang2023, 'food'); //=> 'C'
 * effectiveRiskClass({ riskClass: 'D', domainRiskClasses: { food: 'B' } }, zhejiang2023, 'food'); //=> 'B'
 * effectiveRiskClass({ riskClass: 'D', domainRiskClasses: { food: 'B' } }, { ...zhejiang2023, riskFusion: 'higher-risk' }, 'food'); //=> 'D'
 * effectiveRiskClass({}, zhejiang2023, 'food'); //=> 'B'
 * effectiveRiskClass({}, undefined as never); // throws MISSING_ARGUMENT, path ['policy']
 * ```
 */
export function effectiveRiskClass(subject: RiskClassified, policy: RiskFusionPolicy, domain?: string): RiskClass {
  checkFusionPolicy(policy, ['policy']);
  if (domain !== undefined && (typeof domain !== 'string' || domain.length === 0)) {
    throw new ShuangsuijiError('INVALID_INPUT', '专业领域 domain 应为非空字符串', { path: ['domain'] });
  }
  if (subject === null || typeof subject !== 'object') {
    throw new ShuangsuijiError('INVALID_INPUT', '检查对象应为对象', { path: ['subject'] });
  }
  const general = subject.riskClass;
  if (general !== undefined && !isRiskClass(general)) {
    throw new ShuangsuijiError('INVALID_INPUT', `通用信用风险分类应为 A、B、C、D 之一，实际为 ${describeValue(general)}`, {
      path: ['subject', 'riskClass'],
    });
  }
  const specialised = domain === undefined ? undefined : specialisedClass(subject, domain);
  return fuseRiskClasses(general, specialised, policy.riskFusion, policy.unclassifiedRiskClass);
}

/**
 * Reads and checks a subject's specialised class for a domain (读取专业分类，内部).
 *
 * @param subject - the subject
 * @param domain - the domain
 * @param poolIndex - the subject's index in a pool, for the error path `['pool', index, …]`;
 *   omitted for a single subject (path `['subject', …]`). A number, so nothing is allocated per call.
 * @returns the class, or `undefined` when the subject has none for that domain
 * @throws {ShuangsuijiError} `INVALID_INPUT` for a class that is not A–D
 *
 * @example
 * ```ts
 * specialisedClass({ domainRiskClasses: { food: 'C' } }, 'food'); //=> 'C'
 * specialisedClass({ domainRiskClasses: { food: 'C' } }, 'tobacco', 3); //=> undefined
 * ```
 */
export function specialisedClass(subject: RiskClassified, domain: string, poolIndex?: number): RiskClass | undefined {
  const classes = subject.domainRiskClasses;
  if (classes === undefined) return undefined;
  if (typeof classes !== 'object' || classes === null) {
    throw new ShuangsuijiError('INVALID_INPUT', `专业信用风险分类应为以领域为键的对象，实际为 ${describeValue(classes)}`, {
      path: [...(poolIndex === undefined ? ['subject'] : ['pool', poolIndex]), 'domainRiskClasses'],
    });
  }
  // A plain keyed read is fast; `Object.hasOwn` is consulted only when the value is not a class,
  // so an inherited name such as 'constructor' reads as "no specialised class".
  const value: unknown = classes[domain];
  if (value === undefined || isRiskClass(value)) return value;
  if (!Object.hasOwn(classes, domain)) return undefined;
  throw new ShuangsuijiError('INVALID_INPUT', `专业信用风险分类应为 A、B、C、D 之一，实际为 ${describeValue(value)}`, {
    path: [...(poolIndex === undefined ? ['subject'] : ['pool', poolIndex]), 'domainRiskClasses', domain],
  });
}

/**
 * Checks the fusion fields of a policy by hand (校验融合规则参数，内部).
 *
 * @param policy - the policy
 * @param path - path prefix for errors
 * @throws {ShuangsuijiError} `INVALID_POLICY`
 *
 * @example
 * ```ts
 * checkFusionPolicy(zhejiang2023, ['policy']); // passes
 * ```
 */
export function checkFusionPolicy(policy: RiskFusionPolicy, path: readonly PropertyKey[]): void {
  if (policy === undefined || policy === null) {
    throw new ShuangsuijiError('MISSING_ARGUMENT', `缺少参数 ${path.map(String).join('.')}：请传入政策参数（融合规则取自 riskFusion、unclassifiedRiskClass）`, { path: [...path] });
  }
  if (typeof policy !== 'object') {
    throw new ShuangsuijiError('INVALID_POLICY', '政策参数应为对象', { path: [...path] });
  }
  if (policy.riskFusion !== 'specialised-first' && policy.riskFusion !== 'higher-risk') {
    throw new ShuangsuijiError('INVALID_POLICY', '政策参数 riskFusion 应为 specialised-first 或 higher-risk', {
      path: [...path, 'riskFusion'],
    });
  }
  if (!isRiskClass(policy.unclassifiedRiskClass)) {
    throw new ShuangsuijiError('INVALID_POLICY', '政策参数 unclassifiedRiskClass 应为 A、B、C、D 之一', {
      path: [...path, 'unclassifiedRiskClass'],
    });
  }
}
