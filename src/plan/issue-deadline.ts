import { z } from 'zod';
import { ShuangsuijiError } from '../core/errors.js';
import { parseInput } from '../core/parse-input.js';
import type { CivilDate } from '../core/civil-date.js';
import { nextWorkingDay, chinaCalendar, type Calendar } from '../calendar/index.js';
import type { Policy } from '../policy/policy-schema.js';
import { zhejiang2023 } from '../presets/zhejiang2023/policy.js';

/**
 * Options of {@link issueDeadline}.
 *
 * @example
 * ```ts
 * const options: IssueDeadlineOptions = { policy: { issueDay: 5, issueDeferral: 'none' } };
 * issueDeadline(2023, 10, options); //=> '2023-10-05'
 * issueDeadline(2023, 10); //=> '2023-10-07'
 * ```
 */
export interface IssueDeadlineOptions {
  /** The policy giving `issueDay` and `issueDeferral`; default {@link zhejiang2023} (5th, next working day). */
  readonly policy?: Pick<Policy, 'issueDay' | 'issueDeferral'> | undefined;
  /** The working-day calendar; default {@link chinaCalendar}. */
  readonly calendar?: Calendar | undefined;
}

const YearMonthSchema = z.object({
  year: z.number().int().min(2000).max(2100),
  month: z.number().int().min(1).max(12),
});

/**
 * The last day on which a month's tasks may be issued (任务下发期限, 通知·一 “在每个月5日前下发任务
 * （遇节假日适当延期）”): day `policy.issueDay` of the month, moved to the next working day when it is
 * not one and `policy.issueDeferral` is `'next-working-day'`.
 *
 * @param year - the year
 * @param month - the month, 1–12
 * @param options - `policy` (default {@link zhejiang2023}) and `calendar` (default {@link chinaCalendar})
 * @returns the deadline `'YYYY-MM-DD'`
 * @throws {ShuangsuijiError} `INVALID_INPUT` for a bad year or month (path `['year']` / `['month']`) or
 *   options (path `['options', …]`); `INVALID_POLICY` for a bad `issueDay`/`issueDeferral`
 *   (path `['options', 'policy', field]`); `CALENDAR_OUT_OF_RANGE` when the calendar does not cover the date
 *
 * @example
 * ```ts
 * issueDeadline(2023, 3); //=> '2023-03-06' (5 March is a Sunday)
 * issueDeadline(2023, 10); //=> '2023-10-07' (国庆 holiday to 6 October; Saturday 7 October is 调休上班)
 * issueDeadline(2024, 10); //=> '2024-10-08'
 * issueDeadline(2023, 10, { policy: { issueDay: 5, issueDeferral: 'none' } }); //=> '2023-10-05'
 * issueDeadline(2023, 13); // throws INVALID_INPUT, path ['month']
 * ```
 */
export function issueDeadline(year: number, month: number, options: IssueDeadlineOptions = {}): CivilDate {
  parseInput(YearMonthSchema, { year, month }, 'INVALID_INPUT', '年月');
  if (options === null || typeof options !== 'object') {
    throw new ShuangsuijiError('INVALID_INPUT', '选项无效：应为对象', { path: ['options'] });
  }
  const policy = options.policy ?? zhejiang2023;
  if (policy === null || typeof policy !== 'object') {
    throw new ShuangsuijiError('INVALID_POLICY', '政策参数无效：应为对象', { path: ['options', 'policy'] });
  }
  const { issueDay, issueDeferral } = policy;
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
  return nextWorkingDay(day, { calendar: options.calendar ?? chinaCalendar });
}
