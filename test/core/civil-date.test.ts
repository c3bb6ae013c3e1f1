import { describe, expect, it } from 'vitest';
import { CivilDateSchema, civilYear, isValidCivilDate, parseCivilDate } from '../../src/core/index.js';
import { civilToDate, dateToCivil } from '../../src/core/civil-date.js';

describe('civil dates', () => {
  it.each(['2023-01-01', '2024-02-29', '2023-10-07', '2026-12-31', '0001-01-01'])('accepts %s', (date) => {
    expect(isValidCivilDate(date)).toBe(true);
    expect(CivilDateSchema.parse(date)).toBe(date);
  });

  it.each(['2023-02-30', '2023-02-29', '2023-2-3', '20230203', '2023-13-01', '2023-00-10', '2023-01-00', ' 2023-01-01', '2023-01-01T00:00', ''])(
    'rejects %j with INVALID_DATE',
    (date) => {
      expect(isValidCivilDate(date)).toBe(false);
      expect(() => parseCivilDate(date)).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
    },
  );

  it('rejects non-strings', () => {
    expect(isValidCivilDate(20230203)).toBe(false);
    expect(isValidCivilDate(new Date(2023, 1, 3))).toBe(false);
    expect(() => parseCivilDate(null)).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
  });

  it('round-trips through local Dates in any time zone', () => {
    for (const date of ['2023-03-26', '2023-10-29', '2024-02-29', '1900-01-01', '0099-12-31']) {
      expect(dateToCivil(civilToDate(date))).toBe(date);
    }
    expect(civilYear('2023-10-07')).toBe(2023);
  });
});

describe('civilYear', () => {
  it('rejects a non-date with INVALID_DATE', () => {
    expect(() => civilYear('2023-02-30')).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
    expect(() => civilYear(null as unknown as string)).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
  });
});
