import { ShuangsuijiError } from '../core/errors.js';
import { checkIterable } from './check-iterable.js';
import type { RiskClass } from '../core/risk-class.js';
import type { Policy, PolicyInput } from '../policy/policy-schema.js';
import type { CheckHistory } from './check-history.js';
import { createEligibilityFilter, type EligibilityFilter, type EligibilitySubject } from './eligibility-filter.js';
import type { EligibilityOptionsInput } from './eligibility-options.js';
import type { EligibilityCounts, Exclusion } from './exclusion.js';

/**
 * Result of {@link eligibleSubjects} (可抽取对象).
 *
 * @example
 * ```ts
 * const pool = [{ id: 'a1', kind: 'enterprise', riskClass: 'A' }, { id: 'd1', kind: 'enterprise', riskClass: 'D' }] as const;
 * const result: Eligibility<(typeof pool)[number]> = eligibleSubjects(pool, { a1: 2 }, zhejiang2023);
 * [result.eligible.map((s) => s.id), result.riskClasses, result.excluded.map((e) => e.id), result.counts.byClass.D]; //=> [['d1'], ['D'], ['a1'], 1]
 * ```
 */
export interface Eligibility<T extends EligibilitySubject> {
  /** Subjects that may be drawn, in pool order (the input objects themselves, not copies). */
  readonly eligible: T[];
  /** Effective risk class of `eligible[i]`, index for index. */
  readonly riskClasses: RiskClass[];
  /** Subjects left out and why, in pool order (empty when `options.listExcluded` is false). */
  readonly excluded: Exclusion[];
  /** Counts; `counts.byClass` is the `poolCounts` of {@link allocateSample}. */
  readonly counts: EligibilityCounts;
}

/**
 * Splits a pool into the subjects a draw may take and those it must leave out, in one pass
 * (可抽取对象筛选): see {@link createEligibilityFilter} for the rules (注销/吊销, listed ids, the
 * yearly cap on checks of low-risk enterprises, 通知·二). Per-class counts come from the same pass.
 * Use {@link filterEligible} or the filter itself to stream without collecting.
 *
 * @param pool - the task's pool, any iterable (not mutated)
 * @param history - the year's random checks per subject id
 * @param policy - the policy whose eligibility rules apply (required)
 * @param options - `domain`, `lowRiskKinds`, `exclusions`, `listExcluded`
 * @returns `{ eligible, riskClasses, excluded, counts }`
 * @throws {ShuangsuijiError} `MISSING_ARGUMENT` (path `['policy']`); `INVALID_INPUT` (path `['pool']`,
 *   `['pool', index, field]`, `['history', id]`); `INVALID_POLICY`
 *
 * @example
 * ```ts
 * const pool = [
 *   { id: 'a1', kind: 'enterprise', riskClass: 'A' },
 *   { id: 'a2', kind: 'enterprise', riskClass: 'A' },
 *   { id: 'b1', kind: 'enterprise', riskClass: 'B' },
 *   { id: 'x1', kind: 'enterprise', riskClass: 'D', status: 'deregistered' },
 * ] as const;
 * const result = eligibleSubjects(pool, { a1: 2, a2: 1, b1: 5 }, zhejiang2023);
 * result.eligible.map((s) => s.id); //=> ['a2', 'b1']
 * result.counts.byClass; //=> { A: 1, B: 1, C: 0, D: 0 }
 * result.excluded.map((e) => [e.id, e.reason]); //=> [['a1', 'low-risk-cap'], ['x1', 'excluded-status']]
 * ```
 */
export function eligibleSubjects<T extends EligibilitySubject>(
  pool: Iterable<T>,
  history: CheckHistory,
  policy: PolicyInput | Policy,
  options: EligibilityOptionsInput = {},
): Eligibility<T> {
  checkIterable(pool);
  const filter = createEligibilityFilter(history, policy, options);
  const eligible: T[] = [];
  const riskClasses: RiskClass[] = [];
  for (const subject of pool) {
    const riskClass = filter.check(subject);
    if (riskClass !== undefined) {
      eligible.push(subject);
      riskClasses.push(riskClass);
    }
  }
  return { eligible, riskClasses, excluded: filter.exclusions(), counts: filter.counts() };
}

/**
 * Streams the eligible subjects of a pool through a filter, lazily (逐个筛选可抽取对象): nothing
 * is collected, so a directory of any size passes once. When the generator is done its return
 * value, and `filter.counts()`, hold the per-class counts of the kept subjects.
 *
 * @param pool - the task's pool, any iterable
 * @param filter - a filter from {@link createEligibilityFilter}
 * @returns a generator of the kept subjects, in pool order, returning the counts
 * @throws {ShuangsuijiError} `INVALID_INPUT` as {@link EligibilityFilter.check}, when iterated
 *
 * @example
 * ```ts
 * const filter = createEligibilityFilter({}, zhejiang2023);
 * const ids = [...filterEligible([{ id: 'e1', kind: 'enterprise', riskClass: 'C' }, { id: 'e2', kind: 'enterprise', status: 'revoked' }], filter)].map((s) => s.id);
 * ids; //=> ['e1']
 * filter.counts().byClass; //=> { A: 0, B: 0, C: 1, D: 0 }
 * ```
 */
export function filterEligible<T extends EligibilitySubject>(
  pool: Iterable<T>,
  filter: EligibilityFilter,
): Generator<T, EligibilityCounts, undefined> {
  // Checked here, not in the generator, so bad arguments throw at the call rather than at the first next().
  checkIterable(pool);
  if (filter === null || typeof filter !== 'object' || typeof filter.check !== 'function') {
    throw new ShuangsuijiError('INVALID_INPUT', 'filter 应为 createEligibilityFilter 创建的筛选器', { path: ['filter'] });
  }
  return eligibleOf(pool, filter);
}

function* eligibleOf<T extends EligibilitySubject>(pool: Iterable<T>, filter: EligibilityFilter): Generator<T, EligibilityCounts, undefined> {
  for (const subject of pool) if (filter.check(subject) !== undefined) yield subject;
  return filter.counts();
}
