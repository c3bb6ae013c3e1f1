import { z } from 'zod';
import { ShuangsuijiError } from '../core/errors.js';
import { parseInput } from '../core/parse-input.js';
import { isValidCivilDate, type CivilDate } from '../core/civil-date.js';
import { MonthDaySchema, type PolicyInput } from './policy-schema.js';

const YearSchema = /* @__PURE__ */ (() => z.number().int().min(2000).max(2100))();

/**
 * The day by which a year's indicators must be met (完成期限): the policy's `completionDeadline`
 * `'MM-DD'` in the given year (zhejiang2023: 通知·四 “确保10月底前完成各项指标”). A `'02-29'` deadline
 * falls on 28 February in a common year. A policy that sets no completion deadline (the field is
 * unset: no source fixes one) gives the last day of the plan year, 31 December — the end of the
 * annual plan itself, not a policy number.
 *
 * @param policy - the policy (e.g. {@link zhejiang2023})
 * @param year - the plan's year
 * @returns the civil date `'YYYY-MM-DD'`
 * @throws {ShuangsuijiError} `MISSING_ARGUMENT` when `policy` is missing (path `['policy']`);
 *   `INVALID_INPUT` for a year that is not an integer in 2000–2100 (path `['year']`),
 *   `INVALID_POLICY` when `completionDeadline` is not a valid `'MM-DD'` (path `['policy', 'completionDeadline']`)
 *
 * @example
 * ```ts
 * completionDeadlineFor(zhejiang2023, 2023); //=> '2023-10-31'
 * completionDeadlineFor(definePolicy({ completionDeadline: '02-29' }, zhejiang2023), 2023); //=> '2023-02-28'
 * completionDeadlineFor(national, 2023); //=> '2023-12-31' (national sets none)
 * ```
 */
export function completionDeadlineFor(policy: Pick<PolicyInput, 'completionDeadline'>, year: number): CivilDate {
  if (policy === undefined || policy === null) {
    throw new ShuangsuijiError('MISSING_ARGUMENT', '缺少参数 policy：请传入政策参数', { path: ['policy'] });
  }
  parseInput(z.strictObject({ year: YearSchema }), { year }, 'INVALID_INPUT', '年份');
  const monthDay: unknown = (policy as Partial<PolicyInput>).completionDeadline;
  const yyyy = String(year).padStart(4, '0');
  if (monthDay === undefined) return `${yyyy}-12-31`;
  if (!MonthDaySchema.safeParse(monthDay).success || !isValidCivilDate(`2024-${String(monthDay)}`)) {
    throw new ShuangsuijiError('INVALID_POLICY', '政策参数无效：completionDeadline 应为 MM-DD 格式的日期', {
      path: ['policy', 'completionDeadline'],
    });
  }
  const date = `${yyyy}-${String(monthDay)}`;
  return isValidCivilDate(date) ? date : `${yyyy}-02-28`;
}
