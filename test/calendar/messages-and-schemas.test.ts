import { describe, it, expect } from 'vitest';
import { ShuangsuijiError } from '../../src/core/index.js';
import { addWorkingDays, chinaCalendar, createCalendar, isWorkingDay } from '../../src/calendar/index.js';
import { CalendarDefinitionSchema, CalendarYearsSchema } from '../../src/calendar/calendar-definition.js';
import { HolidayScheduleSchema, NoticeSchema, StatutoryDaysSchema } from '../../src/calendar/holiday-schedule.js';

function thrown(call: () => unknown): { code: string; path: readonly unknown[]; message: string; details: unknown } {
  try {
    call();
  } catch (error) {
    if (error instanceof ShuangsuijiError) return { code: error.code, path: error.path, message: error.message, details: error.details };
    throw error;
  }
  throw new Error('did not throw');
}

describe('calendar errors: the Chinese messages and details', () => {
  it('an unreal date names the value', () => {
    expect(thrown(() => isWorkingDay('2023-02-30'))).toMatchObject({
      code: 'INVALID_DATE',
      path: [],
      message: '日期无效：应为 YYYY-MM-DD 格式的真实日期，收到 字符串 "2023-02-30"',
      details: { value: '2023-02-30' },
    });
    expect(thrown(() => addWorkingDays('2023-2-3', 1)).path).toEqual(['date']);
  });

  it('a result past the calendar names the date and n', () => {
    expect(thrown(() => addWorkingDays('2026-12-31', 1))).toMatchObject({
      code: 'CALENDAR_OUT_OF_RANGE',
      path: ['n'],
      message: '日期 2026-12-31 加 1 个工作日的结果 超出工作日历 china 覆盖的范围（2019-01-01 至 2026-12-31）',
      details: { date: '2026-12-31', from: '2019-01-01', to: '2026-12-31', n: 1 },
    });
    // 2019-01-01 is a holiday: no working day before 2019-01-02 in the calendar.
    expect(thrown(() => addWorkingDays('2019-01-02', -1)).message).toBe('日期 2019-01-02 加 -1 个工作日的结果 超出工作日历 china 覆盖的范围（2019-01-01 至 2026-12-31）');
  });

  it('n = 0 and negative n: the date itself when working, else the next working day; -1 is the working day before', () => {
    // 2023-10-01 is National Day (off); 10-07 (Saturday) is a make-up working day; 09-28 the last working day before.
    expect(addWorkingDays('2023-10-01', 0)).toBe('2023-10-07');
    expect(addWorkingDays('2023-10-07', 0)).toBe('2023-10-07');
    expect(addWorkingDays('2023-10-07', -1)).toBe('2023-09-28');
    expect(addWorkingDays('2023-10-01', -1)).toBe('2023-09-28');
    expect(addWorkingDays('2023-10-01', -2)).toBe('2023-09-27');
  });

  it('a non-integer n names the working-day count; a bad or unknown calendar option names the field', () => {
    const n = thrown(() => addWorkingDays('2023-03-01', 1.5));
    expect([n.code, n.path]).toEqual(['INVALID_INPUT', ['n']]);
    expect(n.message).toContain('工作日数');
    expect(thrown(() => addWorkingDays('2023-03-01', 1, { calendar: {} as never }))).toMatchObject({
      code: 'INVALID_INPUT',
      path: ['options', 'calendar'],
      message: '选项无效（字段 calendar）：应为 createCalendar 返回的工作日历',
    });
    const unknown = thrown(() => addWorkingDays('2023-03-01', 1, { calender: chinaCalendar } as never));
    expect([unknown.code, unknown.path]).toEqual(['INVALID_INPUT', ['options', 'calender']]);
  });
});

