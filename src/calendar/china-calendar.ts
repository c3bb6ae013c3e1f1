import type { Calendar } from './calendar.js';
import { createCalendar } from './create-calendar.js';
import { CHINA_HOLIDAY_SCHEDULES } from './data/china-holiday-schedules.js';

/**
 * The national working-day calendar 2019–2026 (全国工作日历), built from the State Council's
 * annual notices in {@link CHINA_HOLIDAY_SCHEDULES}. The default of every calendar function.
 *
 * @example
 * ```ts
 * chinaCalendar.id; //=> 'china'
 * chinaCalendar.years; //=> { from: 2019, to: 2026 }
 * isWorkingDay('2023-10-07', { calendar: chinaCalendar }); //=> true
 * ```
 */
export const chinaCalendar: Calendar = createCalendar({
  id: 'china',
  years: { from: 2019, to: 2026 },
  holidays: CHINA_HOLIDAY_SCHEDULES.flatMap((schedule) => schedule.holidays),
  workdays: CHINA_HOLIDAY_SCHEDULES.flatMap((schedule) => schedule.workdays),
});
