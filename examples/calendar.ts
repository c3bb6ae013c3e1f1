/**
 * The working-day calendar (工作日历): issue deadlines of every month of 2023 and 2024 (每个月5日前
 * 下发任务，遇节假日适当延期, 通知·一), and a few working-day answers on the State Council's holiday
 * schedules, including make-up working days (调休上班).
 *
 *   npx tsx examples/calendar.ts
 */
import {
  addWorkingDays,
  chinaCalendar,
  createCalendar,
  isWorkingDay,
  issueDeadline,
  nextWorkingDay,
  publicationDeadline,
  workingDaysBetween,
  zhejiang2023,
} from '../src/index.js';
import { displayWidth } from './support/text-table.js';

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];
const weekday = (date: string): string => `周${WEEKDAYS[new Date(`${date}T12:00:00Z`).getUTCDay()]}`;

console.log('任务下发期限 issue deadlines (day 5, or the next working day)\n');
console.log(`月份   ${'2023'.padEnd(20)}2024`);
for (let month = 1; month <= 12; month += 1) {
  const cells = [2023, 2024].map((year) => {
    const deadline = issueDeadline(year, month, { policy: zhejiang2023 });
    const moved = deadline.endsWith('-05') ? '' : ' *';
    return `${deadline} ${weekday(deadline)}${moved}`.padEnd(20);
  });
  console.log(`${String(month).padStart(2)}月   ${cells.join('')}`);
}
console.log('* the 5th was a weekend or holiday; the deadline moved to the next working day\n');

const answers: [string, unknown][] = [
  ["isWorkingDay('2023-10-07')  国庆调休，周六上班", isWorkingDay('2023-10-07')],
  ["isWorkingDay('2023-10-02')  国庆假期", isWorkingDay('2023-10-02')],
  ["isWorkingDay('2024-02-04')  春节调休，周日上班", isWorkingDay('2024-02-04')],
  ["nextWorkingDay('2024-02-10')  春节后第一个工作日", nextWorkingDay('2024-02-10')],
  ["addWorkingDays('2023-09-28', 3)", addWorkingDays('2023-09-28', 3)],
  ["workingDaysBetween('2023-09-28', '2023-10-09')", workingDaysBetween('2023-09-28', '2023-10-09')],
  ["publicationDeadline('2023-09-28', { policy: zhejiang2023 })  产生之日起20个工作日内公示（条例第六条）", publicationDeadline('2023-09-28', { policy: zhejiang2023 })],
  ['chinaCalendar.years', chinaCalendar.years],
];
for (const [question, answer] of answers) console.log(`${question}${' '.repeat(Math.max(1, 64 - displayWidth(question)))}//=> ${JSON.stringify(answer)}`);

// A local day off (e.g. a district holiday) is a calendar built on the national one.
const local = createCalendar({ base: chinaCalendar, holidays: ['2023-03-06'] });
console.log(`\nwith a local day off on 2023-03-06: issueDeadline(2023, 3, { policy: zhejiang2023, calendar: local }) //=> ${JSON.stringify(issueDeadline(2023, 3, { policy: zhejiang2023, calendar: local }))}`);
