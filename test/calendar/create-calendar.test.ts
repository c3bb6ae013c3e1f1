import { describe, it, expect } from 'vitest';
import {
  CalendarDefinitionSchema,
  addWorkingDays,
  chinaCalendar,
  createCalendar,
  isCalendar,
  isWorkingDay,
  nextWorkingDay,
  workingDaysBetween,
} from '../../src/calendar/index.js';
import { expectError } from './helpers.js';

describe('createCalendar', () => {
  it('makes a standalone calendar: Monday–Friday plus the given exceptions', () => {
    const calendar = createCalendar({ id: 'test', years: { from: 2027, to: 2027 }, holidays: ['2027-01-01'], workdays: ['2027-01-09'] });
    expect(calendar).toEqual({ id: 'test', years: { from: 2027, to: 2027 }, holidays: ['2027-01-01'], workdays: ['2027-01-09'] });
    expect(isCalendar(calendar)).toBe(true);
    expect(Object.isFrozen(calendar)).toBe(true);
    expect(isWorkingDay('2027-01-01', { calendar })).toBe(false); // Friday, listed off
    expect(isWorkingDay('2027-01-04', { calendar })).toBe(true); // Monday
    expect(isWorkingDay('2027-01-09', { calendar })).toBe(true); // Saturday, listed working
    expect(isWorkingDay('2027-01-10', { calendar })).toBe(false); // Sunday
    // 2027: 365 days, 1 Jan a Friday → 52 weeks + Fri → 104 weekend days; 261 − 1 + 1 = 261.
    expect(workingDaysBetween('2027-01-01', '2027-12-31', { calendar })).toBe(261);
  });

  it('defaults its id', () => {
    expect(createCalendar({ years: { from: 2027, to: 2027 } }).id).toBe('custom');
    expect(createCalendar({ base: chinaCalendar }).id).toBe('china+custom');
  });

  it('extends chinaCalendar with a following year (base + years)', () => {
    const calendar = createCalendar({ base: chinaCalendar, years: { from: 2027, to: 2027 }, holidays: ['2027-01-01'] });
    expect(calendar.years).toEqual({ from: 2019, to: 2027 });
    expect(isWorkingDay('2023-10-07', { calendar })).toBe(true); // base kept
    expect(isWorkingDay('2027-01-01', { calendar })).toBe(false);
    // 2026-12-31 (Thu) + 1 → 2027-01-01 is off → 2027-01-04 (Mon).
    expect(addWorkingDays('2026-12-31', 1, { calendar })).toBe('2027-01-04');
    // The default calendar is unchanged.
    expectError(() => isWorkingDay('2027-01-04'), 'CALENDAR_OUT_OF_RANGE');
    expect(chinaCalendar.years).toEqual({ from: 2019, to: 2026 });
  });

  it('extends backwards when the years touch the base', () => {
    const calendar = createCalendar({ base: chinaCalendar, years: { from: 2018, to: 2018 }, workdays: ['2018-12-29'] });
    expect(calendar.years).toEqual({ from: 2018, to: 2026 });
    expect(isWorkingDay('2018-12-29', { calendar })).toBe(true);
  });

  it('adds a local day off on top of the national calendar', () => {
    const local = createCalendar({ id: 'local', base: chinaCalendar, holidays: ['2023-03-08'] });
    expect(local.years).toEqual(chinaCalendar.years);
    expect(isWorkingDay('2023-03-08', { calendar: local })).toBe(false);
    expect(isWorkingDay('2023-03-08')).toBe(true);
    expect(nextWorkingDay('2023-03-08', { calendar: local })).toBe('2023-03-09');
  });

  it("overrides the base: a definition's workday beats a base holiday and the other way round", () => {
    const calendar = createCalendar({ base: chinaCalendar, holidays: ['2023-10-07'], workdays: ['2023-10-06'] });
    expect(isWorkingDay('2023-10-07', { calendar })).toBe(false);
    expect(isWorkingDay('2023-10-06', { calendar })).toBe(true);
    expect(calendar.workdays).not.toContain('2023-10-07');
    expect(calendar.holidays).not.toContain('2023-10-06');
  });

  it('does not mutate its input and deduplicates dates', () => {
    const definition = { years: { from: 2027, to: 2027 }, holidays: ['2027-02-03', '2027-02-01', '2027-02-03'] };
    const copy = structuredClone(definition);
    const calendar = createCalendar(definition);
    expect(definition).toEqual(copy);
    expect(calendar.holidays).toEqual(['2027-02-01', '2027-02-03']);
  });

  it('fits its schema', () => {
    expect(CalendarDefinitionSchema.parse({ years: { from: 2027, to: 2027 } })).toEqual({
      years: { from: 2027, to: 2027 },
      holidays: [],
      workdays: [],
    });
  });
});

