import { describe, it, expect } from 'vitest';
import {
  CHINA_HOLIDAY_SCHEDULES,
  CalendarDefinitionSchema,
  HolidayScheduleSchema,
  chinaCalendar,
  createCalendar,
  isWorkingDay,
  workingDaysBetween,
} from '../../src/calendar/index.js';
import { weekday } from './helpers.js';

const years = CHINA_HOLIDAY_SCHEDULES.map((s) => s.year);

describe('CHINA_HOLIDAY_SCHEDULES — data integrity', () => {
  it('holds 2019 through 2026, one schedule a year, in order', () => {
    expect(years).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    expect(chinaCalendar.years).toEqual({ from: 2019, to: 2026 });
  });

  it('is frozen', () => {
    expect(Object.isFrozen(CHINA_HOLIDAY_SCHEDULES)).toBe(true);
    expect(Object.isFrozen(CHINA_HOLIDAY_SCHEDULES[0]?.holidays)).toBe(true);
    expect(Object.isFrozen(chinaCalendar.workdays)).toBe(true);
  });

  describe.each(CHINA_HOLIDAY_SCHEDULES.map((s) => [s.year, s] as const))('%i', (year, schedule) => {
    it('fits HolidayScheduleSchema and cites its notice', () => {
      expect(HolidayScheduleSchema.parse(schedule)).toEqual(schedule);
      expect(schedule.source.title).toBe(`国务院办公厅关于${year}年部分节假日安排的通知`);
      expect(schedule.source.issuedOn < `${year}-01-01`).toBe(true);
      if (schedule.source.documentNumber !== undefined) {
        // The annual notice is issued the year before: 国办发明电〔year − 1〕N号.
        expect(schedule.source.documentNumber).toMatch(new RegExp(`^国办发明电〔${year - 1}〕\\d+号$`));
      }
    });

    it('has every workday on a Saturday or Sunday (调休上班 is always a weekend day)', () => {
      for (const date of schedule.workdays) expect([0, 6], date).toContain(weekday(date));
    });

    it('has every date inside its own year, sorted, without duplicates', () => {
      for (const date of [...schedule.holidays, ...schedule.workdays]) expect(date.slice(0, 4)).toBe(String(year));
      expect([...schedule.holidays].sort()).toEqual(schedule.holidays);
      expect([...schedule.workdays].sort()).toEqual(schedule.workdays);
      expect(new Set(schedule.holidays).size).toBe(schedule.holidays.length);
      expect(new Set(schedule.workdays).size).toBe(schedule.workdays.length);
    });

    it('has no date both a holiday and a workday', () => {
      const holidays = new Set(schedule.holidays);
      for (const date of schedule.workdays) expect(holidays.has(date), date).toBe(false);
    });

    it('makes every holiday a day off and every workday a working day in chinaCalendar', () => {
      for (const date of schedule.holidays) expect(isWorkingDay(date), date).toBe(false);
      for (const date of schedule.workdays) expect(isWorkingDay(date), date).toBe(true);
    });

    it('lists weekday holidays only as days off (a weekday holiday is really off, not a working day)', () => {
      const weekdayHolidays = schedule.holidays.filter((date) => ![0, 6].includes(weekday(date)));
      expect(weekdayHolidays.length).toBeGreaterThan(0);
      for (const date of weekdayHolidays) expect(isWorkingDay(date), date).toBe(false);
    });

    it('counts the statutory days the law fixes: 11 a year to 2024, 13 from 2025', () => {
      // 2013 text: 元旦1 + 春节3 + 清明1 + 劳动1 + 端午1 + 中秋1 + 国庆3 = 11;
      // 2024 revision (from 2025): 春节 4 (from 除夕), 劳动节 2 → 13.
      const s = schedule.statutory;
      const total =
        s.newYear.length + s.springFestival.length + s.qingming.length + s.labourDay.length +
        s.dragonBoat.length + s.midAutumn.length + s.nationalDay.length;
      expect(total).toBe(year >= 2025 ? 13 : 11);
      expect(s.springFestival).toHaveLength(year >= 2025 ? 4 : 3);
      expect(s.labourDay).toHaveLength(year >= 2025 ? 2 : 1);
      expect(s.newYear).toEqual([`${year}-01-01`]);
      expect(s.labourDay[0]).toBe(`${year}-05-01`);
      expect(s.nationalDay).toEqual([`${year}-10-01`, `${year}-10-02`, `${year}-10-03`]);
    });

    it('has every statutory day inside a holiday period', () => {
      const holidays = new Set(schedule.holidays);
      for (const date of Object.values(schedule.statutory).flat()) expect(holidays.has(date), date).toBe(true);
    });
  });

  it('gives the published number of working days per year', () => {
    // year: 365/366 − weekend days − weekday holidays + make-up workdays
    // 2019: 365 − 104 − 17 + 6 = 250     2020: 366 − 104 − 19 + 6 = 249 (春节 extended)
    // 2021: 365 − 104 − 18 + 7 = 250     2022: 365 − 105 − 18 + 7 = 249
    // 2023: 365 − 105 − 18 + 7 = 249     2024: 366 − 104 − 19 + 8 = 251
    // 2025: 365 − 104 − 18 + 5 = 248     2026: 365 − 104 − 19 + 6 = 248
    const expected: Record<number, number> = {
      2019: 250, 2020: 249, 2021: 250, 2022: 249, 2023: 249, 2024: 251, 2025: 248, 2026: 248,
    };
    for (const year of years) {
      const count = workingDaysBetween(`${year}-01-01`, `${year}-12-31`) + (isWorkingDay(`${year}-01-01`) ? 1 : 0);
      expect(count, String(year)).toBe(expected[year]);
    }
  });

  it('matches chinaCalendar exactly', () => {
    expect(chinaCalendar.holidays).toEqual(CHINA_HOLIDAY_SCHEDULES.flatMap((s) => s.holidays));
    expect(chinaCalendar.workdays).toEqual(CHINA_HOLIDAY_SCHEDULES.flatMap((s) => s.workdays));
  });

  it('is the calendar createCalendar builds from the same definition (the data passes CalendarDefinitionSchema)', () => {
    // chinaCalendar is assembled from the data without parsing it at load time (so importing
    // isWorkingDay does not bundle the definition schema); this is the check the parse would make.
    const definition = {
      id: 'china',
      years: { from: 2019, to: 2026 },
      holidays: CHINA_HOLIDAY_SCHEDULES.flatMap((s) => s.holidays),
      workdays: CHINA_HOLIDAY_SCHEDULES.flatMap((s) => s.workdays),
    };
    expect(CalendarDefinitionSchema.safeParse(definition).success).toBe(true);
    const parsed = createCalendar(definition);
    expect(chinaCalendar).toEqual(parsed);
    for (let day = Date.UTC(2019, 0, 1); day <= Date.UTC(2026, 11, 31); day += 86_400_000) {
      const date = new Date(day).toISOString().slice(0, 10);
      if (isWorkingDay(date) !== isWorkingDay(date, { calendar: parsed })) expect.fail(`${date} differs`);
    }
  });
});
