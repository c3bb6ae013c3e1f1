import { describe, it, expect } from 'vitest';
import { chinaCalendar } from '../../src/calendar/index.js';
import { definePolicy } from '../../src/policy/index.js';
import { national, zhejiang2023 } from '../../src/presets/index.js';
import { overduePublications, publicationDeadline, type InspectionRecordInput } from '../../src/publication/index.js';
import { createDeadlineCache } from '../../src/publication/publication-deadline.js';

describe('publicationDeadline', () => {
  it('counts 20 working days after 2023-09-28 across the National Day holiday', () => {
    // 9-29 … 10-6 off. Working days after 9-28: 10-7 (Sat, 调休) 1, 10-8 (Sun, 调休) 2, 10-9…10-13 3–7,
    // 10-16…10-20 8–12, 10-23…10-27 13–17, 10-30 18, 10-31 19, 11-1 20.
    expect(publicationDeadline('2023-09-28', { policy: zhejiang2023 })).toBe('2023-11-01');
    expect(publicationDeadline('2023-09-28', { policy: zhejiang2023, calendar: chinaCalendar })).toBe('2023-11-01');
    // zhejiang2023 inherits the limit from the national base: 条例第六条, 20 working days from 产生之日
    expect(publicationDeadline('2023-09-28', { policy: national })).toBe('2023-11-01');
    // 1 → 10-7, 2 → 10-8.
    expect(publicationDeadline('2023-09-28', { workingDays: 1 })).toBe('2023-10-07');
    expect(publicationDeadline('2023-09-28', { workingDays: 2 })).toBe('2023-10-08');
  });

  it('counts across 清明 2023 (4-5, a Wednesday)', () => {
    // After 3-15: 3-16, 3-17 (2), 3-20…3-24 (7), 3-27…3-31 (12), 4-3, 4-4 (14), 4-6, 4-7 (16), 4-10…4-13 (20).
    expect(publicationDeadline('2023-03-15', { policy: zhejiang2023 })).toBe('2023-04-13');
  });

  it('a result formed on a holiday starts counting from the next working day', () => {
    // 10-1 (holiday) → 10-7 is the 1st working day after it.
    expect(publicationDeadline('2023-10-01', { workingDays: 1 })).toBe('2023-10-07');
  });

  it('rejects bad input with codes', () => {
    const policy = zhejiang2023;
    expect(() => publicationDeadline('2023-09-31', { policy })).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
    expect(() => publicationDeadline('2023-09-28', { workingDays: 0 })).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path: ['options', 'workingDays'] }));
    expect(() => publicationDeadline('2023-09-28', { policy, calendar: {} as never })).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path: ['options', 'calendar'] }));
    expect(() => publicationDeadline('2026-12-20', { policy })).toThrow(expect.objectContaining({ code: 'CALENDAR_OUT_OF_RANGE' }));
    expect(() => publicationDeadline('2018-12-20', { policy })).toThrow(expect.objectContaining({ code: 'CALENDAR_OUT_OF_RANGE' }));
  });

  it('has no default limit: without a policy or workingDays it names the missing argument', () => {
    expect(() => publicationDeadline('2023-09-28', {})).toThrow(expect.objectContaining({ code: 'MISSING_ARGUMENT', path: ['options', 'policy'] }));
    expect(() => publicationDeadline('2023-09-28', undefined as never)).toThrow(expect.objectContaining({ code: 'MISSING_ARGUMENT', path: ['options', 'policy'] }));
    const noLimit = definePolicy({ sources: { publicationWorkingDays: { status: 'unset', ref: '本局未规定' } } }, national);
    expect(noLimit.publicationWorkingDays).toBeUndefined();
    expect(() => publicationDeadline('2023-09-28', { policy: noLimit })).toThrow(
      expect.objectContaining({ code: 'POLICY_FIELD_UNSET', path: ['options', 'policy', 'publicationWorkingDays'] }),
    );
  });

  it('the cache gives the same deadlines', () => {
    const deadline = createDeadlineCache(20, chinaCalendar);
    expect(deadline('2023-09-28')).toBe('2023-11-01');
    expect(deadline('2023-09-28')).toBe('2023-11-01');
    expect(deadline('2023-03-15')).toBe('2023-04-13');
  });
});

