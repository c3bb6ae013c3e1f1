import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  addWorkingDays,
  chinaCalendar,
  isWorkingDay,
  nextWorkingDay,
  previousWorkingDay,
  workingDaysBetween,
} from '../../src/calendar/index.js';
import { daysFrom, shift, weekday } from './helpers.js';

// A reference model written independently of the tables: day by day over UTC dates.
const holidays = new Set(chinaCalendar.holidays);
const workdays = new Set(chinaCalendar.workdays);
const ALL_DAYS = daysFrom('2019-01-01', '2026-12-31');
const model = (date: string): boolean => workdays.has(date) || (![0, 6].includes(weekday(date)) && !holidays.has(date));
const dayArb = fc.integer({ min: 0, max: ALL_DAYS.length - 1 }).map((i) => ALL_DAYS[i]!);

describe('isWorkingDay', () => {
  it('agrees with the day-by-day model on every day 2019–2026', () => {
    expect(ALL_DAYS).toHaveLength(2922); // 6 × 365 + 2 × 366 (2020, 2024)
    for (const date of ALL_DAYS) if (isWorkingDay(date) !== model(date)) expect.fail(date);
  });

  it('treats an ordinary week as Monday–Friday', () => {
    // 2023-03-06 is a Monday.
    expect(daysFrom('2023-03-06', '2023-03-12').map((d) => isWorkingDay(d))).toEqual([true, true, true, true, true, false, false]);
  });

  it('accepts an explicit calendar option', () => {
    expect(isWorkingDay('2023-10-07', { calendar: chinaCalendar })).toBe(true);
    expect(isWorkingDay('2023-10-07', {})).toBe(true);
    expect(isWorkingDay('2023-10-07', { calendar: undefined })).toBe(true);
  });
});

describe('nextWorkingDay / previousWorkingDay', () => {
  it('returns the date itself when it is a working day', () => {
    expect(nextWorkingDay('2023-10-07')).toBe('2023-10-07');
    expect(previousWorkingDay('2023-10-07')).toBe('2023-10-07');
  });

  it('skips a holiday period in both directions', () => {
    expect(nextWorkingDay('2023-10-05')).toBe('2023-10-07');
    expect(nextWorkingDay('2023-09-29')).toBe('2023-10-07');
    expect(previousWorkingDay('2023-10-05')).toBe('2023-09-28');
    expect(nextWorkingDay('2025-01-28')).toBe('2025-02-05'); // 春节 1月28日至2月4日
    expect(previousWorkingDay('2025-02-04')).toBe('2025-01-27');
    expect(nextWorkingDay('2023-10-14')).toBe('2023-10-16'); // Saturday → Monday
  });

  it('finds the first working day of the covered range and the last', () => {
    expect(nextWorkingDay('2019-01-01')).toBe('2019-01-02');
    expect(previousWorkingDay('2026-12-31')).toBe('2026-12-31'); // a Thursday
  });

  it('agrees with a linear scan of the model (property)', () => {
    fc.assert(
      fc.property(dayArb, (date) => {
        let next = date;
        while (!model(next)) next = shift(next, 1);
        expect(nextWorkingDay(date)).toBe(next);
        let previous = date;
        while (!model(previous)) previous = shift(previous, -1);
        if (previous >= '2019-01-01') expect(previousWorkingDay(date)).toBe(previous);
      }),
      { numRuns: 500 },
    );
  });
});

