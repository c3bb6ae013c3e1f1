/**
 * Calendar edges pinned for issue 19: a calendar extending a base keeps the base's holidays and
 * workdays; no working day after the last (or before the first) one inside the years; the years of
 * a definition may touch the base on either side but leave no gap; the 200-year cap counts the
 * base's years too.
 */
import { describe, it, expect } from 'vitest';
import { chinaCalendar, createCalendar, isWorkingDay, nextWorkingDay, previousWorkingDay, workingDaysBetween } from '../../src/calendar/index.js';
import { expectError } from './helpers.js';

describe('createCalendar keeps what the base lists', () => {
  const local = createCalendar({ id: 'local', base: chinaCalendar, holidays: ['2023-03-08'] });

  it("the base's holidays and 调休 workdays stay, the definition's day off is added", () => {
    // 2023-10-02 (Mon) is 国庆 in the base; 2023-10-07 (Sat) is a 调休 workday in the base.
    expect(isWorkingDay('2023-10-02', { calendar: local })).toBe(false);
    expect(isWorkingDay('2023-10-07', { calendar: local })).toBe(true);
    expect(local.holidays.length).toBe(chinaCalendar.holidays.length + 1);
    expect(local.workdays).toEqual(chinaCalendar.workdays);
    expect(local.holidays).toContain('2023-01-02');
    // 国庆 2023: 29 Sep – 6 Oct off, Sat 7 and Sun 8 Oct working. 28 Sep (Thu) → next working day after 29 Sep is 7 Oct.
    expect(nextWorkingDay('2023-09-29', { calendar: local })).toBe('2023-10-07');
    // 2 – 31 March 2023 (the start is not counted): 22 weekdays, 8 March off → 21.
    expect(workingDaysBetween('2023-03-01', '2023-03-31', { calendar: local })).toBe(21);
  });
});

describe('no working day beyond the ends of the calendar', () => {
  // 2027 standalone: 1 Jan (Fri) and 31 Dec (Fri) listed off; 2–3 Jan is a weekend.
  const calendar = createCalendar({ id: 'y2027', years: { from: 2027, to: 2027 }, holidays: ['2027-01-01', '2027-12-31'] });

  it('nextWorkingDay on the last working day is that day; after it, CALENDAR_OUT_OF_RANGE', () => {
    expect(nextWorkingDay('2027-12-30', { calendar })).toBe('2027-12-30');
    const error = expectError(() => nextWorkingDay('2027-12-31', { calendar }), 'CALENDAR_OUT_OF_RANGE', []);
    expect(error.message).toBe('日期 2027-12-31 之后的工作日 超出工作日历 y2027 覆盖的范围（2027-01-01 至 2027-12-31）');
    expect(error.details).toEqual({ date: '2027-12-31', from: '2027-01-01', to: '2027-12-31' });
  });

  it('previousWorkingDay before the first working day (4 Jan): CALENDAR_OUT_OF_RANGE', () => {
    expect(previousWorkingDay('2027-01-04', { calendar })).toBe('2027-01-04');
    const error = expectError(() => previousWorkingDay('2027-01-03', { calendar }), 'CALENDAR_OUT_OF_RANGE', []);
    expect(error.message).toBe('日期 2027-01-03 之前的工作日 超出工作日历 y2027 覆盖的范围（2027-01-01 至 2027-12-31）');
  });
});

describe('the years of a definition against its base (2019–2026)', () => {
  it('touching before (2018) is fine; one year of gap before (2017) is INVALID_INPUT', () => {
    expect(createCalendar({ base: chinaCalendar, years: { from: 2017, to: 2018 } }).years).toEqual({ from: 2017, to: 2026 });
    const error = expectError(() => createCalendar({ base: chinaCalendar, years: { from: 2016, to: 2017 } }), 'INVALID_INPUT', ['years']);
    expect(error.message).toContain('覆盖年份应与 base 的年份（2019—2026）相接或重叠，不能留下空缺的年份');
  });

  it('touching after (2027) is fine; 2028 is a gap', () => {
    expect(createCalendar({ base: chinaCalendar, years: { from: 2027, to: 2027 } }).years).toEqual({ from: 2019, to: 2027 });
    expectError(() => createCalendar({ base: chinaCalendar, years: { from: 2028, to: 2030 } }), 'INVALID_INPUT', ['years']);
  });

  it('years inside the base keep the base years', () => {
    expect(createCalendar({ base: chinaCalendar, years: { from: 2020, to: 2021 } }).years).toEqual({ from: 2019, to: 2026 });
  });
});

describe('at most 200 years, counting the base', () => {
  it('standalone: 2000–2199 (200 years) is fine, 2000–2200 is not', () => {
    expect(createCalendar({ years: { from: 2000, to: 2199 } }).years).toEqual({ from: 2000, to: 2199 });
    const error = expectError(() => createCalendar({ years: { from: 2000, to: 2200 } }), 'INVALID_INPUT', ['years', 'to']);
    expect(error.message).toContain('一个工作日历最多覆盖 200 年');
  });

  it('with the base: 1827–2026 is 200 years, 1826–2026 is 201 (path years)', () => {
    expect(createCalendar({ base: chinaCalendar, years: { from: 1827, to: 2018 } }).years).toEqual({ from: 1827, to: 2026 });
    const error = expectError(() => createCalendar({ base: chinaCalendar, years: { from: 1826, to: 2018 } }), 'INVALID_INPUT', ['years']);
    expect(error.message).toContain('一个工作日历最多覆盖 200 年');
  });
});
