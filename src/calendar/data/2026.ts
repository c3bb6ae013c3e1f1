import type { HolidaySchedule } from '../holiday-schedule.js';
import { holidaySchedule } from '../_internal/schedule-data.js';

/**
 * The 2026 holiday schedule (2026年放假调休安排), from the notice of 2025-11-04 (新华社 release of
 * that day). Its document number was not confirmed when this data was written and is left out.
 *
 * 除夕 is 2月16日 (腊月二十九); the 春节 period starts on 腊月二十八 (2月15日) and lasts 9 days.
 *
 * @example
 * ```ts
 * schedule2026.workdays.includes('2026-01-04'); //=> true
 * ```
 */
export const schedule2026: HolidaySchedule = /* @__PURE__ */ holidaySchedule({
  year: 2026,
  source: {
    title: '国务院办公厅关于2026年部分节假日安排的通知',
    issuedOn: '2025-11-04',
    url: 'https://www.gov.cn/zhengce/content/202511/content_7047090.htm',
  },
  amendments: [],
  holidays: [
    // 一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。
    ['2026-01-01', '2026-01-03'],
    // 二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。
    ['2026-02-15', '2026-02-23'],
    // 三、清明节：4月4日（周六）至6日（周一）放假，共3天。
    ['2026-04-04', '2026-04-06'],
    // 四、劳动节：5月1日（周五）至5日（周二）放假调休，共5天。
    ['2026-05-01', '2026-05-05'],
    // 五、端午节：6月19日（周五）至21日（周日）放假，共3天。
    ['2026-06-19', '2026-06-21'],
    // 六、中秋节：9月25日（周五）至27日（周日）放假，共3天。
    ['2026-09-25', '2026-09-27'],
    // 七、国庆节：10月1日（周四）至7日（周三）放假调休，共7天。
    ['2026-10-01', '2026-10-07'],
  ],
  workdays: [
    // 元旦：1月4日（周日）上班。
    '2026-01-04',
    // 春节：2月14日（周六）、2月28日（周六）上班。
    '2026-02-14', '2026-02-28',
    // 劳动节：5月9日（周六）上班。
    '2026-05-09',
    // 国庆节：9月20日（周日）、10月10日（周六）上班。
    '2026-09-20', '2026-10-10',
  ],
  statutory: {
    newYear: ['2026-01-01'],
    springFestival: [['2026-02-16', '2026-02-19']], // 除夕至正月初三
    qingming: ['2026-04-05'],
    labourDay: ['2026-05-01', '2026-05-02'],
    dragonBoat: ['2026-06-19'],
    midAutumn: ['2026-09-25'],
    nationalDay: [['2026-10-01', '2026-10-03']],
  },
});