describe('addWorkingDays', () => {
  it('counts working days strictly after the date', () => {
    expect(addWorkingDays('2023-09-28', 1)).toBe('2023-10-07'); // 9月29日至10月6日放假
    expect(addWorkingDays('2023-09-28', 2)).toBe('2023-10-08'); // Sunday 10月8日 is 调休上班
    expect(addWorkingDays('2023-09-28', 3)).toBe('2023-10-09');
    expect(addWorkingDays('2023-10-05', 1)).toBe('2023-10-07'); // from a day off: the 1st working day after it
  });

  it('n = 0 is nextWorkingDay', () => {
    expect(addWorkingDays('2023-10-05', 0)).toBe('2023-10-07');
    expect(addWorkingDays('2023-10-09', 0)).toBe('2023-10-09');
  });

  it('negative n goes back, counting working days strictly before the date', () => {
    expect(addWorkingDays('2023-10-07', -1)).toBe('2023-09-28');
    expect(addWorkingDays('2023-10-05', -1)).toBe('2023-09-28');
    expect(addWorkingDays('2023-10-09', -2)).toBe('2023-10-07');
  });

  it('reaches across years', () => {
    // 2023-12-29 (Fri) + 1: 12-30/31 weekend, 2024-01-01 元旦 → 2024-01-02.
    expect(addWorkingDays('2023-12-29', 1)).toBe('2024-01-02');
    // 20 working days after the notice of 2023-02-24 (Friday): 4 weeks of 5 → 2023-03-24.
    expect(addWorkingDays('2023-02-24', 20)).toBe('2023-03-24');
  });

  it('agrees with a step-by-step model and inverts (property)', () => {
    fc.assert(
      fc.property(dayArb, fc.integer({ min: -40, max: 40 }), (date, n) => {
        let expected = date;
        if (n === 0) while (!model(expected)) expected = shift(expected, 1);
        for (let k = 0; k < Math.abs(n); k += 1) {
          do expected = shift(expected, Math.sign(n)); while (!model(expected));
        }
        if (expected < '2019-01-01' || expected > '2026-12-31') {
          expect(() => addWorkingDays(date, n)).toThrow(expect.objectContaining({ code: 'CALENDAR_OUT_OF_RANGE' }));
          return;
        }
        expect(addWorkingDays(date, n)).toBe(expected);
        if (n > 0) expect(workingDaysBetween(date, expected)).toBe(n);
        if (n > 0 && model(date)) expect(addWorkingDays(expected, -n)).toBe(date);
      }),
      { numRuns: 500 },
    );
  });
});

describe('workingDaysBetween', () => {
  it('counts d with start < d ≤ end', () => {
    expect(workingDaysBetween('2023-09-28', '2023-10-07')).toBe(1);
    expect(workingDaysBetween('2023-09-28', '2023-09-28')).toBe(0);
    expect(workingDaysBetween('2023-10-06', '2023-10-07')).toBe(1); // end counted
    expect(workingDaysBetween('2023-10-07', '2023-10-08')).toBe(1); // start not counted
    // 2023-10-09 (Mon) to 2023-10-15 (Sun): 10, 11, 12, 13 → 4.
    expect(workingDaysBetween('2023-10-09', '2023-10-15')).toBe(4);
  });

  it('is negative when end < start (antisymmetric)', () => {
    expect(workingDaysBetween('2023-10-07', '2023-09-28')).toBe(-1);
    expect(workingDaysBetween('2023-10-15', '2023-10-09')).toBe(-4);
  });

  it('counts the whole covered range', () => {
    // 250 + 249 + 250 + 249 + 249 + 251 + 248 + 248 = 1994 working days, minus 2019-01-01 (元旦, off anyway).
    expect(workingDaysBetween('2019-01-01', '2026-12-31')).toBe(1994);
  });

  it('agrees with a linear count of the model and is additive (property)', () => {
    fc.assert(
      fc.property(dayArb, dayArb, dayArb, (a, b, c) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const count = daysFrom(shift(lo, 1), hi).filter(model).length;
        expect(workingDaysBetween(lo, hi)).toBe(count);
        expect(workingDaysBetween(hi, lo)).toBe(count === 0 ? 0 : -count); // +0, never -0
        expect(workingDaysBetween(a, b) + workingDaysBetween(b, c)).toBe(workingDaysBetween(a, c));
      }),
      { numRuns: 200 },
    );
  });
});
