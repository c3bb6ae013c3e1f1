import { z } from 'zod';
import { CivilDateSchema, civilYear, isValidCivilDate } from '../core/civil-date.js';
import { isCalendar } from './calendar-table.js';
import type { Calendar } from './calendar.js';

/**
 * Most years one calendar may cover (单个工作日历最多覆盖的年数); its tables hold one entry a day.
 *
 * @example
 * ```ts
 * MAX_CALENDAR_YEARS; //=> 200
 * ```
 */
export const MAX_CALENDAR_YEARS = 200;

/**
 * Schema of the years a calendar covers (覆盖年份), both inclusive: integers 1000–9999,
 * `from ≤ to`, at most {@link MAX_CALENDAR_YEARS} years.
 *
 * @example
 * ```ts
 * CalendarYearsSchema.parse({ from: 2027, to: 2027 }); //=> { from: 2027, to: 2027 }
 * CalendarYearsSchema.safeParse({ from: 2027, to: 2026 }).success; //=> false
 * ```
 */
export const CalendarYearsSchema = /* @__PURE__ */ (() => z
  .strictObject({
    from: z.number().int().min(1000).max(9999),
    to: z.number().int().min(1000).max(9999),
  })
  .refine((years) => years.from <= years.to, { message: '起始年份不能晚于结束年份', path: ['to'] })
  .refine((years) => years.to - years.from < MAX_CALENDAR_YEARS, {
    message: `一个工作日历最多覆盖 ${MAX_CALENDAR_YEARS} 年`,
    path: ['to'],
  })
  .meta({ description: '工作日历覆盖年份' }))();

/**
 * The years a calendar covers (覆盖年份), both inclusive.
 *
 * @example
 * ```ts
 * const years: CalendarYears = chinaCalendar.years;
 * [years.from, years.to]; //=> [2019, 2026]
 * ```
 */
export type CalendarYears = z.infer<typeof CalendarYearsSchema>;

/**
 * The years a definition ends up covering: its own `years` joined with its `base`'s (internal).
 *
 * @param definition - `years` and `base`, either may be missing
 * @returns the joined years, or `undefined` when neither is given
 *
 * @example
 * ```ts
 * definitionYears({ years: { from: 2027, to: 2027 }, base: chinaCalendar }); //=> { from: 2019, to: 2027 }
 * ```
 */
export function definitionYears(definition: {
  readonly years?: CalendarYears | undefined;
  readonly base?: Calendar | undefined;
}): CalendarYears | undefined {
  const { years, base } = definition;
  if (base === undefined) return years;
  if (years === undefined) return { from: base.years.from, to: base.years.to };
  return { from: Math.min(years.from, base.years.from), to: Math.max(years.to, base.years.to) };
}

/**
 * Schema of a calendar definition (工作日历定义), the input of {@link createCalendar}.
 *
 * - `years`: covered years; optional when `base` is given (then the base's years, joined with
 *   these when both are given — the two ranges must touch or overlap, so no year is left unknown).
 * - `holidays` (放假日) and `workdays` (调休上班日): dates inside the covered years
 *   (`CALENDAR_OUT_OF_RANGE` otherwise), never the same date in both (`INVALID_INPUT`).
 *   Any day may be listed: a weekday in `workdays` or a weekend day in `holidays` changes nothing.
 * - `base`: a calendar to extend; the definition's dates override the base's (a base holiday
 *   listed in `workdays` becomes a working day, and the other way round).
 *
 * @example
 * ```ts
 * CalendarDefinitionSchema.parse({ years: { from: 2027, to: 2027 } }).holidays; //=> []
 * ```
 */
export const CalendarDefinitionSchema = /* @__PURE__ */ (() => z
  .strictObject({
    /** Name of the calendar (default `'custom'`, or `<base id>+custom`). */
    id: z.string().min(1).optional(),
    years: CalendarYearsSchema.optional(),
    holidays: z.array(CivilDateSchema).default([]),
    workdays: z.array(CivilDateSchema).default([]),
    base: z.custom<Calendar>((value) => isCalendar(value), { message: '应为 createCalendar 返回的工作日历' }).optional(),
  })
  .superRefine((definition, ctx) => {
    const { years, base } = definition;
    if (years === undefined && base === undefined) {
      ctx.addIssue({ code: 'custom', path: ['years'], message: '应给出覆盖年份 years，或给出 base' });
      return;
    }
    if (years !== undefined && base !== undefined && (years.from > base.years.to + 1 || years.to < base.years.from - 1)) {
      ctx.addIssue({
        code: 'custom',
        path: ['years'],
        message: `覆盖年份应与 base 的年份（${base.years.from}—${base.years.to}）相接或重叠，不能留下空缺的年份`,
      });
      return;
    }
    const covered = definitionYears(definition) as CalendarYears;
    if (covered.to - covered.from >= MAX_CALENDAR_YEARS) {
      ctx.addIssue({ code: 'custom', path: ['years'], message: `一个工作日历最多覆盖 ${MAX_CALENDAR_YEARS} 年` });
      return;
    }
    for (const key of ['holidays', 'workdays'] as const) {
      definition[key].forEach((date, index) => {
        if (!isValidCivilDate(date)) return; // reported as INVALID_DATE by the element's own schema
        const year = civilYear(date);
        if (year < covered.from || year > covered.to) {
          ctx.addIssue({
            code: 'custom',
            path: [key, index],
            message: `日期 ${date} 不在覆盖年份 ${covered.from}—${covered.to} 内`,
            params: { code: 'CALENDAR_OUT_OF_RANGE' },
          });
        }
      });
    }
    const holidays = new Set(definition.holidays);
    definition.workdays.forEach((date, index) => {
      if (holidays.has(date)) {
        ctx.addIssue({
          code: 'custom',
          path: ['workdays', index],
          message: `日期 ${date} 同时列在 holidays 和 workdays 中`,
        });
      }
    });
  })
  .meta({ description: '工作日历定义' }))();

/**
 * A parsed calendar definition (工作日历定义).
 *
 * @example
 * ```ts
 * const definition: CalendarDefinition = CalendarDefinitionSchema.parse({ years: { from: 2027, to: 2027 }, holidays: ['2027-01-01'] });
 * definition.workdays; //=> []
 * ```
 */
export type CalendarDefinition = z.infer<typeof CalendarDefinitionSchema>;
/**
 * A calendar definition as accepted by {@link createCalendar}.
 *
 * @example
 * ```ts
 * const definition: CalendarDefinitionInput = { base: chinaCalendar, years: { from: 2027, to: 2027 }, holidays: ['2027-01-01'] };
 * createCalendar(definition).years; //=> { from: 2019, to: 2027 }
 * ```
 */
export type CalendarDefinitionInput = z.input<typeof CalendarDefinitionSchema>;
