import { z } from 'zod';
import { ShuangsuijiError } from '../core/errors.js';
import { parseInput } from '../core/parse-input.js';
import { isValidCivilDate, type CivilDate } from '../core/civil-date.js';
import { MonthDaySchema, type PolicyInput } from './policy-schema.js';

const YearSchema = z.number().int().min(2000).max(2100);

/**
 * The day by which a year's indicators must be met (完成期限, 通知·四 “确保10月底前完成各项指标”):
 * the policy's `completionDeadline` `'MM-DD'` in the given year. A `'02-29'` deadline falls on
 * 28 February in a common year.
 *
 * @param policy - the policy (e.g. {@link zhejiang2023})
 * @param year - the plan's year
 * @returns the civil date `'YYYY-MM-DD'`
 * @throws {ShuangsuijiError} `INVALID_INPUT` for a year that is not an integer in 2000–2100 (path
 *   `['year']`), `INVALID_POLICY` when the policy has no valid `completionDeadline`
 *   (path `['policy', 'completionDeadline']`)
 *
 * @example
 * ```ts
 * completionDeadlineFor(zhejiang2023, 2023); //=> '2023-10-31'
 * completionDeadlineFor(definePolicy({ completionDeadline: '02-29' }), 2023); //=> '2023-02-28'
 * ```
 */
export function completionDeadlineFor(policy: Pick<PolicyInput, 'completionDeadline'>, year: number): CivilDate {
  parseInput(z.strictObject({ year: YearSchema }), { year }, 'INVALID_INPUT', '年份');
  const monthDay: unknown = (policy as Partial<PolicyInput> | null | undefined)?.completionDeadline;
  if (!MonthDaySchema.safeParse(monthDay).success || !isValidCivilDate(`2024-${String(monthDay)}`)) {
    throw new ShuangsuijiError('INVALID_POLICY', '政策参数无效：completionDeadline 应为 MM-DD 格式的日期', {
      path: ['policy', 'completionDeadline'],
    });
  }
  const date = `${String(year).padStart(4, '0')}-${String(monthDay)}`;
  return isValidCivilDate(date) ? date : `${String(year).padStart(4, '0')}-02-28`;
}
