import { deepFreeze } from '../../core/deep-freeze.js';
import type { CivilDate } from '../../core/civil-date.js';
import type { HolidaySchedule, StatutoryDays } from '../holiday-schedule.js';

/**
 * A day, or a run of consecutive days given by its first and last day (both included), as the
 * notices state them: "1月24日至30日放假调休" is `['2020-01-24', '2020-01-30']`.
 */
export type DaySpan = CivilDate | readonly [first: CivilDate, last: CivilDate];

/** A holiday schedule as written in src/calendar/data: the day lists given as {@link DaySpan}s. */
export interface ScheduleData extends Omit<HolidaySchedule, 'holidays' | 'statutory'> {
  readonly holidays: readonly DaySpan[];
  readonly statutory: { readonly [festival in keyof StatutoryDays]: readonly DaySpan[] };
}

const DAY_MS = 86_400_000;

/** Every day of the spans, in order ('YYYY-MM-DD'; UTC arithmetic, no clock). */
function expand(spans: readonly DaySpan[]): CivilDate[] {
  const days: CivilDate[] = [];
  for (const span of spans) {
    if (typeof span === 'string') {
      days.push(span);
      continue;
    }
    const last = Date.parse(span[1]);
    for (let at = Date.parse(span[0]); at <= last; at += DAY_MS) days.push(new Date(at).toISOString().slice(0, 10));
  }
  return days;
}

/**
 * Builds a frozen {@link HolidaySchedule} from its written form (年度放假安排数据，内部): each span
 * of `holidays` and `statutory` becomes its days, one date a day; the other fields are kept as given.
 *
 * @param data - the schedule, day lists as spans
 * @returns the schedule with every day listed, deep-frozen
 *
 * @example
 * ```ts
 * const s = holidaySchedule({ ...schedule2020, holidays: ['2020-01-01', ['2020-01-24', '2020-01-26']] });
 * s.holidays; //=> ['2020-01-01', '2020-01-24', '2020-01-25', '2020-01-26']
 * ```
 */
export function holidaySchedule(data: ScheduleData): HolidaySchedule {
  const { statutory } = data;
  return deepFreeze({
    ...data,
    holidays: expand(data.holidays),
    workdays: [...data.workdays],
    statutory: {
      newYear: expand(statutory.newYear),
      springFestival: expand(statutory.springFestival),
      qingming: expand(statutory.qingming),
      labourDay: expand(statutory.labourDay),
      dragonBoat: expand(statutory.dragonBoat),
      midAutumn: expand(statutory.midAutumn),
      nationalDay: expand(statutory.nationalDay),
    },
  });
}
