import { describe, it, expect } from 'vitest';
import { chinaCalendar, createCalendar } from '../../src/calendar/index.js';
import { zhejiang2023 } from '../../src/presets/index.js';
import { CalendarOptionSchema, publicationDeadline } from '../../src/publication/index.js';
import { createDeadlineCache } from '../../src/publication/publication-deadline.js';
import { thrown } from '../support/error-of.js';


// A calendar with 2023-09-27 (a Wednesday) as an extra day off.
const local = createCalendar({ base: chinaCalendar, holidays: ['2023-09-27'] });

describe('publicationDeadline (公示期限): options and their messages', () => {
  it('names the missing argument for options that are not an object, with the message', () => {
    const missing = { code: 'MISSING_ARGUMENT', path: ['options', 'policy'], message: '缺少参数 options.policy：请传入政策参数或 workingDays' };
    expect(thrown(() => publicationDeadline('2023-09-28', undefined as never))).toEqual(missing);
    expect(thrown(() => publicationDeadline('2023-09-28', null as never))).toEqual(missing);
    expect(thrown(() => publicationDeadline('2023-09-28', 20 as never))).toEqual(missing);
    expect(thrown(() => publicationDeadline('2023-09-28', {}))).toEqual({
      code: 'MISSING_ARGUMENT',
      path: ['options', 'policy'],
      message: '缺少参数 options.policy：请传入政策参数（公示时限取其 publicationWorkingDays）或 workingDays',
    });
  });

  it('a bad policy is INVALID_POLICY under options.policy; other bad options keep their code under options', () => {
    const policy = thrown(() => publicationDeadline('2023-09-28', { policy: { publicationWorkingDays: 'x' } as never }));
    expect(policy.code).toBe('INVALID_POLICY');
    expect(policy.path.slice(0, 2)).toEqual(['options', 'policy']);
    const days = thrown(() => publicationDeadline('2023-09-28', { workingDays: 0 }));
    expect(days.code).toBe('INVALID_INPUT');
    expect(days.path).toEqual(['options', 'workingDays']);
    const calendar = thrown(() => publicationDeadline('2023-09-28', { workingDays: 2, calendar: {} as never }));
    expect(calendar.code).toBe('INVALID_INPUT');
    expect(calendar.path).toEqual(['options', 'calendar']);
    expect(calendar.message).toContain('应为 createCalendar 返回的工作日历');
    expect(CalendarOptionSchema.safeParse(local).success).toBe(true);
  });

  it('hands back what a getter of the caller throws', () => {
    const options = {
      get workingDays(): number {
        throw new RangeError('caller');
      },
    };
    expect(() => publicationDeadline('2023-09-28', options)).toThrow(RangeError);
  });

  it('workingDays wins over the policy; the calendar option is used (2 working days after 2023-09-26)', () => {
    // national calendar: 09-27 and 09-28 are the two working days after 09-26.
    expect(publicationDeadline('2023-09-26', { workingDays: 2, policy: zhejiang2023 })).toBe('2023-09-28');
    // with 09-27 off, the second working day is 10-07 (09-29..10-06 are the National Day holiday).
    expect(publicationDeadline('2023-09-26', { workingDays: 2, calendar: local })).toBe('2023-10-07');
    expect(publicationDeadline('2023-09-26', { policy: zhejiang2023, calendar: local })).toBe(publicationDeadline('2023-09-27', { policy: zhejiang2023 }));
  });
});

describe('createDeadlineCache (公示期限缓存)', () => {
  it('with beyondCalendar, only a date inside the calendar whose deadline falls after it gets that value', () => {
    const beyond = createDeadlineCache(20, chinaCalendar, '9999-12-31');
    expect(beyond('2026-12-20')).toBe('9999-12-31');
    expect(beyond('2026-12-01')).toBe('2026-12-29');
    // The first and last years of the calendar are inside; the years around them are not.
    expect(thrown(() => beyond('2027-01-05')).code).toBe('CALENDAR_OUT_OF_RANGE');
    expect(thrown(() => beyond('2018-12-28')).code).toBe('CALENDAR_OUT_OF_RANGE');
    expect(beyond('2019-01-02')).toBe('2019-01-30'); // Jan 3–4, 7–11, 14–18, 21–25, 28–30
    // Without it, a deadline after the calendar throws.
    expect(thrown(() => createDeadlineCache(20, chinaCalendar)('2026-12-20')).code).toBe('CALENDAR_OUT_OF_RANGE');
  });

  it('uses the calendar and the number of working days it is given, for a repeated date too', () => {
    const deadline = createDeadlineCache(2, local);
    expect(deadline('2023-09-26')).toBe('2023-10-07');
    expect(deadline('2023-09-26')).toBe('2023-10-07');
    expect(createDeadlineCache(1, chinaCalendar)('2023-09-26')).toBe('2023-09-27');
  });
});
