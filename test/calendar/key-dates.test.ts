import { describe, it, expect } from 'vitest';
import { CHINA_HOLIDAY_SCHEDULES, isWorkingDay, nextWorkingDay } from '../../src/calendar/index.js';

/** The notice each year comes from. */
const NOTICES: Record<number, { documentNumber?: string; issuedOn: string; amendments: string[] }> = {
  2019: { documentNumber: '国办发明电〔2018〕15号', issuedOn: '2018-12-04', amendments: ['国办发明电〔2019〕3号'] },
  2020: { documentNumber: '国办发明电〔2019〕16号', issuedOn: '2019-11-21', amendments: ['国办发明电〔2020〕1号'] },
  2021: { documentNumber: '国办发明电〔2020〕27号', issuedOn: '2020-11-25', amendments: [] },
  2022: { documentNumber: '国办发明电〔2021〕11号', issuedOn: '2021-10-25', amendments: [] },
  2023: { documentNumber: '国办发明电〔2022〕16号', issuedOn: '2022-12-08', amendments: [] },
  2024: { documentNumber: '国办发明电〔2023〕7号', issuedOn: '2023-10-25', amendments: [] },
  2025: { documentNumber: '国办发明电〔2024〕12号', issuedOn: '2024-11-12', amendments: [] },
  2026: { issuedOn: '2025-11-04', amendments: [] },
};

/**
 * 春节 and 国庆节 of each year: the days off (first and last of the period) and the make-up
 * working days, as the notices state them.
 */
const KEY_DATES: Record<number, { spring: [string, string, string[]]; national: [string, string, string[]] }> = {
  // 春节 2月4日至10日, 2月2日（六）、2月3日（日）上班; 国庆 10月1日至7日, 9月29日（日）、10月12日（六）上班
  2019: { spring: ['2019-02-04', '2019-02-10', ['2019-02-02', '2019-02-03']], national: ['2019-10-01', '2019-10-07', ['2019-09-29', '2019-10-12']] },
  // 春节 1月24日至30日, 延长至2月2日 (2月1日（六）上班 cancelled), 1月19日（日）上班; 国庆中秋 10月1日至8日, 9月27日（日）、10月10日（六）上班
  2020: { spring: ['2020-01-24', '2020-02-02', ['2020-01-19']], national: ['2020-10-01', '2020-10-08', ['2020-09-27', '2020-10-10']] },
  // 春节 2月11日至17日, 2月7日（日）、2月20日（六）上班; 国庆 10月1日至7日, 9月26日（日）、10月9日（六）上班
  2021: { spring: ['2021-02-11', '2021-02-17', ['2021-02-07', '2021-02-20']], national: ['2021-10-01', '2021-10-07', ['2021-09-26', '2021-10-09']] },
  // 春节 1月31日至2月6日, 1月29日（六）、1月30日（日）上班; 国庆 10月1日至7日, 10月8日（六）、10月9日（日）上班
  2022: { spring: ['2022-01-31', '2022-02-06', ['2022-01-29', '2022-01-30']], national: ['2022-10-01', '2022-10-07', ['2022-10-08', '2022-10-09']] },
  // 春节 1月21日至27日, 1月28日（六）、1月29日（日）上班; 中秋国庆 9月29日至10月6日, 10月7日（六）、10月8日（日）上班
  2023: { spring: ['2023-01-21', '2023-01-27', ['2023-01-28', '2023-01-29']], national: ['2023-09-29', '2023-10-06', ['2023-10-07', '2023-10-08']] },
  // 春节 2月10日至17日, 2月4日（日）、2月18日（日）上班; 国庆 10月1日至7日, 9月29日（日）、10月12日（六）上班
  2024: { spring: ['2024-02-10', '2024-02-17', ['2024-02-04', '2024-02-18']], national: ['2024-10-01', '2024-10-07', ['2024-09-29', '2024-10-12']] },
  // 春节 1月28日至2月4日, 1月26日（日）、2月8日（六）上班; 国庆中秋 10月1日至8日, 9月28日（日）、10月11日（六）上班
  2025: { spring: ['2025-01-28', '2025-02-04', ['2025-01-26', '2025-02-08']], national: ['2025-10-01', '2025-10-08', ['2025-09-28', '2025-10-11']] },
  // 春节 2月15日至23日, 2月14日（六）、2月28日（六）上班; 国庆 10月1日至7日, 9月20日（日）、10月10日（六）上班
  2026: { spring: ['2026-02-15', '2026-02-23', ['2026-02-14', '2026-02-28']], national: ['2026-10-01', '2026-10-07', ['2026-09-20', '2026-10-10']] },
};

function period(first: string, last: string): string[] {
  const days: string[] = [];
  for (let t = Date.parse(first); t <= Date.parse(last); t += 86_400_000) days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}

