import { z } from 'zod';

const share = /* @__PURE__ */ (() => z.number().min(0).max(1))();

/**
 * Schema of a task's own per-class ratios (本任务各风险类别抽查比例), e.g. `{ A: 0.03, D: 0.8 }`:
 * the ratio of each class named, instead of the base ratio × the policy's multiplier. A policy with
 * per-class ranges (大庆市林甸县 2024: A ≤ 5 %, B 5–20 %, C 21–60 %, D 61–100 %) leaves the choice to
 * the bureau within the range; the task records its choice here and `validatePlan` checks it.
 *
 * @example
 * ```ts
 * ClassRatiosSchema.parse({ A: 0.03, D: 0.8 }); //=> { A: 0.03, D: 0.8 }
 * ClassRatiosSchema.safeParse({ E: 0.1 }).success; //=> false
 * ```
 */
export const ClassRatiosSchema = /* @__PURE__ */ (() => z
  .strictObject({ A: share.optional(), B: share.optional(), C: share.optional(), D: share.optional() })
  .meta({ description: '本任务各风险类别抽查比例' }))();

/**
 * Schema of a task's sampling (抽取方式): a ratio of the pool or a fixed count, and whether the
 * credit-risk classes drive the allocation (信用风险分类结果应用). Give exactly one of `ratio` and
 * `count`; `classRatios` (the task's own ratio for some classes) goes with `ratio`, which stays the
 * base of the classes it does not name.
 *
 * @example
 * ```ts
 * SamplingSchema.parse({ ratio: 0.03 }); //=> { ratio: 0.03, riskAllocation: true }
 * SamplingSchema.parse({ ratio: 0.05, classRatios: { D: 0.8 } }).classRatios; //=> { D: 0.8 }
 * SamplingSchema.safeParse({ count: 30, classRatios: { D: 0.8 } }).success; //=> false (classRatios needs ratio)
 * ```
 */
export const SamplingSchema = /* @__PURE__ */ (() => z
  .strictObject({
    /** Share of the pool to draw, (0, 1]; with risk allocation, the base ratio of each class. */
    ratio: z.number().gt(0).max(1).optional(),
    /** Number of subjects to draw. */
    count: z.number().int().min(0).optional(),
    /** The task's own ratio of some classes (各类别抽查比例), overriding base ratio × multiplier. */
    classRatios: ClassRatiosSchema.optional(),
    /** Whether credit-risk classification drives per-class sample sizes. */
    riskAllocation: z.boolean().default(true),
  })
  .refine((s) => (s.ratio === undefined) !== (s.count === undefined), {
    message: '应给出 ratio（比例）或 count（数量）之一，且只能给出一个',
    path: ['ratio'],
  })
  .refine((s) => s.classRatios === undefined || (s.ratio !== undefined && s.riskAllocation), {
    message: 'classRatios（各类别抽查比例）只能与 ratio 一起使用，且须应用信用风险分类（riskAllocation 为 true）',
    path: ['classRatios'],
  })
  // The refinements above, for the shipped JSON Schema: exactly one of ratio and count; classRatios
  // only with ratio and with risk allocation on.
  .meta({
    description: '抽取方式',
    oneOf: [{ required: ['ratio'] }, { required: ['count'] }],
    dependentRequired: { classRatios: ['ratio'] },
    if: { required: ['classRatios'] },
    then: { not: { properties: { riskAllocation: { const: false } }, required: ['riskAllocation'] } },
  }))();

/**
 * A task's sampling (抽取方式).
 *
 * @example
 * ```ts
 * const sampling: Sampling = SamplingSchema.parse({ count: 30 });
 * sampling; //=> { count: 30, riskAllocation: true }
 * ```
 */
export type Sampling = z.infer<typeof SamplingSchema>;