describe('overduePublications', () => {
  const record: InspectionRecordInput = {
    subjectId: 'E0001',
    subjectKind: 'enterprise',
    taskId: 'T02',
    department: '特种设备科',
    checkDate: '2023-09-28',
    doubleRandom: true,
    joint: true,
    riskApplied: true,
    mobile: true,
    resultCategory: 'no-problem',
  };

  it('an unpublished result formed 2023-09-28 is overdue from 2023-11-02, not on 2023-11-01', () => {
    expect(overduePublications([record], { asOf: '2023-11-01', policy: zhejiang2023 })).toEqual([]);
    expect(overduePublications([record], { asOf: '2023-11-02', policy: zhejiang2023 })).toEqual([
      { index: 0, subjectId: 'E0001', taskId: 'T02', resultDate: '2023-09-28', from: '2023-09-28', deadline: '2023-11-01', status: 'unpublished' },
    ]);
  });

  it('published on the deadline is in time; a day later is late', () => {
    expect(overduePublications([{ ...record, publishedOn: '2023-11-01' }], { asOf: '2023-12-01', policy: zhejiang2023 })).toEqual([]);
    expect(overduePublications([{ ...record, publishedOn: '2023-11-02' }], { asOf: '2023-12-01', policy: zhejiang2023 })).toEqual([
      { index: 0, subjectId: 'E0001', taskId: 'T02', resultDate: '2023-09-28', from: '2023-09-28', deadline: '2023-11-01', status: 'late', publishedOn: '2023-11-02' },
    ]);
  });

  it('a publication after asOf counts as not yet published; a result formed after asOf is skipped', () => {
    const records = [
      { ...record, publishedOn: '2023-11-20' },
      { ...record, subjectId: 'E0002', checkDate: '2023-11-10' },
    ];
    expect(overduePublications(records, { asOf: '2023-11-05', policy: zhejiang2023 }).map((o) => [o.index, o.status])).toEqual([[0, 'unpublished']]);
  });

  it('uses the policy limit and reports bad records and options', () => {
    // 2 working days → deadline 10-08; asOf 10-09 → overdue.
    const twoDays = definePolicy({ publicationWorkingDays: 2, sources: { publicationWorkingDays: '测试：2个工作日' } }, zhejiang2023);
    expect(overduePublications([record], { asOf: '2023-10-09', policy: twoDays })).toHaveLength(1);
    expect(() => overduePublications([record, { ...record, checkDate: '2023-9-28' }], { asOf: '2023-11-02', policy: zhejiang2023 })).toThrow(
      expect.objectContaining({ code: 'INVALID_DATE', path: ['records', 1, 'checkDate'] }),
    );
    expect(() => overduePublications([record], { asOf: '2023-11-31', policy: zhejiang2023 })).toThrow(expect.objectContaining({ code: 'INVALID_DATE', path: ['asOf'] }));
    expect(() => overduePublications([record], { asOf: '2023-11-02' } as never)).toThrow(expect.objectContaining({ code: 'MISSING_ARGUMENT', path: ['options', 'policy'] }));
  });

  it('counts from the start point the policy names (检查结束之日 vs 结果形成之日)', () => {
    // checked 09-27, result formed 09-28: from 检查结束之日 the 20 working days end a day earlier (10-31).
    const formed = { ...record, checkDate: '2023-09-27', resultDate: '2023-09-28' };
    const fromCheck = definePolicy({ publicationStart: 'check-ended', sources: { publicationStart: '测试：自检查结束之日起' } }, zhejiang2023);
    expect(overduePublications([formed], { asOf: '2023-11-01', policy: zhejiang2023 })).toEqual([]);
    expect(overduePublications([formed], { asOf: '2023-11-01', policy: fromCheck })).toEqual([
      { index: 0, subjectId: 'E0001', taskId: 'T02', resultDate: '2023-09-28', from: '2023-09-27', deadline: '2023-10-31', status: 'unpublished' },
    ]);
  });
});
