import type { HolidaySchedule } from '../holiday-schedule.js';
import { holidaySchedule } from '../_internal/schedule-data.js';

/**
 * The 2019 holiday schedule (2019年放假调休安排), from 国办发明电〔2018〕15号 as amended by
 * 国办发明电〔2019〕3号 (劳动节 extended to 5月1日至4日).
 *
 * The 元旦 period "2018年12月30日至2019年1月1日" and its make-up day 2018-12-29 fall partly in 2018;
 * only 2019-01-01 is kept here.
 *
 * @example
 * ```ts
 * schedule2019.workdays.includes('2019-10-12'); //=> true
 * ```
 */
export const schedule2019: HolidaySchedule = /* @__PURE__ */ holidaySchedule({
  year: 2019,
  source: {
    title: '国务院办公厅关于2019年部分节假日安排的通知',
    documentNumber: '国办发明电〔2018〕15号',
    issuedOn: '2018-12-04',
    url: 'http://www.gov.cn/zhengce/content/2018-12/06/content_5346276.htm',
  },
  amendments: [
    {
      title: '国务院办公厅关于调整2019年劳动节假期安排的通知',
      documentNumber: '国办发明电〔2019〕3号',
      issuedOn: '2019-03-22',
      url: 'http://www.gov.cn/zhengce/content/2019-03/22/content_5375877.htm',
    },
  ],
  holidays: [
    // 一、元旦：2018年12月30日至2019年1月1日放假调休，共3天。2018年12月29日（星期六）上班。
    '2019-01-01',
    // 二、春节：2月4日至10日放假调休，共7天。
    ['2019-02-04', '2019-02-10'],
    // 三、清明节：4月5日放假，与周末连休。
    ['2019-04-05', '2019-04-07'],
    // 四、劳动节（国办发明电〔2019〕3号）：5月1日至4日放假调休，共4天。
    ['2019-05-01', '2019-05-04'],
    // 五、端午节：6月7日放假，与周末连休。
    ['2019-06-07', '2019-06-09'],
    // 六、中秋节：9月13日放假，与周末连休。
    ['2019-09-13', '2019-09-15'],
    // 七、国庆节：10月1日至7日放假调休，共7天。
    ['2019-10-01', '2019-10-07'],
  ],
  workdays: [
    // 春节：2月2日（星期六）、2月3日（星期日）上班。
    '2019-02-02', '2019-02-03',
    // 劳动节（国办发明电〔2019〕3号）：4月28日（星期日）、5月5日（星期日）上班。
    '2019-04-28', '2019-05-05',
    // 国庆节：9月29日（星期日）、10月12日（星期六）上班。
    '2019-09-29', '2019-10-12',
  ],
  statutory: {
    newYear: ['2019-01-01'],
    springFestival: [['2019-02-05', '2019-02-07']], // 正月初一至初三
    qingming: ['2019-04-05'],
    labourDay: ['2019-05-01'],
    dragonBoat: ['2019-06-07'],
    midAutumn: ['2019-09-13'],
    nationalDay: [['2019-10-01', '2019-10-03']],
  },
});
