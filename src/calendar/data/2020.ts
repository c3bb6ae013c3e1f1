import type { HolidaySchedule } from '../holiday-schedule.js';
import { holidaySchedule } from '../_internal/schedule-data.js';

/**
 * The 2020 holiday schedule (2020年放假调休安排), from 国办发明电〔2019〕16号 as amended by
 * 国办发明电〔2020〕1号, which extended 春节 to 2月2日 (疫情防控): 1月31日 to 2月2日 became days
 * off and the make-up Saturday 2月1日 was cancelled.
 *
 * @example
 * ```ts
 * schedule2020.holidays.includes('2020-02-01'); //=> true
 * schedule2020.workdays.includes('2020-02-01'); //=> false
 * ```
 */
export const schedule2020: HolidaySchedule = /* @__PURE__ */ holidaySchedule({
  year: 2020,
  source: {
    title: '国务院办公厅关于2020年部分节假日安排的通知',
    documentNumber: '国办发明电〔2019〕16号',
    issuedOn: '2019-11-21',
    url: 'http://www.gov.cn/zhengce/content/2019-11/21/content_5454164.htm',
  },
  amendments: [
    {
      title: '国务院办公厅关于延长2020年春节假期的通知',
      documentNumber: '国办发明电〔2020〕1号',
      issuedOn: '2020-01-26',
      url: 'http://www.gov.cn/zhengce/content/2020-01/27/content_5472352.htm',
    },
  ],
  holidays: [
    // 一、元旦：2020年1月1日放假，共1天。
    '2020-01-01',
    // 二、春节：1月24日至30日放假调休，共7天；延长至2月2日（国办发明电〔2020〕1号）。
    ['2020-01-24', '2020-02-02'],
    // 三、清明节：4月4日至6日放假调休，共3天。
    ['2020-04-04', '2020-04-06'],
    // 四、劳动节：5月1日至5日放假调休，共5天。
    ['2020-05-01', '2020-05-05'],
    // 五、端午节：6月25日至27日放假调休，共3天。
    ['2020-06-25', '2020-06-27'],
    // 六、国庆节、中秋节：10月1日至8日放假调休，共8天。
    ['2020-10-01', '2020-10-08'],
  ],
  workdays: [
    // 春节：1月19日（星期日）上班；2月1日（星期六）上班 was cancelled by 国办发明电〔2020〕1号.
    '2020-01-19',
    // 劳动节：4月26日（星期日）、5月9日（星期六）上班。
    '2020-04-26', '2020-05-09',
    // 端午节：6月28日（星期日）上班。
    '2020-06-28',
    // 国庆节、中秋节：9月27日（星期日）、10月10日（星期六）上班。
    '2020-09-27', '2020-10-10',
  ],
  statutory: {
    newYear: ['2020-01-01'],
    springFestival: [['2020-01-25', '2020-01-27']],
    qingming: ['2020-04-04'],
    labourDay: ['2020-05-01'],
    dragonBoat: ['2020-06-25'],
    midAutumn: ['2020-10-01'], // 中秋节 falls on 国庆节 (合并放假 8 天)
    nationalDay: [['2020-10-01', '2020-10-03']],
  },
});
