import type { HolidaySchedule } from '../holiday-schedule.js';
import { holidaySchedule } from '../_internal/schedule-data.js';

/**
 * The 2024 holiday schedule (2024年放假调休安排), from 国办发明电〔2023〕7号.
 *
 * 除夕 (2月9日, a Friday) is a working day: the notice only encourages employers to let staff rest
 * that day (鼓励……安排职工在除夕休息).
 *
 * @example
 * ```ts
 * schedule2024.holidays.includes('2024-02-09'); //=> false
 * ```
 */
export const schedule2024: HolidaySchedule = /* @__PURE__ */ holidaySchedule({
  year: 2024,
  source: {
    title: '国务院办公厅关于2024年部分节假日安排的通知',
    documentNumber: '国办发明电〔2023〕7号',
    issuedOn: '2023-10-25',
  },
  amendments: [],
  holidays: [
    // 一、元旦：1月1日放假，与周末连休（2023年12月30日、31日为周末）。
    '2024-01-01',
    // 二、春节：2月10日至17日放假调休，共8天。
    ['2024-02-10', '2024-02-17'],
    // 三、清明节：4月4日至6日放假调休，共3天。
    ['2024-04-04', '2024-04-06'],
    // 四、劳动节：5月1日至5日放假调休，共5天。
    ['2024-05-01', '2024-05-05'],
    // 五、端午节：6月10日放假，与周末连休。
    ['2024-06-08', '2024-06-10'],
    // 六、中秋节：9月15日至17日放假调休，共3天。
    ['2024-09-15', '2024-09-17'],
    // 七、国庆节：10月1日至7日放假调休，共7天。
    ['2024-10-01', '2024-10-07'],
  ],
  workdays: [
    // 春节：2月4日（星期日）、2月18日（星期日）上班。
    '2024-02-04', '2024-02-18',
    // 清明节：4月7日（星期日）上班。
    '2024-04-07',
    // 劳动节：4月28日（星期日）、5月11日（星期六）上班。
    '2024-04-28', '2024-05-11',
    // 中秋节：9月14日（星期六）上班。
    '2024-09-14',
    // 国庆节：9月29日（星期日）、10月12日（星期六）上班。
    '2024-09-29', '2024-10-12',
  ],
  statutory: {
    newYear: ['2024-01-01'],
    springFestival: [['2024-02-10', '2024-02-12']],
    qingming: ['2024-04-04'],
    labourDay: ['2024-05-01'],
    dragonBoat: ['2024-06-10'],
    midAutumn: ['2024-09-17'],
    nationalDay: [['2024-10-01', '2024-10-03']],
  },
});
