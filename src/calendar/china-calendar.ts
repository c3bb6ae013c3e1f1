import type { Calendar } from './calendar.js';
import { CHINA_HOLIDAY_SCHEDULES } from './data/china-holiday-schedules.js';
import { assembleCalendar } from './_internal/assemble-calendar.js';

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
export const chinaCalendar: Calendar = /* @__PURE__ */ (() => assembleCalendar(
  'china',
  { from: 2019, to: 2026 },
  new Set(CHINA_HOLIDAY_SCHEDULES.flatMap((schedule) => schedule.holidays)),
  new Set(CHINA_HOLIDAY_SCHEDULES.flatMap((schedule) => schedule.workdays)),
))();
// The data is checked against CalendarDefinitionSchema by test/calendar/data-integrity.test.ts
// (chinaCalendar equals createCalendar of the same definition), not parsed at load time.