describe('calendar definitions: each refinement with its path and message', () => {
  const issues = (input: unknown) => {
    const result = CalendarDefinitionSchema.safeParse(input);
    return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path, message: issue.message }));
  };

  it('years and base', () => {
    expect(issues({})).toEqual([{ path: ['years'], message: '应给出覆盖年份 years，或给出 base' }]);
    expect(issues({ years: { from: 2030, to: 2029 } })).toEqual([{ path: ['years', 'to'], message: '起始年份不能晚于结束年份' }]);
    // 201 years: the years schema and the definition (which counts the base's years too) both say so.
    expect(issues({ years: { from: 2000, to: 2200 } })).toEqual([
      { path: ['years', 'to'], message: '一个工作日历最多覆盖 200 年' },
      { path: ['years'], message: '一个工作日历最多覆盖 200 年' },
    ]);
    expect(issues({ years: { from: 2000, to: 2199 } })).toEqual([]);
    expect(issues({ base: chinaCalendar, years: { from: 2028, to: 2028 } })).toEqual([
      { path: ['years'], message: '覆盖年份应与 base 的年份（2019—2026）相接或重叠，不能留下空缺的年份' },
    ]);
    expect(issues({ base: chinaCalendar, years: { from: 2027, to: 2027 } })).toEqual([]);
    expect(issues({ base: chinaCalendar, years: { from: 2017, to: 2017 } })).toEqual([
      { path: ['years'], message: '覆盖年份应与 base 的年份（2019—2026）相接或重叠，不能留下空缺的年份' },
    ]);
    expect(issues({ base: chinaCalendar, years: { from: 2018, to: 2018 } })).toEqual([]);
    // With the base's 2019–2026: 2019–2218 is 200 years (fine), 2019–2219 is 201.
    expect(issues({ base: chinaCalendar, years: { from: 2027, to: 2218 } })).toEqual([]);
    expect(issues({ base: chinaCalendar, years: { from: 2027, to: 2219 } })).toEqual([{ path: ['years'], message: '一个工作日历最多覆盖 200 年' }]);
    expect(issues({ base: { id: 'x' } })[0]).toEqual({ path: ['base'], message: '应为 createCalendar 返回的工作日历' });
  });

  it('dates outside the years, and a date listed as both', () => {
    expect(issues({ years: { from: 2030, to: 2030 }, holidays: ['2030-01-02', '2031-01-01'], workdays: ['2029-12-29'] })).toEqual([
      { path: ['holidays', 1], message: '日期 2031-01-01 不在覆盖年份 2030—2030 内' },
      { path: ['workdays', 0], message: '日期 2029-12-29 不在覆盖年份 2030—2030 内' },
    ]);
    expect(issues({ years: { from: 2030, to: 2030 }, holidays: ['2030-01-05'], workdays: ['2030-01-06', '2030-01-05'] })).toEqual([
      { path: ['workdays', 1], message: '日期 2030-01-05 同时列在 holidays 和 workdays 中' },
    ]);
    const error = thrown(() => createCalendar({ years: { from: 2030, to: 2030 }, holidays: ['2031-01-01'] }));
    expect([error.code, error.path]).toEqual(['CALENDAR_OUT_OF_RANGE', ['holidays', 0]]);
  });

  it('a calendar lists its holidays and workdays sorted, as arrays', () => {
    const calendar = createCalendar({ years: { from: 2030, to: 2030 }, holidays: ['2030-03-05', '2030-01-02'], workdays: ['2030-01-06', '2030-01-05'] });
    expect(calendar.holidays).toEqual(['2030-01-02', '2030-03-05']);
    expect(calendar.workdays).toEqual(['2030-01-05', '2030-01-06']);
    expect(Array.isArray(calendar.workdays)).toBe(true);
  });

  it('the schemas carry their Chinese descriptions (published in the JSON Schema)', () => {
    expect(CalendarYearsSchema.meta()?.description).toBe('工作日历覆盖年份');
    expect(CalendarDefinitionSchema.meta()?.description).toBe('工作日历定义');
    expect(NoticeSchema.meta()?.description).toBe('放假安排通知');
    expect(StatutoryDaysSchema.meta()?.description).toBe('法定节假日');
    expect(HolidayScheduleSchema.meta()?.description).toBe('年度放假调休安排');
  });
});
