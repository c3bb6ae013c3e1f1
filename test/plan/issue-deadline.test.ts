import { describe, it, expect } from 'vitest';
import { issueDeadline } from '../../src/plan/index.js';
import { definePolicy } from '../../src/policy/index.js';
import { createCalendar } from '../../src/calendar/index.js';
import { ShuangsuijiError } from '../../src/core/index.js';
import { errorOf } from '../support/error-of.js';
import { national, zhejiang2023 } from '../../src/presets/index.js';


describe('issueDeadline (通知·一 每月5日前下发，遇节假日适当延期)', () => {
  // Hand-computed from the weekday of the 5th and the State Council holiday notices:
  // 2023 — 清明 4月5日; 劳动节 4月29日–5月3日; 国庆中秋 9月29日–10月6日, 10月7日（六）上班.
  it.each([
    [1, '2023-01-05'], // Thu
    [2, '2023-02-06'], // Sun → Mon
    [3, '2023-03-06'], // Sun → Mon
    [4, '2023-04-06'], // Wed, 清明 → Thu
    [5, '2023-05-05'], // Fri, holiday ended 5月3日
    [6, '2023-06-05'], // Mon
    [7, '2023-07-05'], // Wed
    [8, '2023-08-07'], // Sat → Mon
    [9, '2023-09-05'], // Tue
    [10, '2023-10-07'], // Thu, 国庆 to 10月6日 → Sat 10月7日 调休上班
    [11, '2023-11-06'], // Sun → Mon
    [12, '2023-12-05'], // Tue
  ])('2023-%i → %s', (month, expected) => {
    expect(issueDeadline(2023, month, { policy: zhejiang2023 })).toBe(expected);
  });

  // 2024 — 春节 2月10日–17日 (2月4日（日）上班); 清明 4月4日–6日, 4月7日（日）上班;
  // 劳动节 5月1日–5日; 国庆 10月1日–7日.
  it.each([
    [1, '2024-01-05'], // Fri
    [2, '2024-02-05'], // Mon (before 春节)
    [3, '2024-03-05'], // Tue
    [4, '2024-04-07'], // Fri, 清明 to Sat 4月6日 → Sun 4月7日 调休上班
    [5, '2024-05-06'], // Sun, 劳动节 → Mon
    [6, '2024-06-05'], // Wed
    [7, '2024-07-05'], // Fri
    [8, '2024-08-05'], // Mon
    [9, '2024-09-05'], // Thu
    [10, '2024-10-08'], // Sat, 国庆 to 10月7日 → Tue
    [11, '2024-11-05'], // Tue
    [12, '2024-12-05'], // Thu
  ])('2024-%i → %s', (month, expected) => {
    expect(issueDeadline(2024, month, { policy: zhejiang2023 })).toBe(expected);
  });

  it('keeps the 5th when the policy does not defer', () => {
    expect(issueDeadline(2023, 10, { policy: definePolicy({ issueDeferral: 'none' }, zhejiang2023) })).toBe('2023-10-05');
  });

  it('uses the policy’s issue day', () => {
    // 2023-10-10 is a Tuesday
    expect(issueDeadline(2023, 10, { policy: definePolicy({ issueDay: 10 }, zhejiang2023) })).toBe('2023-10-10');
    // 2023-10-01 is a holiday; 10月7日 is the first working day after it
    expect(issueDeadline(2023, 10, { policy: definePolicy({ issueDay: 1 }, zhejiang2023) })).toBe('2023-10-07');
  });

  it('uses the calendar given', () => {
    const calendar = createCalendar({ years: { from: 2023, to: 2023 } }); // weekends only
    expect(issueDeadline(2023, 10, { policy: zhejiang2023, calendar })).toBe('2023-10-05');
  });

  it('rejects a bad month or year with INVALID_INPUT and the path', () => {
    expect(errorOf(() => issueDeadline(2023, 13, { policy: zhejiang2023 }))).toMatchObject({ code: 'INVALID_INPUT', path: ['month'] });
    expect(errorOf(() => issueDeadline(2023, 0, { policy: zhejiang2023 }))).toMatchObject({ code: 'INVALID_INPUT', path: ['month'] });
    expect(errorOf(() => issueDeadline(2023, 2.5, { policy: zhejiang2023 }))).toMatchObject({ code: 'INVALID_INPUT', path: ['month'] });
    expect(errorOf(() => issueDeadline('2023' as never, 1, { policy: zhejiang2023 }))).toMatchObject({ code: 'INVALID_INPUT', path: ['year'] });
  });

  it('rejects bad options', () => {
    expect(errorOf(() => issueDeadline(2023, 1, null as never))).toMatchObject({ code: 'MISSING_ARGUMENT', path: ['options', 'policy'] });
    expect(errorOf(() => issueDeadline(2023, 1, {} as never))).toMatchObject({ code: 'MISSING_ARGUMENT', path: ['options', 'policy'] });
    expect(errorOf(() => issueDeadline(2023, 1, { policy: national }))).toMatchObject({ code: 'POLICY_FIELD_UNSET', path: ['options', 'policy', 'issueDay'] });
    expect(errorOf(() => issueDeadline(2023, 1, { policy: { issueDay: 31, issueDeferral: 'none' } }))).toMatchObject({
      code: 'INVALID_POLICY',
      path: ['options', 'policy', 'issueDay'],
    });
    expect(errorOf(() => issueDeadline(2023, 1, { policy: { issueDay: 5, issueDeferral: 'later' as never } }))).toMatchObject({
      code: 'INVALID_POLICY',
      path: ['options', 'policy', 'issueDeferral'],
    });
    expect(errorOf(() => issueDeadline(2023, 1, { policy: zhejiang2023, calendar: {} as never }))).toMatchObject({ code: 'INVALID_INPUT', path: ['options', 'calendar'] });
  });

  it('throws CALENDAR_OUT_OF_RANGE outside the calendar’s years', () => {
    expect(errorOf(() => issueDeadline(2030, 1, { policy: zhejiang2023 })).code).toBe('CALENDAR_OUT_OF_RANGE');
  });
});