describe('key dates of every year', () => {
  it.each(Object.keys(NOTICES).map(Number))('%i cites its notice', (year) => {
    const schedule = CHINA_HOLIDAY_SCHEDULES.find((s) => s.year === year);
    const notice = NOTICES[year]!;
    expect(schedule?.source.documentNumber).toBe(notice.documentNumber);
    expect(schedule?.source.issuedOn).toBe(notice.issuedOn);
    expect(schedule?.amendments.map((a) => a.documentNumber)).toEqual(notice.amendments);
  });

  describe.each(Object.entries(KEY_DATES).map(([y, v]) => [Number(y), v] as const))('%i', (year, { spring, national }) => {
    it('春节: every day of the period is off, the make-up days are working, the day after is working', () => {
      for (const date of period(spring[0], spring[1])) expect(isWorkingDay(date), date).toBe(false);
      for (const date of spring[2]) expect(isWorkingDay(date), date).toBe(true);
      expect(nextWorkingDay(spring[0])).not.toBe(spring[0]);
    });

    it('国庆节: every day of the period is off, the make-up days are working', () => {
      for (const date of period(national[0], national[1])) expect(isWorkingDay(date), date).toBe(false);
      for (const date of national[2]) expect(isWorkingDay(date), date).toBe(true);
    });

    it('the schedule lists exactly these make-up days among its workdays', () => {
      const schedule = CHINA_HOLIDAY_SCHEDULES.find((s) => s.year === year)!;
      for (const date of [...spring[2], ...national[2]]) expect(schedule.workdays).toContain(date);
    });
  });

  it('2023 (国办发明电〔2022〕16号): 9月29日至10月6日放假, 10月7日（六）、10月8日（日）上班; 4月29日至5月3日放假, 4月23日（日）、5月6日（六）上班', () => {
    expect(isWorkingDay('2023-09-28')).toBe(true);
    for (const date of period('2023-09-29', '2023-10-06')) expect(isWorkingDay(date), date).toBe(false);
    expect(isWorkingDay('2023-10-07')).toBe(true);
    expect(isWorkingDay('2023-10-08')).toBe(true);
    expect(isWorkingDay('2023-10-05')).toBe(false);
    expect(nextWorkingDay('2023-10-05')).toBe('2023-10-07');
    for (const date of period('2023-04-29', '2023-05-03')) expect(isWorkingDay(date), date).toBe(false);
    expect(isWorkingDay('2023-04-23')).toBe(true);
    expect(isWorkingDay('2023-05-06')).toBe(true);
    expect(isWorkingDay('2023-05-07')).toBe(false); // an ordinary Sunday
  });

  it('2024: 除夕 2月9日 (Friday) is a working day; 清明 4月7日（日）上班; 端午 6月8日至10日 off', () => {
    expect(isWorkingDay('2024-02-09')).toBe(true);
    expect(isWorkingDay('2024-04-07')).toBe(true);
    expect(isWorkingDay('2024-06-10')).toBe(false);
    expect(isWorkingDay('2024-06-11')).toBe(true);
  });

  it('2025: 除夕 1月28日 is a statutory day off; 劳动节 5月1日至5日, 4月27日（日）上班', () => {
    expect(isWorkingDay('2025-01-28')).toBe(false);
    for (const date of period('2025-05-01', '2025-05-05')) expect(isWorkingDay(date), date).toBe(false);
    expect(isWorkingDay('2025-04-27')).toBe(true);
    expect(isWorkingDay('2025-05-06')).toBe(true);
  });

  it('2026: 元旦 1月1日至3日, 1月4日（日）上班; 清明 4月4日至6日; 劳动节 5月1日至5日, 5月9日（六）上班; 端午 6月19日至21日; 中秋 9月25日至27日', () => {
    for (const date of period('2026-01-01', '2026-01-03')) expect(isWorkingDay(date), date).toBe(false);
    expect(isWorkingDay('2026-01-04')).toBe(true);
    for (const date of period('2026-04-04', '2026-04-06')) expect(isWorkingDay(date), date).toBe(false);
    for (const date of period('2026-05-01', '2026-05-05')) expect(isWorkingDay(date), date).toBe(false);
    expect(isWorkingDay('2026-05-09')).toBe(true);
    for (const date of period('2026-06-19', '2026-06-21')) expect(isWorkingDay(date), date).toBe(false);
    for (const date of period('2026-09-25', '2026-09-27')) expect(isWorkingDay(date), date).toBe(false);
    expect(isWorkingDay('2026-09-28')).toBe(true);
  });

  it('2020: the 春节 extension (国办发明电〔2020〕1号) made 1月31日 to 2月2日 days off; work resumed 2月3日', () => {
    expect(isWorkingDay('2020-01-31')).toBe(false);
    expect(isWorkingDay('2020-02-01')).toBe(false);
    expect(nextWorkingDay('2020-01-24')).toBe('2020-02-03');
  });

  it('2019: 劳动节 as amended (国办发明电〔2019〕3号): 5月1日至4日 off, 4月28日（日）、5月5日（日）上班', () => {
    for (const date of period('2019-05-01', '2019-05-04')) expect(isWorkingDay(date), date).toBe(false);
    expect(isWorkingDay('2019-04-28')).toBe(true);
    expect(isWorkingDay('2019-05-05')).toBe(true);
  });
});