describe('createCalendar — errors', () => {
  it('INVALID_INPUT for a non-object, missing years, bad years, a bad base', () => {
    expectError(() => createCalendar(null as never), 'INVALID_INPUT', []);
    expectError(() => createCalendar({}), 'INVALID_INPUT', ['years']);
    expectError(() => createCalendar({ years: { from: 2027, to: 2026 } }), 'INVALID_INPUT', ['years', 'to']);
    expectError(() => createCalendar({ years: { from: 2027.5, to: 2028 } }), 'INVALID_INPUT', ['years', 'from']);
    expectError(() => createCalendar({ years: { from: 999, to: 2028 } }), 'INVALID_INPUT', ['years', 'from']);
    expectError(() => createCalendar({ years: { from: 2000, to: 2200 } }), 'INVALID_INPUT', ['years', 'to']);
    expectError(() => createCalendar({ base: { ...chinaCalendar } }), 'INVALID_INPUT', ['base']);
    expectError(() => createCalendar({ years: { from: 2027, to: 2027 }, holidays: '2027-01-01' as never }), 'INVALID_INPUT', ['holidays']);
    expectError(() => createCalendar({ years: { from: 2027, to: 2027 }, id: '' }), 'INVALID_INPUT', ['id']);
  });

  it('INVALID_INPUT when the years would leave a gap after the base', () => {
    const error = expectError(() => createCalendar({ base: chinaCalendar, years: { from: 2028, to: 2028 } }), 'INVALID_INPUT', ['years']);
    expect(error.message).toContain('2019—2026');
  });

  it('INVALID_INPUT for a date in both lists', () => {
    expectError(
      () => createCalendar({ years: { from: 2027, to: 2027 }, holidays: ['2027-01-01', '2027-01-02'], workdays: ['2027-01-09', '2027-01-02'] }),
      'INVALID_INPUT',
      ['workdays', 1],
    );
  });

  it('INVALID_DATE for a bad date, with its path', () => {
    expectError(() => createCalendar({ years: { from: 2027, to: 2027 }, holidays: ['2027-02-30'] }), 'INVALID_DATE', ['holidays', 0]);
    expectError(() => createCalendar({ years: { from: 2027, to: 2027 }, workdays: ['2027-01-09', '2027/01/10'] }), 'INVALID_DATE', ['workdays', 1]);
  });

  it('CALENDAR_OUT_OF_RANGE for a date outside the years', () => {
    expectError(() => createCalendar({ years: { from: 2027, to: 2027 }, holidays: ['2028-01-01'] }), 'CALENDAR_OUT_OF_RANGE', ['holidays', 0]);
    expectError(() => createCalendar({ years: { from: 2027, to: 2027 }, workdays: ['2027-01-09', '2026-12-27'] }), 'CALENDAR_OUT_OF_RANGE', ['workdays', 1]);
    expectError(() => createCalendar({ base: chinaCalendar, holidays: ['2027-01-01'] }), 'CALENDAR_OUT_OF_RANGE', ['holidays', 0]);
  });
});
