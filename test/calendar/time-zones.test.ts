import { describe, it, expect } from 'vitest';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const fixture = fileURLToPath(new URL('./fixtures/key-assertions.ts', import.meta.url));

const EXPECTED = {
  isWorkingDay_2023_10_07: true,
  isWorkingDay_2023_10_05: false,
  isWorkingDay_2024_02_09: true,
  addWorkingDays_2023_09_28_1: '2023-10-07',
  addWorkingDays_2023_10_07_minus1: '2023-09-28',
  nextWorkingDay_2023_10_05: '2023-10-07',
  previousWorkingDay_2023_10_05: '2023-09-28',
  // 250 + 249 + 250 + 249 + 249 + 251 + 248 + 248 = 1994 (2019-01-01 is a day off, so excluding it changes nothing)
  workingDaysBetween_2019_2026: 1994,
  workingCount: 1994,
  extended_2026_12_31_plus1: '2027-01-04',
};

describe('the same answers in every time zone', () => {
  it.each(['Asia/Shanghai', 'America/Los_Angeles', 'Pacific/Kiritimati', 'UTC'])('TZ=%s', (tz) => {
    const output = execFileSync(process.execPath, ['--import', 'tsx', fixture], {
      env: { ...process.env, TZ: tz },
      encoding: 'utf8',
    });
    const answers = JSON.parse(output) as Record<string, unknown>;
    expect(answers.tz).toBe(tz === 'UTC' ? 'UTC' : tz);
    const { tz: _tz, ...rest } = answers;
    expect(rest).toEqual(EXPECTED);
  });
});
