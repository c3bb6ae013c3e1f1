import type { HolidaySchedule } from '../holiday-schedule.js';
import { holidaySchedule } from '../_internal/schedule-data.js';

/**
 * The 2025 holiday schedule (2025年放假调休安排), from 国办发明电〔2024〕12号, the first under
 * the 2024 revision of 《全国年节及纪念日放假办法》: 除夕 and 5月2日 became statutory days
 * (13 a year).
 *
 * @example
 * ```ts
 * schedule2025.statutory.springFestival[0]; //=> '2025-01-28'
 * ```
 */
export const schedule2025: HolidaySchedule = /* @__PURE__ */ holidaySchedule({
  year: 2025,
  source: {
    title: '国务院办公厅关于2025年部分节假日安排的通知',
    documentNumber: '国办发明电〔2024〕12号',
    issuedOn: '2024-11-12',
    url: 'https://www.gov.cn/zhengce/content/202411/content_6986382.htm',
  },
  amendments: [],
  holidays: [
    // 一、元旦：1月1日（周三）放假1天，不调休。
    '2025-01-01',
    // 二、春节：1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）放假调休，共8天。
    ['2025-01-28', '2025-02-04'],
    // 三、清明节：4月4日（周五）至6日（周日）放假，共3天。
    ['2025-04-04', '2025-04-06'],
    // 四、劳动节：5月1日（周四）至5日（周一）放假调休，共5天。
    ['2025-05-01', '2025-05-05'],
    // 五、端午节：5月31日（周六）至6月2日（周一）放假，共3天。
    ['2025-05-31', '2025-06-02'],
    // 六、国庆节、中秋节：10月1日（周三）至8日（周三）放假调休，共8天。
    ['2025-10-01', '2025-10-08'],
  ],
  workdays: [
    // 春节：1月26日（周日）、2月8日（周六）上班。
    '2025-01-26', '2025-02-08',
    // 劳动节：4月27日（周日）上班。
    '2025-04-27',
    // 国庆节、中秋节：9月28日（周日）、10月11日（周六）上班。
    '2025-09-28', '2025-10-11',
  ],
  statutory: {
    newYear: ['2025-01-01'],
    springFestival: [['2025-01-28', '2025-01-31']], // 除夕至正月初三
    qingming: ['2025-04-04'],
    labourDay: ['2025-05-01', '2025-05-02'],
    dragonBoat: ['2025-05-31'],
    midAutumn: ['2025-10-06'],
    nationalDay: [['2025-10-01', '2025-10-03']],
  },
});
