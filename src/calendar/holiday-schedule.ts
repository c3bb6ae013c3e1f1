import { z } from 'zod';
import { CivilDateSchema } from '../core/civil-date.js';

/**
 * Schema of a State Council notice a holiday schedule comes from (放假安排通知).
 *
 * @example
 * ```ts
 * NoticeSchema.parse({
 *   title: '国务院办公厅关于2023年部分节假日安排的通知',
 *   documentNumber: '国办发明电〔2022〕16号',
 *   issuedOn: '2022-12-08',
 * }).issuedOn; //=> '2022-12-08'
 * ```
 */
export const NoticeSchema = /* @__PURE__ */ (() => z
  .strictObject({
    /** Full title of the notice (通知标题). */
    title: z.string().min(1),
    /** Document number (发文字号), when known for certain. */
    documentNumber: z.string().min(1).optional(),
    /** Date the notice is signed (成文日期). */
    issuedOn: CivilDateSchema,
    /** Where the notice is published, when known (gov.cn). */
    url: z.string().min(1).optional(),
  })
  .meta({ description: '放假安排通知' }))();

/**
 * A State Council notice (放假安排通知).
 *
 * @example
 * ```ts
 * const notice: Notice = schedule2023.source;
 * [notice.documentNumber, notice.issuedOn]; //=> ['国办发明电〔2022〕16号', '2022-12-08']
 * ```
 */
export type Notice = z.infer<typeof NoticeSchema>;

const festivalDays = /* @__PURE__ */ z.array(CivilDateSchema);

/**
 * Schema of the statutory festival days of one year (法定节假日), per festival, as fixed by
 * 《全国年节及纪念日放假办法》: 元旦 1, 春节 3 (4 from 2025, from 除夕), 清明节 1, 劳动节 1 (2 from
 * 2025), 端午节 1, 中秋节 1, 国庆节 3 — 11 days a year under the 2013 text, 13 from 2025.
 * The same date may belong to two festivals (中秋节 on 10月1日 in 2020).
 *
 * @example
 * ```ts
 * StatutoryDaysSchema.shape.newYear.parse(['2023-01-01']); //=> ['2023-01-01']
 * ```
 */
export const StatutoryDaysSchema = /* @__PURE__ */ (() => z
  .strictObject({
    /** 元旦 New Year's Day. */
    newYear: festivalDays,
    /** 春节 Spring Festival. */
    springFestival: festivalDays,
    /** 清明节 Qingming. */
    qingming: festivalDays,
    /** 劳动节 Labour Day. */
    labourDay: festivalDays,
    /** 端午节 Dragon Boat Festival. */
    dragonBoat: festivalDays,
    /** 中秋节 Mid-Autumn Festival. */
    midAutumn: festivalDays,
    /** 国庆节 National Day. */
    nationalDay: festivalDays,
  })
  .meta({ description: '法定节假日' }))();

/**
 * The statutory festival days of one year (法定节假日).
 *
 * @example
 * ```ts
 * const days: StatutoryDays = schedule2023.statutory;
 * days.nationalDay; //=> ['2023-10-01', '2023-10-02', '2023-10-03']
 * ```
 */
export type StatutoryDays = z.infer<typeof StatutoryDaysSchema>;

/**
 * Schema of one year's official holiday schedule (年度放假调休安排), as published by the
 * General Office of the State Council.
 *
 * - `holidays`: every day of each 放假 period the notice names, including the weekend days
 *   inside the period (a period "与周末连休" includes that weekend). Days of a period that fall
 *   in another year (元旦 2018-12-30/31, 2022-12-31) are left out: each year holds only its own dates.
 * - `workdays`: the weekend days the notice makes working days (调休上班).
 *
 * @example
 * ```ts
 * HolidayScheduleSchema.shape.year.parse(2023); //=> 2023
 * ```
 */
export const HolidayScheduleSchema = /* @__PURE__ */ (() => z
  .strictObject({
    year: z.number().int(),
    /** The annual notice (国务院办公厅关于XXXX年部分节假日安排的通知). */
    source: NoticeSchema,
    /** Later notices that changed the schedule (调整、延长假期的通知). */
    amendments: z.array(NoticeSchema),
    /** Days off (放假日), weekend days inside a holiday period included. */
    holidays: z.array(CivilDateSchema),
    /** Make-up working days (调休上班日), all Saturdays or Sundays. */
    workdays: z.array(CivilDateSchema),
    /** The statutory festival days (法定节假日) the periods are built around. */
    statutory: StatutoryDaysSchema,
  })
  .meta({ description: '年度放假调休安排' }))();

/**
 * One year's official holiday schedule (年度放假调休安排).
 *
 * @example
 * ```ts
 * const schedule: HolidaySchedule = schedule2023;
 * schedule.workdays; //=> ['2023-01-28', '2023-01-29', '2023-04-23', '2023-05-06', '2023-06-25', '2023-10-07', '2023-10-08']
 * ```
 */
export type HolidaySchedule = z.infer<typeof HolidayScheduleSchema>;
