import { describe, it, expect } from 'vitest';
import {
  addWorkingDays,
  chinaCalendar,
  isWorkingDay,
  nextWorkingDay,
  previousWorkingDay,
  workingDaysBetween,
} from '../../src/calendar/index.js';
import { expectError } from './helpers.js';

const RANGE = { from: '2019-01-01', to: '2026-12-31' };

describe('errors of the working-day functions', () => {
  it('CALENDAR_OUT_OF_RANGE for a date outside 2019–2026, never a weekends-only guess', () => {
    for (const date of ['2018-12-31', '2027-01-01', '2027-01-04', '1999-06-01', '0050-01-01']) {
      const error = expectError(() => isWorkingDay(date), 'CALENDAR_OUT_OF_RANGE', []);
      expect(error.details).toEqual({ date, ...RANGE });
      expect(error.message).toContain(date);
    }
    expectError(() => nextWorkingDay('2027-01-01'), 'CALENDAR_OUT_OF_RANGE', []);
    expectError(() => previousWorkingDay('2018-12-28'), 'CALENDAR_OUT_OF_RANGE', []);
    expectError(() => addWorkingDays('2027-01-01', 1), 'CALENDAR_OUT_OF_RANGE', ['date']);
    expectError(() => workingDaysBetween('2018-12-31', '2023-01-01'), 'CALENDAR_OUT_OF_RANGE', ['start']);
    expectError(() => workingDaysBetween('2023-01-01', '2027-01-01'), 'CALENDAR_OUT_OF_RANGE', ['end']);
  });

  it('CALENDAR_OUT_OF_RANGE when the result would leave the range', () => {
    const error = expectError(() => addWorkingDays('2026-12-31', 1), 'CALENDAR_OUT_OF_RANGE', ['n']);
    expect(error.details).toEqual({ date: '2026-12-31', n: 1, ...RANGE });
    // 2019-01-02 is the first working day: nothing before it.
    expectError(() => addWorkingDays('2019-01-02', -1), 'CALENDAR_OUT_OF_RANGE', ['n']);
    expectError(() => addWorkingDays('2023-01-01', 10_000), 'CALENDAR_OUT_OF_RANGE', ['n']);
    expectError(() => previousWorkingDay('2019-01-01'), 'CALENDAR_OUT_OF_RANGE', []);
    // Last covered working day: 2026-12-31 (Thursday); a calendar ending on days off has no next one.
    expect(addWorkingDays('2026-12-30', 1)).toBe('2026-12-31');
  });

  it('INVALID_DATE for anything that is not a real YYYY-MM-DD date', () => {
    for (const bad of ['2023-02-29', '2023-02-30', '2023-13-01', '2023-00-10', '2023-10-7', '20231007', '2023/10/07', ' 2023-10-07', '', 'abcd-ef-gh', '2023-1a-07']) {
      expectError(() => isWorkingDay(bad), 'INVALID_DATE', []);
    }
    for (const bad of [undefined, null, 20231007, new Date(2023, 9, 7), {}]) {
      expectError(() => isWorkingDay(bad as never), 'INVALID_DATE', []);
    }
    expectError(() => nextWorkingDay('2023-02-30'), 'INVALID_DATE', []);
    expectError(() => previousWorkingDay('2023-02-30'), 'INVALID_DATE', []);
    expectError(() => addWorkingDays('2023-02-30', 1), 'INVALID_DATE', ['date']);
    expectError(() => workingDaysBetween('2023-02-30', '2023-03-01'), 'INVALID_DATE', ['start']);
    expectError(() => workingDaysBetween('2023-03-01', '2023-02-30'), 'INVALID_DATE', ['end']);
  });

  it('INVALID_INPUT for a non-integer n', () => {
    for (const n of [1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, '1', null, undefined]) {
      expectError(() => addWorkingDays('2023-10-07', n as never), 'INVALID_INPUT', ['n']);
    }
  });

  it('INVALID_INPUT for bad options', () => {
    expectError(() => isWorkingDay('2023-10-07', 'china' as never), 'INVALID_INPUT', ['options']);
    expectError(() => isWorkingDay('2023-10-07', null as never), 'INVALID_INPUT', ['options']);
    expectError(() => isWorkingDay('2023-10-07', { calendar: { ...chinaCalendar } }), 'INVALID_INPUT', ['options', 'calendar']);
    expectError(() => workingDaysBetween('2023-10-07', '2023-10-08', { calendar: 'china' as never }), 'INVALID_INPUT', ['options', 'calendar']);
  });
});
