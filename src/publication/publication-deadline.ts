import { z } from 'zod';
import { CivilDateSchema, type CivilDate } from '../core/civil-date.js';
import { parseInput } from '../core/parse-input.js';
import { addWorkingDays } from '../calendar/add-working-days.js';
import { chinaCalendar } from '../calendar/china-calendar.js';
import { isCalendar } from '../calendar/calendar-table.js';
import type { Calendar } from '../calendar/calendar.js';
import { ShuangsuijiError, isShuangsuijiError } from '../core/errors.js';
import { requirePolicyField } from '../policy/policy-field.js';
import { PolicySchema } from '../policy/policy-schema.js';

/**
 * Schema of a calendar passed in options (工作日历): a calendar made by `createCalendar`, such as
 * `chinaCalendar`.
 *
 * @example
 * ```ts
 * CalendarOptionSchema.safeParse(chinaCalendar).success; //=> true
 * CalendarOptionSchema.safeParse({}).success; //=> false
 * ```
 */
export const CalendarOptionSchema = /* @__PURE__ */ z.custom<Calendar>((value) => isCalendar(value), {
  message: '应为 createCalendar 返回的工作日历',
});

/**
 * Schema of the options of {@link publicationDeadline} (公示时限参数): the `policy` whose
 * `publicationWorkingDays` sets the limit, or the limit itself in `workingDays` (which wins). One of
 * the two is required — there is no default limit.
 *
 * @example
 * ```ts
 * PublicationDeadlineOptionsSchema.parse({ workingDays: 10 }).workingDays; //=> 10
 * ```
 */
export const PublicationDeadlineOptionsSchema = /* @__PURE__ */ (() => z
  .strictObject({
    /** The policy whose `publicationWorkingDays` sets the limit. */
    policy: PolicySchema.optional(),
    /** The limit in working days, overriding the policy. */
    workingDays: z.number().int().min(1).optional(),
    /** The working-day calendar (default the official China calendar, the State Council's holidays). */
    calendar: CalendarOptionSchema.optional(),
  })
  .meta({ description: '公示时限参数' }))();

/**
 * Options of {@link publicationDeadline}.
 *
 * @example
 * ```ts
 * const options: PublicationDeadlineOptions = { workingDays: 2 };
 * publicationDeadline('2023-09-28', options); //=> '2023-10-08'
 * ```
 */
export type PublicationDeadlineOptions = z.input<typeof PublicationDeadlineOptionsSchema>;

/**
 * The last day a result may be published (公示期限): `from` plus the policy's number of working days,
 * counted strictly after `from` on the working-day calendar (holidays skipped, make-up working days
 * 调休上班 counted). `from` is the day the policy's limit counts from (`policy.publicationStart`:
 * 产生之日 / 检查结果形成之日 — the record's `resultDate` — or 检查结束之日 — its `checkDate`).
 *
 * @param from - the day the limit counts from
 * @param options - `policy` or `workingDays` (one is required), `calendar`
 * @returns the deadline; publishing on that day is in time
 * @throws {ShuangsuijiError} `INVALID_DATE` for a bad date; `MISSING_ARGUMENT` (path
 *   `['options', 'policy']`) with neither `policy` nor `workingDays`; `POLICY_FIELD_UNSET` (path
 *   `['options', 'policy', 'publicationWorkingDays']`) for a policy that sets no limit;
 *   `INVALID_INPUT` / `INVALID_POLICY` for bad options; `CALENDAR_OUT_OF_RANGE` outside the calendar's years
 *
 * @example
 * ```ts
 * // 2023 National Day: 9-29..10-6 off, 10-7 and 10-8 worked.
 * publicationDeadline('2023-09-28', { policy: zhejiang2023 }); //=> '2023-11-01' (20 working days, 条例第六条)
 * publicationDeadline('2023-09-28', { workingDays: 2 }); //=> '2023-10-08'
 * publicationDeadline('2023-09-28', {}); // throws MISSING_ARGUMENT, path ['options', 'policy']
 * ```
 */
export function publicationDeadline(from: CivilDate, options: PublicationDeadlineOptions): CivilDate {
  const date = parseInput(CivilDateSchema, from, 'INVALID_DATE', '公示时限起算日期');
  if (options === undefined || options === null || typeof options !== 'object') {
    throw new ShuangsuijiError('MISSING_ARGUMENT', '缺少参数 options.policy：请传入政策参数或 workingDays', { path: ['options', 'policy'] });
  }
  let parsed;
  try {
    parsed = parseInput(PublicationDeadlineOptionsSchema, options, 'INVALID_INPUT', '公示时限参数');
  } catch (error) {
    if (!(error instanceof ShuangsuijiError)) throw error; // the caller's own getter or proxy threw: hand it back
    const inner = error;
    const code = inner.path[0] === 'policy' ? 'INVALID_POLICY' : inner.code;
    throw new ShuangsuijiError(code, inner.message, { path: ['options', ...inner.path], details: inner.details, cause: inner });
  }
  let days = parsed.workingDays;
  if (days === undefined) {
    if (parsed.policy === undefined) {
      throw new ShuangsuijiError('MISSING_ARGUMENT', '缺少参数 options.policy：请传入政策参数（公示时限取其 publicationWorkingDays）或 workingDays', {
        path: ['options', 'policy'],
      });
    }
    days = requirePolicyField(parsed.policy, 'publicationWorkingDays', ['options', 'policy']);
  }
  return addWorkingDays(date, days, { calendar: parsed.calendar ?? chinaCalendar });
}

/**
 * A deadline function that remembers each distinct result date (公示期限缓存, internal hot path):
 * a year has a few hundred distinct dates, so millions of records cost a few hundred calendar walks.
 *
 * With `beyondCalendar`, a deadline that falls after the calendar's last year (e.g. a result of
 * late December of the calendar's last year) is returned as that value instead of throwing — useful
 * when the caller only compares the deadline with days inside the calendar.
 *
 * @param workingDays - the publication limit in working days
 * @param calendar - the working-day calendar
 * @param beyondCalendar - value for deadlines after the calendar's last year (default: throw)
 * @returns `(resultDate) => deadline`, for dates already known to be valid
 * @throws {ShuangsuijiError} `CALENDAR_OUT_OF_RANGE` (from the returned function)
 *
 * @example
 * ```ts
 * const deadline = createDeadlineCache(20, chinaCalendar);
 * deadline('2023-09-28'); //=> '2023-11-01'
 * createDeadlineCache(20, chinaCalendar, '9999-12-31')('2026-12-20'); //=> '9999-12-31'
 * ```
 */
export function createDeadlineCache(
  workingDays: number,
  calendar: Calendar,
  beyondCalendar?: CivilDate,
): (resultDate: CivilDate) => CivilDate {
  const cache = new Map<CivilDate, CivilDate>();
  const lastYear = calendar.years.to;
  return (resultDate) => {
    let deadline = cache.get(resultDate);
    if (deadline === undefined) {
      try {
        deadline = addWorkingDays(resultDate, workingDays, { calendar });
      } catch (error) {
        const inside = Number(resultDate.slice(0, 4)) <= lastYear && Number(resultDate.slice(0, 4)) >= calendar.years.from;
        if (beyondCalendar === undefined || !inside || !isShuangsuijiError(error, 'CALENDAR_OUT_OF_RANGE')) throw error;
        deadline = beyondCalendar;
      }
      // Stryker disable next-line EqualityOperator,ConditionalExpression: the bound limits memory only; a deadline is the same cached or not
      if (cache.size < 8192) cache.set(resultDate, deadline);
    }
    return deadline;
  };
}
