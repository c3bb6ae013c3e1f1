import type { RiskClass } from '../core/risk-class.js';
import { describeValue } from '../core/_internal/boundary.js';
import { checkFusionPolicy, fuseRiskClasses, isRiskClass, specialisedClass, type RiskClassified, type RiskFusionPolicy } from './effective-risk-class.js';
import { checkIterable } from './check-iterable.js';
import { ShuangsuijiError } from '../core/errors.js';

/**
 * Counts the subjects of a pool per effective risk class, in one pass (按风险类别计数), with the
 * "通用+专业" fusion of {@link effectiveRiskClass}. No eligibility rule is applied: use
 * {@link eligibleSubjects} (whose `counts.byClass` is the same count after exclusions) for a draw.
 *
 * @param pool - subjects, any iterable
 * @param policy - fusion rule and unclassified class (required)
 * @param domain - the task's domain, if any
 * @returns the count per class
 * @throws {ShuangsuijiError} `MISSING_ARGUMENT` (path `['policy']`); `INVALID_INPUT` (path `['pool']` or `['pool', index, field]`); `INVALID_POLICY`
 *
 * @example
 * ```ts
 * countByClass([{ riskClass: 'A' }, { riskClass: 'A', domainRiskClasses: { food: 'D' } }, {}], zhejiang2023, 'food');
 * //=> { A: 1, B: 1, C: 0, D: 1 }
 * ```
 */
export function countByClass(pool: Iterable<RiskClassified>, policy: RiskFusionPolicy, domain?: string): Record<RiskClass, number> {
  checkFusionPolicy(policy, ['policy']);
  checkIterable(pool);
  if (domain !== undefined && (typeof domain !== 'string' || domain.length === 0)) {
    throw new ShuangsuijiError('INVALID_INPUT', '专业领域 domain 应为非空字符串', { path: ['domain'] });
  }
  const { riskFusion, unclassifiedRiskClass } = policy;
  let classA = 0;
  let classB = 0;
  let classC = 0;
  let classD = 0;
  let index = 0;
  for (const subject of pool) {
    if (subject === null || typeof subject !== 'object') {
      throw new ShuangsuijiError('INVALID_INPUT', '检查对象应为对象', { path: ['pool', index] });
    }
    const general = subject.riskClass;
    if (general !== undefined && !isRiskClass(general)) {
      throw new ShuangsuijiError('INVALID_INPUT', `通用信用风险分类应为 A、B、C、D 之一，实际为 ${describeValue(general)}`, { path: ['pool', index, 'riskClass'] });
    }
    const specialised = domain === undefined ? undefined : specialisedClass(subject, domain, index);
    const riskClass = fuseRiskClasses(general, specialised, riskFusion, unclassifiedRiskClass);
    if (riskClass === 'A') classA += 1;
    else if (riskClass === 'B') classB += 1;
    else if (riskClass === 'C') classC += 1;
    else classD += 1;
    index += 1;
  }
  return { A: classA, B: classB, C: classC, D: classD };
}
