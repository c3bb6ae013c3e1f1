import { z } from 'zod';
import { dataOnly } from '../core/_internal/thenable.js';
import { CivilDateSchema } from '../core/civil-date.js';
import { ShuangsuijiError } from '../core/errors.js';
import { parseInput } from '../core/parse-input.js';

/**
 * How a policy field's value is backed (出处状态):
 *
 * - `sourced` — quoted from a public document (document, clause and, where one exists, URL);
 * - `practice-default` — not found in any source: a practice value the library or a preset uses
 *   until a bureau sets its own, said so wherever it is shown (实践默认值，非出处规定);
 * - `unset` — the source was searched and fixes nothing: the field is left unset (未规定);
 * - `unsourced` — a value given without a citation, e.g. an override in {@link definePolicy}
 *   without `sources` (未注明出处).
 *
 * @example
 * ```ts
 * SourceStatusSchema.options; //=> ['sourced', 'practice-default', 'unset', 'unsourced']
 * ```
 */
export const SourceStatusSchema = /* @__PURE__ */ (() => z.enum(['sourced', 'practice-default', 'unset', 'unsourced']).meta({ description: '出处状态' }))();

/**
 * How a policy field's value is backed (出处状态).
 *
 * @example
 * ```ts
 * const status: SourceStatus = 'practice-default';
 * ```
 */
export type SourceStatus = z.infer<typeof SourceStatusSchema>;

const FieldSourceObjectSchema = /* @__PURE__ */ (() => z
  .object({
    status: SourceStatusSchema,
    /** Short reference shown as a finding's clause (条款简称), e.g. `通知·三`, `《行政处罚法》第四十二条`. */
    ref: z.string().min(1),
    /** Full title of the document (文件名称). */
    document: z.string().min(1).optional(),
    /** Clause within the document (条款), e.g. `三`, `第六条`. */
    clause: z.string().min(1).optional(),
    /** Public address where the document was read (网址). */
    url: z.string().regex(/^https?:\/\/\S+$/, '应为 http(s) 网址').optional(),
    /** Date of the document (发布日期). */
    date: CivilDateSchema.optional(),
    /** The words of the source (原文摘录). */
    quote: z.string().min(1).optional(),
    /** Why a value is a practice default or unset, or how the source was read (说明). */
    note: z.string().min(1).optional(),
    /** Id of the policy layer that set this value (设定该值的政策层), filled by `definePolicy`. */
    setBy: z.string().min(1).optional(),
  })
  .strict())();

/**
 * Schema of the source of one policy field (字段出处). A plain string is accepted as shorthand for
 * `{ status: 'sourced', ref: string }`.
 *
 * @example
 * ```ts
 * FieldSourceSchema.parse('本省通知：联合抽查率40%以上'); //=> { status: 'sourced', ref: '本省通知：联合抽查率40%以上' }
 * FieldSourceSchema.parse({ status: 'unset', ref: '未规定', note: '原文未规定联合抽查率' }).status; //=> 'unset'
 * ```
 */
export const FieldSourceSchema = /* @__PURE__ */ (() => z
  .preprocess(dataOnly((value) => (typeof value === 'string' ? { status: 'sourced', ref: value } : value)), FieldSourceObjectSchema)
  .meta({ description: '字段出处' }))();

/**
 * The source of one policy field (字段出处), as parsed.
 *
 * @example
 * ```ts
 * const source: FieldSource = zhejiang2023.sources.jointShare!;
 * [source.status, source.ref, source.quote]; //=> ['sourced', '通知·三', '确保部门联合随机抽查率达到30%以上']
 * ```
 */
export type FieldSource = z.output<typeof FieldSourceObjectSchema>;
/**
 * The source of one policy field as accepted on input: a {@link FieldSource} or a citation string.
 *
 * @example
 * ```ts
 * const source: FieldSourceInput = '本省通知：联合抽查率40%以上';
 * ```
 */
export type FieldSourceInput = string | z.input<typeof FieldSourceObjectSchema>;

/**
 * Renders a source as one line of Chinese (出处说明), the way findings, explanations and KPI reports
 * cite it: the reference, the quoted words, and a marker for a practice default, an unset field or
 * a value without citation.
 *
 * @param source - the source, or `undefined` for a field nobody described
 * @returns e.g. `通知·三：“确保部门联合随机抽查率达到30%以上”`
 *
 * @example
 * ```ts
 * citeSource(zhejiang2023.sources.jointShare); //=> '通知·三：“确保部门联合随机抽查率达到30%以上”'
 * citeSource({ status: 'practice-default', ref: '实践默认值', note: '通知未规定倍数' }); //=> '实践默认值（实践默认值，非出处规定：通知未规定倍数）'
 * citeSource(undefined); //=> '未注明出处'
 * ```
 */
export function citeSource(source: FieldSource | undefined): string {
  if (source === undefined || source === null) return '未注明出处';
  if (typeof source !== 'object' || Array.isArray(source)) {
    throw new ShuangsuijiError('INVALID_INPUT', '出处应为 { status, ref, … } 对象', { path: ['source'] });
  }
  source = prefixed(() => parseInput(FieldSourceObjectSchema, source, 'INVALID_INPUT', '出处'));
  const quote = source.quote === undefined ? '' : `：“${source.quote}”`;
  switch (source.status) {
    case 'sourced':
      return `${source.ref}${quote}`;
    case 'practice-default':
      return `${source.ref}${quote}（实践默认值，非出处规定${source.note === undefined ? '' : `：${source.note}`}）`;
    case 'unset':
      return `${source.ref}（未规定${source.note === undefined ? '' : `：${source.note}`}）`;
    case 'unsourced':
      return `${source.ref === '未注明出处' ? '' : `${source.ref}，`}未注明出处${source.note === undefined ? '' : `（${source.note}）`}`;
    default:
      throw new ShuangsuijiError('INVALID_INPUT', '出处状态应为 sourced、practice-default、unset 或 unsourced', { path: ['source', 'status'] });
  }
}

function prefixed<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (!(error instanceof ShuangsuijiError)) throw error;
    throw new ShuangsuijiError(error.code, error.message, { path: ['source', ...error.path], details: error.details, cause: error });
  }
}
