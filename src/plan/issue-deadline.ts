import { optionsArgument } from '../core/_internal/boundary.js';
import { z } from 'zod';
import { ShuangsuijiError } from '../core/errors.js';
import { parseInput } from '../core/parse-input.js';
import type { CivilDate } from '../core/civil-date.js';
import { nextWorkingDay } from '../calendar/next-working-day.js';
import { chinaCalendar } from '../calendar/china-calendar.js';
import type { Calendar } from '../calendar/calendar.js';
import type { Policy } from '../policy/policy-schema.js';
import { fieldSource } from '../policy/policy-field.js';

/**
 * Options of {@link issueDeadline}: the policy (required) and the calendar.
 *
 * @example
 * ```ts
 * const options: IssueDeadlineOptions = { policy: { issueDay: 5, issueDeferral: 'none' } };
 * issueDeadline(2023, 10, options); //=> '2023-10-05'
 * issueDeadline(2023, 10, { policy: zhejiang2023 }); //=> '2023-10-07'
 * ```
 */
export interface IssueDeadlineOptions {
  /** The policy giving `issueDay` and `issueDeferral` (a preset, or just those two fields). */
  readonly policy: Policy | Pick<Policy, 'issueDay' | 'issueDeferral'>;
  /** The working-day calendar; default {@link chinaCalendar} (the State Council's holidays, the same for every bureau). */
  readonly calendar?: Calendar | undefined;
}

const YearMonthSchema = /* @__PURE__ */ (() => z.strictObject({
  year: z.number().int().min(2000).max(2100),
  month: z.number().int().min(1).max(12),
}))();

/**
 * The last day on which a month's tasks may be issued (任务下发期限; zhejiang2023 通知·一 “在每个月5日前
 * 下发任务（遇节假日适当延期）”): day `policy.issueDay` of the month, moved to the next working day when
 * it is not one and `policy.issueDeferral` is `'next-working-day'`.
 *
 * @param year - the year
 * @param month - the month, 1–12
 * @param options - `policy` (required) and `calendar` (default {@link chinaCalendar})
 * @returns the deadline `'YYYY-MM-DD'`
 * @throws {ShuangsuijiError} `INVALID_INPUT` for a bad year or month (path `['year']` / `['month']`) or
 *   options (path `['options']`); `MISSING_ARGUMENT` (path `['options', 'policy']`) without a policy;
 *   `POLICY_FIELD_UNSET` (path `['options', 'policy', 'issueDay']`) for a policy that sets no issue day;
 *   `INVALID_POLICY` for a bad `issueDay`/`issueDeferral` (path `['options', 'policy', field]`);
 *   `CALENDAR_OUT_OF_RANGE` when the calendar does not cover the date
 *
 * @example
 * ```ts
 * issueDeadline(2023, 3, { policy: zhejiang2023 }); //=> '2023-03-06' (5 March is a Sunday)
 * issueDeadline(2023, 10, { policy: zhejiang2023 }); //=> '2023-10-07' (国庆 holiday to 6 October; Saturday 7 October is 调休上班)
 * issueDeadline(2024, 10, { policy: zhejiang2023 }); //=> '2024-10-08'
 * issueDeadline(2023, 10, { policy: { issueDay: 5, issueDeferral: 'none' } }); //=> '2023-10-05'
 * issueDeadline(2023, 10, { policy: national }); // throws POLICY_FIELD_UNSET (the national base sets no issue day)
 * issueDeadline(2023, 13, { policy: zhejiang2023 }); // throws INVALID_INPUT, path ['month']
 * ```
 */
export function issueDeadline(year: number, month: number, options: IssueDeadlineOptions): CivilDate {
  parseInput(YearMonthSchema, { year, month }, 'INVALID_INPUT', '年月');
  if (options === undefined || options === null) {
    throw new ShuangsuijiError('MISSING_ARGUMENT', '缺少参数 options.policy：请传入规定下发日的政策参数', { path: ['options', 'policy'] });
  }
  const given = optionsArgument(options, { known: ['policy', 'calendar'] });
  const policy = given['policy'] as Partial<Policy> | null | undefined;
  if (policy === undefined || policy === null) {
    throw new ShuangsuijiError('MISSING_ARGUMENT', '缺少参数 options.policy：请传入规定下发日的政策参数', { path: ['options', 'policy'] });
  }
  if (typeof policy !== 'object') {
    throw new ShuangsuijiError('INVALID_POLICY', '政策参数无效：应为对象', { path: ['options', 'policy'] });
  }
  const { issueDay, issueDeferral } = policy;
  if (issueDay === undefined) {
    const source = typeof policy.id === 'string' && policy.sources !== undefined ? fieldSource(policy as Policy, 'issueDay') : undefined;
    throw new ShuangsuijiError(
      'POLICY_FIELD_UNSET',
      `政策参数${typeof policy.id === 'string' ? ` ${policy.id}` : ''} 未规定每月任务下发日（字段 issueDay）${source?.note === undefined ? '' : `（${source.note}）`}`,
      { path: ['options', 'policy', 'issueDay'] },
    );
  }
  if (!Number.isInteger(issueDay) || issueDay < 1 || issueDay > 28) {
    throw new ShuangsuijiError('INVALID_POLICY', '政策参数无效（字段 issueDay）：应为 1–28 的整数', { path: ['options', 'policy', 'issueDay'] });
  }
  if (issueDeferral !== 'next-working-day' && issueDeferral !== 'none') {
    throw new ShuangsuijiError('INVALID_POLICY', "政策参数无效（字段 issueDeferral）：应为 'next-working-day' 或 'none'", {
      path: ['options', 'policy', 'issueDeferral'],
    });
  }
  const day = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(issueDay).padStart(2, '0')}`;
  if (issueDeferral === 'none') return day;
  return nextWorkingDay(day, { calendar: (given['calendar'] as Calendar | undefined) ?? chinaCalendar });
}
