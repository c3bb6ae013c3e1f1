export type { Calendar } from './calendar.js';
export { isCalendar } from './calendar-table.js';
export {
  CalendarDefinitionSchema,
  CalendarYearsSchema,
  MAX_CALENDAR_YEARS,
} from './calendar-definition.js';
export type { CalendarDefinition, CalendarDefinitionInput, CalendarYears } from './calendar-definition.js';
export type { CalendarOptions } from './calendar-options.js';
export { createCalendar } from './create-calendar.js';
export { chinaCalendar } from './china-calendar.js';
export { isWorkingDay } from './is-working-day.js';
export { nextWorkingDay } from './next-working-day.js';
export { previousWorkingDay } from './previous-working-day.js';
export { addWorkingDays } from './add-working-days.js';
export { workingDaysBetween } from './working-days-between.js';
export { HolidayScheduleSchema, NoticeSchema, StatutoryDaysSchema } from './holiday-schedule.js';
export type { HolidaySchedule, Notice, StatutoryDays } from './holiday-schedule.js';
export { CHINA_HOLIDAY_SCHEDULES } from './data/china-holiday-schedules.js';
export { schedule2019 } from './data/2019.js';
export { schedule2020 } from './data/2020.js';
export { schedule2021 } from './data/2021.js';
export { schedule2022 } from './data/2022.js';
export { schedule2023 } from './data/2023.js';
export { schedule2024 } from './data/2024.js';
export { schedule2025 } from './data/2025.js';
export { schedule2026 } from './data/2026.js';
export { parseCalendarDefinition } from './parse-shapes.js';
